/**
 * A visit plan being edited: a new or shared draft (from the link's query) or a saved plan, its venue, the
 * checks against the events around its date, saving a draft and autosaving a saved plan as it is edited.
 */
import { computed, type MaybeRefOrGetter, ref, toValue, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'

import { useMonthShards } from '@/composables/useMonthShards'
import { useToday } from '@/composables/useToday'
import { addDays, monthOf, monthsBetween } from '@/shared/time'
import { useCatalogStore } from '@/stores/catalog'
import { useEventsStore } from '@/stores/events'
import { newPlanId, usePlannerStore } from '@/stores/planner'

import { checkPlan } from './checks'
import { draftEntry, forgetDraft, keepDraft, recallDraft } from './keptDraft'
import { invalidSharedDate, planFromQuery } from './share'
import { GRADE_BANDS, type VisitPlan } from './types'
import { usePlanSaving } from './usePlanSaving'

/** How far past the visit date events are loaded, for crowd warnings on suggested dates. */
const LOOK_AHEAD_DAYS = 60

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
  /**
   * A new plan whose link names no grade (the finder on 不限): the form asks for one, and the plan is not
   * saved until it is chosen. It used to become 初中 unseen, and a primary class's plan printed "初中".
   */
  const gradeUnset = ref(false)
  function fromQuery(): VisitPlan | null {
    // The form as typed before the page was left (Back) or reloaded, unless it has been saved since. Under an id
    // of its own: a duplicated tab copies the kept draft, and two plans saved under one id were one plan.
    const entry = draftEntry(false)
    const kept = entry ? recallDraft(entry) : null
    if (kept && !planner.get(kept.plan.id)) {
      gradeUnset.value = kept.gradeUnset
      return { ...kept.plan, id: newPlanId() }
    }
    const shared = planFromQuery(route.query)
    if (!shared) return null
    gradeUnset.value = !(GRADE_BANDS as readonly unknown[]).includes(route.query.grade)
    const now = new Date().toISOString()
    return { ...shared, teachers: shared.teachers || 1, id: newPlanId(), createdAt: now, updatedAt: now, done: [] }
  }

  const { saveState, forked, opened, reopened, saveForm, edit, flush } = usePlanSaving(draft, () => isDraft.value)

  watch(
    [() => toValue(planId), () => planner.state],
    ([id, state], previous) => {
      // Another plan opened in this page: the one left keeps its last edits.
      if (previous?.[0] !== undefined && id !== previous[0]) flush()
      if (state !== 'ready') return
      if (isDraft.value) {
        opened(null)
        if (!draft.value || planner.get(draft.value.id)) draft.value = fromQuery()
        return
      }
      const saved = planner.get(id) ?? null
      gradeUnset.value = false
      // The form already shows this plan (a draft just saved under its own address, a plan of its own after a
      // conflict): it stays as typed, what was typed while it was saved included.
      const same = !!saved && draft.value?.id === id
      const writing = !same && saved ? reopened(id) : null
      if (writing) return void (draft.value = writing)
      opened(saved, { keepBase: same })
      if (same) edit(draft.value)
      else draft.value = saved && (JSON.parse(JSON.stringify(saved)) as VisitPlan)
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
    const entry = draftEntry(false)
    if (gradeUnset.value) {
      saveState.value = 'needsGrade'
      return
    }
    saveState.value = 'saving'
    const saved = await saveForm()
    if (!saved) return
    saveState.value = 'saved'
    if (!isDraft.value) return
    if (entry) forgetDraft(entry)
    // The same page under its saved address: focus stays on 保存计划 (App.vue moves it on a new page).
    await router.replace({ path: `/me/visits/${saved.id}`, state: { samePage: true } })
  }

  // A saved plan keeps itself saved: edits are written shortly after they are made, the form as it is then.
  watch(draft, edit, { deep: true })
  // A draft is kept in the tab as it is typed, until it is saved.
  watch(
    [draft, gradeUnset],
    ([plan, unset]) => {
      if (!plan || !isDraft.value || planner.get(plan.id)) return
      const entry = draftEntry(true)
      if (entry) keepDraft(entry, { plan, gradeUnset: unset })
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
