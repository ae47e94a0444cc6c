/** The teacher's visit plans and school location, kept in IndexedDB so they survive offline and updates. */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'

import { useLoadOnce } from '@/composables/useLoadOnce'
import { getDb, requestPersistenceOnce } from '@/data/db'
import { readCheckedRecords } from '@/data/storedRecords'
import { sameJson } from '@/shared/sameJson'
import type { SchoolLocation, VisitPlan } from '@/shared/userData'
import { schoolLocationSchema, visitPlanSchema } from '@/shared/userRecords'

/** kv key of the school location. */
export const SCHOOL_KV_KEY = 'planner:school'

/** IndexedDB cannot clone Vue proxies: store plain JSON copies. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T
const byDate = (a: VisitPlan, b: VisitPlan) => (a.date || '9999').localeCompare(b.date || '9999') || b.updatedAt.localeCompare(a.updatedAt)

/**
 * A plan changed by another page of the app (a second tab) since this page read it: saving would overwrite
 * that change. `current` is the plan as saved now; null if what is saved there no longer passes the check.
 */
export class PlanChangedError extends Error {
  constructor(readonly current: VisitPlan | null) {
    super('visit plan changed in another page')
    this.name = 'PlanChangedError'
  }
}

/**
 * The plan was deleted by another page of the app (a second tab) since this page read it: nothing is written.
 * The page decides whether its edits bring it back (usePlanSaving: they do, and it says so).
 */
export class PlanDeletedError extends Error {
  constructor() {
    super('visit plan deleted in another page')
    this.name = 'PlanDeletedError'
  }
}

export function newPlanId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

export const usePlannerStore = defineStore('planner', () => {
  const plans = ref<VisitPlan[]>([])
  const school = ref<SchoolLocation | null>(null)
  /** Saved plans that do not match the schema: not shown (they would break the page), never deleted. */
  const skipped = ref(0)
  /** Load once; concurrent callers share one read. */
  const { state, error, load } = useLoadOnce(async () => {
    const db = await getDb()
    const checked = await readCheckedRecords('visitPlans')
    plans.value = checked.good.sort(byDate)
    skipped.value = checked.bad.length
    const stored = schoolLocationSchema.safeParse(await db.get('kv', SCHOOL_KV_KEY))
    school.value = stored.success ? (stored.data as SchoolLocation) : null
  })

  const get = (id: string) => plans.value.find((p) => p.id === id)

  const keep = (plan: VisitPlan) => (plans.value = [...plans.value.filter((p) => p.id !== plan.id), plan].sort(byDate))

  /**
   * Save (insert or replace) a plan; stamps `updatedAt`. A plan the saved-records check would refuse on the
   * next read (too long a field, a date out of range) is not written: it would vanish after a reload.
   * `base` is the saved plan the edit started from: if the plan saved now is another (another tab saved it
   * since), nothing is written and PlanChangedError says what is saved instead; if none is (another tab deleted
   * it), PlanDeletedError. Compared whole, not by
   * `updatedAt`: two tabs can save within one millisecond (or under a clock that stands still).
   */
  async function save(input: VisitPlan, base?: VisitPlan): Promise<VisitPlan> {
    const plan = plain({ ...input, updatedAt: new Date().toISOString() })
    const checked = visitPlanSchema.safeParse(plan)
    if (!checked.success) throw new Error(`visit plan ${plan.id}: ${checked.error.issues.map((i) => i.path.join('.')).join(', ')}`)
    const db = await getDb()
    // Read and write in one transaction: no other page can save between the check and the write.
    const tx = db.transaction('visitPlans', 'readwrite')
    const saved = base === undefined ? undefined : await tx.store.get(plan.id)
    if (base !== undefined && !saved) {
      tx.abort()
      await tx.done.catch(() => {})
      // Still listed here: the page saves it again (usePlanSaving), and a save that fails then is tried again.
      throw new PlanDeletedError()
    }
    if (saved && !sameJson(saved, base)) {
      tx.abort()
      await tx.done.catch(() => {})
      // As saved, not as the schema parses it (which drops fields a newer version of the app wrote): the next
      // save compares against exactly this record. The list holds records as read, too (readCheckedRecords).
      const current = visitPlanSchema.safeParse(saved).success ? saved : null
      if (current) keep(current)
      throw new PlanChangedError(current)
    }
    try {
      await tx.store.put(plan)
      await tx.done
    } catch (error) {
      // A full disk refuses the put, and the transaction's end with it: one error, not an unhandled second.
      tx.done.catch(() => {})
      throw error
    }
    keep(plan)
    void requestPersistenceOnce()
    return plan
  }

  /** A copy for another class: same venue, date and session; class, numbers and ticks cleared. */
  async function duplicate(id: string): Promise<VisitPlan | undefined> {
    const source = get(id)
    if (!source) return undefined
    const now = new Date().toISOString()
    return save({ ...plain(source), id: newPlanId(), createdAt: now, className: '', students: 0, done: [] })
  }

  async function remove(id: string) {
    const db = await getDb()
    await db.delete('visitPlans', id)
    plans.value = plans.value.filter((p) => p.id !== id)
  }

  async function setSchool(location: SchoolLocation | null) {
    const db = await getDb()
    if (location) await db.put('kv', plain(location), SCHOOL_KV_KEY)
    else await db.delete('kv', SCHOOL_KV_KEY)
    school.value = location
    if (location) void requestPersistenceOnce()
  }

  return { plans, school, state, error, skipped, load, get, save, duplicate, remove, setSchool }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(usePlannerStore, import.meta.hot))
