/**
 * A visit plan being edited: a new or shared draft (from the link's query) or a saved plan, its venue, the
 * checks against the events around its date, saving a draft and autosaving a saved plan as it is edited.
 */
import { computed, type MaybeRefOrGetter, onScopeDispose, ref, shallowRef, toValue, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'

import { useMonthShards } from '@/composables/useMonthShards'
import { useToday } from '@/composables/useToday'
import { isQuotaError } from '@/data/db'
import { sameJson } from '@/shared/sameJson'
import { addDays, monthOf, monthsBetween } from '@/shared/time'
import { useCatalogStore } from '@/stores/catalog'
import { useEventsStore } from '@/stores/events'
import { newPlanId, PlanChangedError, usePlannerStore } from '@/stores/planner'

import { checkPlan } from './checks'
import { mergePlans } from './mergePlans'
import { invalidSharedDate, planFromQuery } from './share'
import { GRADE_BANDS, type VisitPlan } from './types'

/** How far past the visit date events are loaded, for crowd warnings on suggested dates. */
const LOOK_AHEAD_DAYS = 60

/**
 * `merged`: another page (a second tab) had saved changes to this plan meanwhile, and both sides' are kept;
 * `forked`: both changed the same thing, so this page's version was saved as a new plan beside it.
 */
export type VisitSaveState = 'idle' | 'saving' | 'saved' | 'autosaved' | 'merged' | 'forked' | 'failed' | 'full' | 'needsGrade'

/** `planId` is a saved plan's id, 'new' or 'shared' (both drafts read from the route's query). */
export function useVisitPlanDraft(planId: MaybeRefOrGetter<string>) {
  const route = useRoute()
  const router = useRouter()
  const catalog = useCatalogStore()
  const events = useEventsStore()
  const planner = usePlannerStore()
  const today = useToday()
  void planner.load()

  const isDraft = computed(() => toValue(planId) === 'new' || toValue(planId) === 'shared')
  const invalidDate = computed(() => (isDraft.value ? invalidSharedDate(route.query) : null))
  const draft = ref<VisitPlan | null>(null)
  const saveState = shallowRef<VisitSaveState>('idle')
  /**
   * A new plan whose link names no grade (the finder on 不限): the form asks for one, and the plan is not
   * saved until it is chosen. It used to become 初中 unseen, and a primary class's plan printed "初中".
   */
  const gradeUnset = ref(false)
  /**
   * This page's edits were saved as a new plan (another page had changed the same thing): the page says so at
   * its top until the reader goes to another plan.
   */
  const forked = ref(false)
  let forkedTo: string | null = null
  /** The saved plan this page's edits started from (a plain copy), or null for a draft. */
  let base: VisitPlan | null = null
  const copy = (plan: VisitPlan) => JSON.parse(JSON.stringify(plan)) as VisitPlan

  function fromQuery(): VisitPlan | null {
    const shared = planFromQuery(route.query)
    if (!shared) return null
    gradeUnset.value = !(GRADE_BANDS as readonly unknown[]).includes(route.query.grade)
    const now = new Date().toISOString()
    return { ...shared, teachers: shared.teachers || 1, id: newPlanId(), createdAt: now, updatedAt: now, done: [] }
  }

  /** An autosave waiting for the edits to pause (below). */
  let timer: ReturnType<typeof setTimeout> | undefined
  const cancelAutosave = () => {
    clearTimeout(timer)
    timer = undefined
  }
  /** The plan as saved, or as edited, without its stamp: whether there is anything to save. */
  const unchanged = (plan: VisitPlan) => {
    const stored = planner.get(plan.id)
    return !stored || sameJson({ ...stored, updatedAt: '' }, { ...plan, updatedAt: '' })
  }
  const autosave = () => {
    cancelAutosave()
    // Already saved as it is (a merge brought the form and the plan together while this waited).
    if (!draft.value || isDraft.value || unchanged(draft.value)) return
    void saveOrSay(copy(draft.value), base).then((saved) => {
      if (saved) saveState.value = 'autosaved'
    })
  }
  /** Edits not yet written are written now: the page is left, or another plan opens in it. */
  const flushAutosave = () => {
    if (timer !== undefined) autosave()
  }
  let open = true
  onScopeDispose(() => {
    flushAutosave()
    open = false
  })
  watch(
    [() => toValue(planId), () => planner.state],
    ([id, state], previous) => {
      // Another plan opened in this page (or a saved draft's own address): the one left keeps its last edits.
      if (previous?.[0] !== undefined && id !== previous[0]) flushAutosave()
      if (id !== forkedTo) forked.value = false
      if (state !== 'ready') return
      if (isDraft.value) {
        if (!draft.value || planner.get(draft.value.id)) draft.value = fromQuery()
      } else {
        const saved = planner.get(id)
        base = saved ? copy(saved) : null
        draft.value = saved ? copy(saved) : null
        gradeUnset.value = false
      }
    },
    { immediate: true },
  )

  const venue = computed(() => (draft.value ? catalog.venuesById.get(draft.value.venueId) : undefined))
  const region = computed(() => (venue.value ? catalog.regionsById.get(venue.value.region) : undefined))

  const range = computed(() => {
    const date = draft.value?.date || today.value
    const from = date < today.value ? date : today.value
    return { from, to: addDays(date > today.value ? date : today.value, LOOK_AHEAD_DAYS) }
  })
  // By the months (not the range object, new with every edit of the form: offline, each keystroke asked again
  // for the months that had failed), and again once back online.
  useMonthShards(() => monthsBetween(range.value.from, range.value.to))
  const issues = computed(() =>
    draft.value && venue.value
      ? checkPlan({ plan: draft.value, venue: venue.value, today: today.value, events: events.between(range.value.from, range.value.to) })
          // Whether the venue suits the grade waits for the grade.
          .filter((issue) => !(gradeUnset.value && issue.id === 'audience'))
      : [],
  )

  /**
   * Offline before the visit day's events were loaded: its crowds cannot be checked, and the page says so.
   * Only that day's month counts; the later months of the range only steer the suggested other days.
   */
  const eventsMissing = computed(() => {
    if (!draft.value?.date) return false
    const month = monthOf(draft.value.date)
    return events.failed.includes(month) && !events.shards.has(month)
  })

  async function save() {
    if (!draft.value) return
    if (gradeUnset.value) {
      saveState.value = 'needsGrade'
      return
    }
    saveState.value = 'saving'
    const saved = await saveOrSay(copy(draft.value), base)
    if (!saved) return
    saveState.value = 'saved'
    // The same page under its saved address: focus stays on 保存计划 (App.vue moves it on a new page).
    if (isDraft.value) await router.replace({ path: `/me/visits/${saved.id}`, state: { samePage: true } })
  }

  /**
   * Save, or say why not: a full disk must never look like a saved plan. One save at a time, each with the
   * saved plan its snapshot was edited from (`from`, taken together with it): a save queued behind another
   * finds the plan changed by that one, and merges its own changes over it as over another page's.
   */
  let queue: Promise<unknown> = Promise.resolve()
  function saveOrSay(plan: VisitPlan, from: VisitPlan | null): Promise<VisitPlan | null> {
    const next = queue.then(async () => {
      try {
        return await saveOver(plan, from)
      } catch (error) {
        saveState.value = isQuotaError(error) ? 'full' : 'failed'
        return null
      }
    })
    queue = next
    return next
  }

  /** Whether this page still shows the plan `from` is of (not another plan, not closed). */
  const showing = (from: VisitPlan) => open && base?.id === from.id

  /**
   * Saves over the plan this page started from. Another page (a second tab) that saved it since is not
   * overwritten: both sides' changes are merged, or, where both changed the same thing, this page's version
   * becomes a new plan and this page moves to it. Nothing either page saved is lost.
   */
  async function saveOver(plan: VisitPlan, from: VisitPlan | null): Promise<VisitPlan | null> {
    try {
      const saved = await planner.save(plan, from ?? undefined)
      if (from && showing(from)) base = copy(saved)
      return saved
    } catch (error) {
      if (!(error instanceof PlanChangedError) || !from) throw error
      const merged = error.current && mergePlans(from, plan, error.current)
      if (merged) {
        const saved = copy(await planner.save(merged, error.current!))
        if (!showing(from)) return null
        // The other page's changes come into the form, with what was typed here while this was saved. If that
        // was typed into a field the other page changed, the form keeps it and the base stays: its next save
        // finds both changes and keeps both (below).
        const form = draft.value && mergePlans(plan, draft.value, saved)
        if (form) {
          base = saved
          draft.value = form
        }
        saveState.value = 'merged'
        return null
      }
      // The form as it is now (what was typed while the conflict was found included), as a plan of its own.
      const mine = showing(from) && draft.value ? copy(draft.value) : plan
      const now = new Date().toISOString()
      const saved = await planner.save({ ...mine, id: newPlanId(), createdAt: now })
      // Left meanwhile: the copy is in 我的参观计划 beside the plan.
      if (!showing(from)) return null
      saveState.value = 'forked'
      forked.value = true
      forkedTo = saved.id
      cancelAutosave()
      await router.replace({ path: `/me/visits/${saved.id}`, state: { samePage: true } })
      return null
    }
  }

  // A saved plan keeps itself saved: edits are written shortly after they are made, the form as it is then.
  watch(
    draft,
    (plan) => {
      if (!plan || isDraft.value || unchanged(plan)) return
      cancelAutosave()
      timer = setTimeout(autosave, 400)
    },
    { deep: true },
  )

  function pickDate(day: string) {
    if (draft.value) draft.value = { ...draft.value, date: day, session: '' }
  }
  function toggle(id: string, done: boolean) {
    if (!draft.value) return
    const rest = draft.value.done.filter((d) => d !== id)
    draft.value = { ...draft.value, done: done ? [...rest, id] : rest }
  }

  const loadState = computed(() => (catalog.state !== 'ready' ? catalog.state : planner.state === 'idle' ? 'loading' : planner.state))
  const loadError = computed(() => catalog.error ?? planner.error)
  /** 重试 on the load error: whichever failed (each load is a no-op once it has succeeded). */
  const retryLoad = () => Promise.all([catalog.load(), planner.load()])

  // The grade chosen: the request to choose one has been answered.
  watch(gradeUnset, (unset) => {
    if (!unset && saveState.value === 'needsGrade') saveState.value = 'idle'
  })

  return {
    retryLoad,
    today,
    isDraft,
    invalidDate,
    draft,
    gradeUnset,
    saveState,
    forked,
    venue,
    region,
    issues,
    eventsMissing,
    save,
    pickDate,
    toggle,
    loadState,
    loadError,
  }
}
