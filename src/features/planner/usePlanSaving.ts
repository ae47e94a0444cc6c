/**
 * Saving a visit plan's form: a new plan on 保存计划, a saved one by itself shortly after each edit. Two pages
 * of the app (two tabs) may edit one plan: neither writes over what the other saved. Both sides' changes are
 * merged field by field; where both changed one field, this page's version becomes a plan of its own and the
 * page moves to it, saying so. Nothing either page saved, and nothing typed, is lost.
 */
import { onScopeDispose, type Ref, ref, shallowRef } from 'vue'
import { useRouter } from 'vue-router'

import { isQuotaError } from '@/data/db'
import { sameJson } from '@/shared/sameJson'
import { newPlanId, PlanChangedError, PlanDeletedError, usePlannerStore } from '@/stores/planner'

import { mergePlans } from './mergePlans'
import type { VisitPlan } from './types'

/**
 * `merged`: another page (a second tab) had saved changes to this plan meanwhile, and both sides' are kept;
 * `forked`: both changed the same thing, so this page's version was saved as a new plan beside it;
 * `restored`: another page had deleted the plan, and this page's edits saved it again.
 */
export type VisitSaveState = 'idle' | 'saving' | 'saved' | 'autosaved' | 'merged' | 'forked' | 'restored' | 'failed' | 'full' | 'needsGrade'

/** How long the edits pause before a saved plan saves itself. */
const AUTOSAVE_MS = 400
/** Saves over a plan that another page keeps changing between this page's read and its write, at most. */
const TRIES = 4

const copy = (plan: VisitPlan) => JSON.parse(JSON.stringify(plan)) as VisitPlan

/** `draft` is the form; `isDraft` whether it is a plan not yet saved (which saves only on 保存计划). */
export function usePlanSaving(draft: Ref<VisitPlan | null>, isDraft: () => boolean) {
  const planner = usePlannerStore()
  const router = useRouter()
  const saveState = shallowRef<VisitSaveState>('idle')
  /** This page's edits went into a new plan: said at the page's top until another plan is opened in it. */
  const forked = ref(false)
  let forkedTo: string | null = null
  /** The saved plan the form was edited from (a plain copy), or null for a draft. */
  let base: VisitPlan | null = null
  /**
   * This page's own writes, by the base they were made from: a save that was queued before one of them ran
   * was edited from that base too, and goes on from what it wrote instead (else it took the page's own save
   * for another page's change: a "merged" from nowhere, or a fork of one's own typing).
   */
  const writes = new Map<VisitPlan, { snapshot: VisitPlan; saved: VisitPlan }>()
  let open = true
  /** A save that failed (a full disk): tried again when the page is left. */
  let unsaved = false
  /**
   * The last save this page queued of each plan, with the base it was edited from, until it has run: what the
   * plan will be. The form is compared with it, not with the plan as saved now: text deleted while its save
   * was writing had looked saved, and came back.
   */
  const queued = new Map<string, { snapshot: VisitPlan; from: VisitPlan | null }>()
  let pending = 0

  /** The form now shows saved plan `plan` (opened, or saved under its own address). */
  function opened(plan: VisitPlan | null, { keepBase = false } = {}) {
    if (plan?.id !== forkedTo) forked.value = false
    if (!(keepBase && base?.id === plan?.id)) base = plan && copy(plan)
  }

  /**
   * A plan opened again while this page's save of it is still writing (left and came back at once): the form
   * as it was saved, from the base that save was edited from (the plan as saved now lacks it).
   */
  function reopened(id: string): VisitPlan | null {
    const last = queued.get(id)
    if (!pending || !last) return null
    forked.value = id === forkedTo && forked.value
    base = last.from
    return copy(last.snapshot)
  }

  /** Whether the page still shows the plan as edited from `from` (not another plan, not closed). */
  const showing = (from: VisitPlan | null) => open && !!from && base === from

  let queue: Promise<unknown> = Promise.resolve()
  /** Save, or say why not: a full disk must never look like a saved plan. One save at a time. */
  function saveOrSay(plan: VisitPlan, from: VisitPlan | null): Promise<VisitPlan | null> {
    const mine = { snapshot: plan, from }
    queued.set(plan.id, mine)
    pending++
    const next = queue.then(async () => {
      try {
        return await saveOver(plan, from)
      } catch (error) {
        saveState.value = isQuotaError(error) ? 'full' : 'failed'
        unsaved = true
        return null
      } finally {
        pending--
        // Written (or not): the form is compared with the plan as saved again.
        if (queued.get(plan.id) === mine) queued.delete(plan.id)
      }
    })
    queue = next
    return next
  }

  /** The form as saved now, in a snapshot taken with the base it was edited from. */
  const saveForm = () => (draft.value ? saveOrSay(copy(draft.value), base) : Promise.resolve(null))

  async function saveOver(snapshot: VisitPlan, edited: VisitPlan | null): Promise<VisitPlan | null> {
    let [plan, from] = [snapshot, edited]
    // Moved onto this page's own writes since the snapshot was taken, with what it changed since.
    for (let w = from && writes.get(from); w; w = from && writes.get(from)) {
      const moved = mergePlans(w.snapshot, plan, w.saved)
      if (!moved) break
      ;[plan, from] = [moved, w.saved]
    }
    const [mine, start] = [plan, from]
    for (let tries = 1; ; tries++) {
      try {
        const saved = copy(await planner.save(plan, from ?? undefined))
        if (start) writes.set(start, { snapshot: mine, saved })
        if (plan === mine) {
          if (showing(start)) base = saved
          return saved
        }
        // Merged over another page's save: its changes come into the form, with what was typed here meanwhile.
        // If that was typed into a field the other page changed, the form keeps it and the base stays behind:
        // the next save finds both changes, and keeps both (a plan of its own, below).
        if (!showing(start)) return null
        const form = draft.value && mergePlans(mine, draft.value, saved)
        if (form) {
          base = saved
          draft.value = form
        }
        saveState.value = 'merged'
        return null
      } catch (error) {
        if (error instanceof PlanDeletedError && start) return restore(mine, plan, start)
        if (!(error instanceof PlanChangedError) || !from || tries >= TRIES) throw error
        const merged = error.current && mergePlans(from, plan, error.current)
        if (merged) {
          ;[plan, from] = [merged, error.current!]
          continue
        }
        return fork(mine, start!)
      }
    }
  }

  /**
   * Another page deleted the plan while this one was editing it: what was typed here is not thrown away, it
   * brings the plan back (as it was to be saved), and the page says so; the reader may delete it again.
   */
  async function restore(mine: VisitPlan, plan: VisitPlan, from: VisitPlan): Promise<null> {
    const saved = copy(await planner.save(plan))
    writes.set(from, { snapshot: mine, saved })
    if (!showing(from)) return null
    // Merged over another page's save before that page deleted it: its changes come into the form, as above.
    const form = plan === mine ? draft.value : draft.value && mergePlans(mine, draft.value, saved)
    if (form) {
      base = saved
      draft.value = form
    }
    saveState.value = 'restored'
    return null
  }

  /**
   * This page's version as a plan of its own, beside the one another page changed in the same place: the
   * version this save was of. What was typed since follows it through the saves queued after this one (moved
   * onto it by `writes`) and the form's next autosave.
   */
  async function fork(mine: VisitPlan, from: VisitPlan): Promise<null> {
    const saved = copy(await planner.save({ ...mine, id: newPlanId(), createdAt: new Date().toISOString() }))
    writes.set(from, { snapshot: mine, saved })
    // Left meanwhile: the copy is in 我的参观计划 beside the plan.
    if (!showing(from)) return null
    base = saved
    forkedTo = saved.id
    forked.value = true
    saveState.value = 'forked'
    // The form moves with it, as typed (the page keeps it: useVisitPlanDraft).
    if (draft.value) draft.value = { ...draft.value, id: saved.id, createdAt: saved.createdAt }
    await router.replace({ path: `/me/visits/${saved.id}`, state: { samePage: true } })
    return null
  }

  /** The form differs from the plan as it will be saved (its stamp aside): there is something to save. */
  const edited = (plan: VisitPlan) => {
    const saved = queued.get(plan.id)?.snapshot ?? planner.get(plan.id)
    return !!saved && !sameJson({ ...saved, updatedAt: '' }, { ...plan, updatedAt: '' })
  }
  let timer: ReturnType<typeof setTimeout> | undefined
  function cancelAutosave() {
    clearTimeout(timer)
    timer = undefined
  }
  function autosave() {
    cancelAutosave()
    unsaved = false
    // Already saved as it is (a merge brought the form and the plan together while this waited).
    if (!draft.value || isDraft() || !edited(draft.value)) return
    void saveForm().then((saved) => {
      if (saved) saveState.value = 'autosaved'
    })
  }
  /** An edit of a saved plan: saved once the edits pause. */
  function edit(plan: VisitPlan | null) {
    if (!plan || isDraft() || !edited(plan)) return
    cancelAutosave()
    timer = setTimeout(autosave, AUTOSAVE_MS)
  }
  /** Edits not yet written (or whose write failed) are written now: the page is left, or another plan opens. */
  function flush() {
    if (timer !== undefined || unsaved) autosave()
  }
  // A phone may end the page without unmounting it (WeChat brought to the front, the tab closed, a reload): the
  // edits of the autosave's wait are written when the page is hidden, not lost with it.
  const onHidden = () => document.visibilityState === 'hidden' && flush()
  document.addEventListener('visibilitychange', onHidden)
  addEventListener('pagehide', flush)
  onScopeDispose(() => {
    document.removeEventListener('visibilitychange', onHidden)
    removeEventListener('pagehide', flush)
    flush()
    open = false
  })

  return { saveState, forked, opened, reopened, saveForm, edit, flush }
}
