/**
 * A saved visit plan's form (useVisitPlanDraft) against a real (in-memory) IndexedDB, with another tab's saves
 * written straight into it: nothing either page saved is lost, whatever the order of saves, timers and leaving.
 */
import 'fake-indexeddb/auto'

import { IDBFactory } from 'fake-indexeddb'
import { describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, reactive, ref } from 'vue'

import type { VisitPlan } from '@/shared/userData'

import { makePlan } from '../builders'

const routeId = ref('p1')
const replaced: string[] = []
vi.mock('vue-router', () => ({
  useRoute: () => reactive({ query: {} }),
  useRouter: () => ({
    replace: async (to: { path: string }) => {
      replaced.push(to.path)
      routeId.value = to.path.split('/').pop()!
    },
  }),
}))
// The events around the visit day: not needed for saving.
vi.mock('@/composables/useMonthShards', () => ({ useMonthShards: () => {} }))

/** Longer than the autosave's 400 ms. */
const afterAutosave = () => new Promise((done) => setTimeout(done, 600))

async function openPlan(...plans: VisitPlan[]) {
  vi.stubGlobal('indexedDB', new IDBFactory())
  vi.resetModules()
  const { getDb } = await import('@/data/db')
  const db = await getDb()
  for (const plan of plans) await db.put('visitPlans', plan)
  const { createPinia, setActivePinia } = await import('pinia')
  setActivePinia(createPinia())
  const { usePlannerStore } = await import('@/stores/planner')
  await usePlannerStore().load()
  const { useVisitPlanDraft } = await import('@/features/planner/useVisitPlanDraft')
  routeId.value = plans[0]!.id
  replaced.length = 0
  const page = effectScope()
  const form = page.run(() => useVisitPlanDraft(() => routeId.value))!
  await nextTick()
  expect(form.draft.value?.id).toBe(plans[0]!.id)
  /** Another tab of the app saves the plan. */
  const otherTab = async (change: Partial<VisitPlan>) => {
    const saved = (await db.get('visitPlans', routeId.value))!
    await db.put('visitPlans', { ...saved, ...change, updatedAt: new Date(Date.now() + 1000).toISOString() })
  }
  const edit = async (change: Partial<VisitPlan>) => {
    form.draft.value = { ...form.draft.value!, ...change }
    await nextTick()
  }
  return { db, form, page, otherTab, edit }
}

describe('a saved plan edited in two tabs', () => {
  it('a save queued behind a merge does not write the other tab’s change back', async () => {
    const { db, form, otherTab, edit } = await openPlan(makePlan({ id: 'p1', notes: '' }))
    await otherTab({ className: '二班' })
    await edit({ notes: '带水' })
    // A save at once while the autosave waits: the waiting one saved the form as it was before the merge.
    await form.save()
    await afterAutosave()
    expect(form.saveState.value).toBe('merged')
    expect(form.draft.value).toMatchObject({ className: '二班', notes: '带水' })
    expect(await db.get('visitPlans', 'p1')).toMatchObject({ className: '二班', notes: '带水' })
    await edit({ notes: '带水和帽子' })
    await afterAutosave()
    expect(await db.get('visitPlans', 'p1')).toMatchObject({ className: '二班', notes: '带水和帽子' })
  })

  it('a plan with a field this version does not know still merges, and keeps the field', async () => {
    const { db, form, otherTab, edit } = await openPlan({ ...makePlan({ id: 'p1' }), bus: '2 辆' } as VisitPlan)
    await otherTab({ className: '二班' })
    await edit({ notes: '带水' })
    await afterAutosave()
    expect(form.saveState.value).toBe('merged')
    expect(await db.get('visitPlans', 'p1')).toMatchObject({ className: '二班', notes: '带水', bus: '2 辆' })
  })

  it('left within the autosave’s wait: the edit is saved at once, and a conflict keeps both without moving the reader', async () => {
    const { db, page, otherTab, edit } = await openPlan(makePlan({ id: 'p1', notes: '' }))
    await otherTab({ notes: '另一页' })
    await edit({ notes: '这一页' })
    page.stop()
    await afterAutosave()
    expect(replaced).toEqual([])
    const saved = await db.getAll('visitPlans')
    expect(saved.map((p) => p.notes).sort()).toEqual(['另一页', '这一页'])
  })

  it('another plan opened in the page within the wait: the one left keeps its edit', async () => {
    const { db, form, edit } = await openPlan(makePlan({ id: 'p1', notes: '' }), makePlan({ id: 'p2', notes: '' }))
    await edit({ notes: '带水' })
    routeId.value = 'p2'
    await nextTick()
    expect(form.draft.value?.id).toBe('p2')
    await afterAutosave()
    expect(await db.get('visitPlans', 'p1')).toMatchObject({ notes: '带水' })
    expect(await db.get('visitPlans', 'p2')).toMatchObject({ notes: '' })
  })
})
