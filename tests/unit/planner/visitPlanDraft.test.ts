// @vitest-environment happy-dom
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
const query = reactive<Record<string, string>>({})
const replaced: string[] = []
vi.mock('vue-router', () => ({
  useRoute: () => reactive({ query }),
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
  const planner = usePlannerStore()
  await planner.load()
  const { useVisitPlanDraft } = await import('@/features/planner/useVisitPlanDraft')
  routeId.value = plans[0]?.id ?? 'new'
  replaced.length = 0
  const page = effectScope()
  const form = page.run(() => useVisitPlanDraft(() => routeId.value))!
  await nextTick()
  if (plans[0]) expect(form.draft.value?.id).toBe(plans[0].id)
  /** Another tab of the app saves the plan. */
  const otherTab = async (change: Partial<VisitPlan>) => {
    const saved = (await db.get('visitPlans', routeId.value))!
    await db.put('visitPlans', { ...saved, ...change, updatedAt: new Date(Date.now() + 1000).toISOString() })
  }
  const edit = async (change: Partial<VisitPlan>) => {
    form.draft.value = { ...form.draft.value!, ...change }
    await nextTick()
  }
  /** This page's writes: `before` runs ahead of write number n (a slow phone's IndexedDB, another tab's save). */
  const beforeWrite = (n: number, before: () => Promise<unknown>) => {
    const save = planner.save
    let calls = 0
    planner.save = async (...args: Parameters<typeof save>) => {
      if (++calls === n) await before()
      return save(...args)
    }
  }
  return { db, form, page, otherTab, edit, beforeWrite }
}
const wait = (ms: number) => new Promise((done) => setTimeout(done, ms))

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

  it('deleted in another tab while edited here: the edit saves it again, says so, and the next edit saves as usual', async () => {
    const { db, form, edit } = await openPlan(makePlan({ id: 'p1', notes: '', className: '一班' }))
    await db.delete('visitPlans', 'p1')
    await edit({ notes: '带水' })
    await afterAutosave()
    expect(form.saveState.value).toBe('restored')
    expect(replaced).toEqual([])
    expect(await db.getAll('visitPlans')).toEqual([expect.objectContaining({ id: 'p1', className: '一班', notes: '带水' })])
    await edit({ notes: '带水和帽子' })
    await afterAutosave()
    expect(form.saveState.value).toBe('autosaved')
    expect(await db.getAll('visitPlans')).toEqual([expect.objectContaining({ id: 'p1', notes: '带水和帽子' })])
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

  it('the page hidden within the wait (WeChat to the front, a reload): the edit is written then, not lost', async () => {
    const { db, edit } = await openPlan(makePlan({ id: 'p1', notes: '' }))
    await edit({ notes: '带水' })
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
    try {
      document.dispatchEvent(new Event('visibilitychange'))
      await wait(100)
      expect(await db.get('visitPlans', 'p1')).toMatchObject({ notes: '带水' })
      await edit({ notes: '带水和帽子' })
      dispatchEvent(new Event('pagehide'))
      await wait(100)
      expect(await db.get('visitPlans', 'p1')).toMatchObject({ notes: '带水和帽子' })
    } finally {
      delete (document as { visibilityState?: string }).visibilityState
    }
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

  it('a save started while this page’s own save was writing is no other tab’s change: no fork, no merge', async () => {
    const { db, form, page, edit, beforeWrite } = await openPlan(makePlan({ id: 'p1', notes: '' }))
    beforeWrite(1, () => wait(500))
    await edit({ notes: '带' })
    await wait(450)
    // The first autosave is still writing: the second, and leaving the page, queue behind it.
    await edit({ notes: '带水', className: '二班' })
    await afterAutosave()
    expect(form.saveState.value).toBe('autosaved')
    await edit({ notes: '带水杯' })
    page.stop()
    await afterAutosave()
    await afterAutosave()
    expect(replaced).toEqual([])
    expect(await db.getAll('visitPlans')).toMatchObject([{ id: 'p1', notes: '带水杯', className: '二班' }])
  })

  it('a fork while another save waits: one plan of its own, with the last edit', async () => {
    const { db, form, otherTab, edit, beforeWrite } = await openPlan(makePlan({ id: 'p1', notes: '' }))
    await otherTab({ notes: '另一页' })
    beforeWrite(1, () => wait(500))
    await edit({ notes: '这' })
    await wait(450)
    await edit({ notes: '这一页' })
    await afterAutosave()
    await afterAutosave()
    expect(form.saveState.value).toBe('autosaved')
    expect(form.forked.value).toBe(true)
    const saved = await db.getAll('visitPlans')
    expect(saved.map((p) => p.notes).sort()).toEqual(['另一页', '这一页'])
    expect(form.draft.value).toMatchObject({ id: replaced[0]!.split('/').pop(), notes: '这一页' })
  })

  it('the other tab saves again between the conflict and the merge: merged over its new save, not 保存失败', async () => {
    const { db, form, otherTab, edit, beforeWrite } = await openPlan(makePlan({ id: 'p1', notes: '', className: '一班' }))
    await otherTab({ className: '二班' })
    beforeWrite(2, () => otherTab({ students: 40 }))
    await edit({ notes: '带水' })
    await afterAutosave()
    expect(form.saveState.value).toBe('merged')
    expect(await db.get('visitPlans', 'p1')).toMatchObject({ notes: '带水', className: '二班', students: 40 })
    expect(form.draft.value).toMatchObject({ notes: '带水', className: '二班', students: 40 })
  })
})

describe('a slow phone: edits while a save is still writing', () => {
  it('text deleted while its save writes stays deleted', async () => {
    const { db, page, edit, beforeWrite } = await openPlan(makePlan({ id: 'p1', notes: '' }))
    beforeWrite(1, () => wait(500))
    await edit({ notes: '带' })
    await wait(450)
    await edit({ notes: '' })
    await afterAutosave()
    await afterAutosave()
    expect(await db.get('visitPlans', 'p1')).toMatchObject({ notes: '' })
    page.stop()
    await afterAutosave()
    expect(await db.get('visitPlans', 'p1')).toMatchObject({ notes: '' })
  })

  it('a plan left and opened again while its save writes shows what was typed, and keeps it', async () => {
    const { db, form, edit, beforeWrite } = await openPlan(makePlan({ id: 'p1', notes: '' }), makePlan({ id: 'p2', notes: '' }))
    beforeWrite(1, () => wait(300))
    await edit({ notes: '带水' })
    routeId.value = 'p2'
    await nextTick()
    await wait(50)
    routeId.value = 'p1'
    await nextTick()
    expect(form.draft.value).toMatchObject({ id: 'p1', notes: '带水' })
    await wait(400)
    await edit({ className: '二班' })
    await afterAutosave()
    expect(form.saveState.value).toBe('autosaved')
    expect(await db.getAll('visitPlans')).toMatchObject([
      { id: 'p1', notes: '带水', className: '二班' },
      { id: 'p2', notes: '' },
    ])
  })

  it('a fork with an older save still queued keeps the newest text', async () => {
    const { db, form, page, otherTab, edit, beforeWrite } = await openPlan(makePlan({ id: 'p1', notes: '' }))
    await otherTab({ notes: '另一页' })
    beforeWrite(1, () => wait(600))
    await edit({ notes: '这' })
    await wait(450)
    await edit({ notes: '这一' })
    await wait(450)
    await edit({ notes: '这一页' })
    await afterAutosave()
    await afterAutosave()
    await afterAutosave()
    expect(form.forked.value).toBe(true)
    expect((await db.getAll('visitPlans')).map((p) => p.notes).sort()).toEqual(['另一页', '这一页'])
    page.stop()
    await afterAutosave()
    expect((await db.getAll('visitPlans')).map((p) => p.notes).sort()).toEqual(['另一页', '这一页'])
  })
})

describe('a new plan', () => {
  it('what is typed while 保存计划 writes stays, and is saved', async () => {
    Object.assign(query, { venue: 'xinjiang-science-museum', grade: 'junior', date: '2026-12-02' })
    const { db, form, edit } = await openPlan()
    try {
      await vi.waitUntil(() => form.draft.value)
      const saving = form.save()
      await edit({ notes: '带水' })
      await saving
      await afterAutosave()
      expect(form.draft.value?.notes).toBe('带水')
      expect(await db.getAll('visitPlans')).toMatchObject([{ notes: '带水' }])
    } finally {
      for (const key of Object.keys(query)) delete query[key]
    }
  })
})
