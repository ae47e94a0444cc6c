/**
 * The calendar page's state in the URL — view, focused day, filters — so a view can be shared and
 * survives reload and Back; and the events of the range it shows, loaded month by month.
 */
import '@/i18n/zh-CN/calendar'

import { computed, ref, watchEffect } from 'vue'
import { type LocationQueryRaw, useRoute, useRouter } from 'vue-router'

import { useMonthShards } from '@/composables/useMonthShards'
import { useToday } from '@/composables/useToday'
import { t } from '@/i18n'
import { isHistory } from '@/shared/eventFormat'
import { precacheMonths } from '@/shared/savedMonths'
import { addDays, addMonths, formatMonth, formatMonthDayShort, monthOf, monthsBetween, parseDay, parseMonth } from '@/shared/time'
import { useCatalogStore } from '@/stores/catalog'
import { useEventsStore } from '@/stores/events'
import { useSettingsStore } from '@/stores/settings'

import { activeFilterCount, type CalendarFilters, matchesFilters, parseFilters, withFilters } from './filters'
import { monthWeeks } from './grid'

export type CalendarView = 'agenda' | 'month' | 'mine'

/** `region=all` in the URL: the user cleared the region filter that "my region" sets by default. */
const ALL_REGIONS = 'all'

export function useCalendarQuery() {
  const route = useRoute()
  const router = useRouter()
  const settings = useSettingsStore()
  const today = useToday()

  // Phones open on the agenda; wide screens have room for the month grid.
  const wide = typeof matchMedia === 'function' && matchMedia('(min-width: 60rem)').matches
  const view = computed<CalendarView>(() => {
    const q = route.query.view
    return q === 'agenda' || q === 'month' || q === 'mine' ? q : wide ? 'month' : 'agenda'
  })
  const date = computed(() => {
    const day = parseDay(route.query.date)
    if (day) return day
    const m = parseMonth(route.query.month)
    return m ? `${m}-01` : today.value
  })
  /** A date or month in the link that is no real day (`2026-02-30`, `9999-12-31`): shown, then today instead. */
  const invalidDate = computed(() => {
    const { date: d, month: m } = route.query
    if (d !== undefined && !parseDay(d)) return String(d).slice(0, 20)
    if (d === undefined && m !== undefined && !parseMonth(m)) return String(m).slice(0, 20)
    return null
  })
  const filters = computed(() => {
    const parsed = parseFilters(route.query)
    if (route.query.region === undefined && settings.region) parsed.region = settings.region
    if (parsed.region === ALL_REGIONS) delete parsed.region
    return parsed
  })
  const month = computed(() => monthOf(date.value))
  // The agenda shows seven days from the focused day, so "今天" opens on today rather than on Monday.
  const weekStart = computed(() => date.value)
  const weekEnd = computed(() => addDays(weekStart.value, 6))
  /** The days whose events must be loaded and counted for the current view. */
  const range = computed<[string, string]>(() => {
    if (view.value === 'month') {
      const weeks = monthWeeks(month.value)
      return [weeks[0]![0]!, weeks.at(-1)![6]!]
    }
    return [weekStart.value, weekEnd.value]
  })

  function go(query: LocationQueryRaw) {
    // A `?month=` link's month goes on as the focused day: switching view dropped it, and the page jumped to today.
    const carried = route.query.month !== undefined && !('date' in query) && date.value !== today.value ? { date: date.value } : {}
    void router.push({ query: { ...route.query, ...carried, ...query, month: undefined } })
  }
  const setView = (id: CalendarView) => go({ view: id })
  const setDate = (day: string) => go({ date: day === today.value ? undefined : day })
  const shift = (n: number) => setDate(view.value === 'month' ? `${addMonths(month.value, n)}-01` : addDays(date.value, 7 * n))
  const setFilters = (next: CalendarFilters) =>
    void router.replace({
      query: withFilters(route.query, { ...next, region: next.region ?? (settings.region ? ALL_REGIONS : undefined) }),
    })

  // Split at the spaces so a long range wraps between words, never inside a date (大字 on narrow phones).
  const titleParts = computed(() =>
    (view.value === 'month'
      ? formatMonth(month.value)
      : t('calendar.weekRange', { from: formatMonthDayShort(weekStart.value), to: formatMonthDayShort(weekEnd.value) })
    ).split(' '),
  )

  return { today, view, date, invalidDate, filters, month, weekStart, weekEnd, range, setView, setDate, shift, setFilters, titleParts }
}

export type CalendarQuery = ReturnType<typeof useCalendarQuery>

/** The events of the shown range, filtered, with the range's load state. */
export function useCalendarEvents({ view, month, range, filters, today }: CalendarQuery) {
  const catalog = useCatalogStore()
  const events = useEventsStore()
  // The agenda's and grid's days (the saved schedule needs no shards), kept loaded, and again once back online.
  useMonthShards(() => (view.value === 'mine' ? [] : monthsBetween(range.value[0], range.value[1])))
  // The months the view is about. A month grid's leading and trailing days belong to the months beside it:
  // context, shown when those shards are at hand, never a reason to fail the month (offline, the month
  // before the precached ones is usually missing, and the current month's grid said 内容加载失败).
  const months = computed(() => (view.value === 'month' ? [month.value] : monthsBetween(range.value[0], range.value[1])))
  /** Months of the view that could not be loaded (offline, a month that was never saved; or a server error). */
  const failedMonths = computed(() => months.value.filter((m) => !events.shards.has(m) && events.failed.includes(m)))
  // A month that failed does not hide the grid or the days that loaded: the page says which month is
  // missing, and offers to try again.
  const loadState = computed(() => (months.value.every((m) => events.shards.has(m) || events.failed.includes(m)) ? 'ready' : 'loading'))
  const retrying = ref(false)
  async function retry() {
    retrying.value = true
    await Promise.all(months.value.map((m) => events.loadMonth(m)))
    retrying.value = false
  }
  /** Months of the range whose events are not at hand (yet, or offline): their days must not claim "无活动". */
  const missingMonths = computed(() => monthsBetween(range.value[0], range.value[1]).filter((m) => !events.shards.has(m)))

  // Events run into a missing month from the saved ones (科技之冬 until March): load the months a build
  // keeps offline, so that what is known about the missing days is still shown.
  watchEffect(() => {
    const c = catalog.catalog
    if (!c || !failedMonths.value.length) return
    for (const m of new Set([...precacheMonths(c.builtAt), ...precacheMonths(Date.now())]))
      if (!events.failed.includes(m)) void events.loadMonth(m, c.months)
  })

  // History (the 十三五 counts and other ended year- or period-long work) belongs on plan pages, not here.
  const rangeEvents = computed(() => {
    const [from, to] = range.value
    // Every loaded month is searched only when a month of the range failed: a month still loading soon arrives.
    const rangeFailed = monthsBetween(from, to).some((m) => !events.shards.has(m) && events.failed.includes(m))
    const found = rangeFailed ? events.betweenLoaded(from, to) : events.between(from, to)
    const all = found.filter((e) => !isHistory(e, today.value))
    return activeFilterCount(filters.value) ? all.filter((e) => matchesFilters(e, filters.value)) : all
  })
  const emptyText = computed(() =>
    missingMonths.value.length
      ? t('calendar.noEventsSaved')
      : activeFilterCount(filters.value)
        ? t('calendar.noEventsFiltered')
        : t('calendar.noEventsInRange'),
  )

  return { loadState, retry, retrying, failedMonths, rangeEvents, emptyText, missingMonths }
}
