/**
 * A venue page's "近期活动": its next events within a year, at most ten. Only shards that can add to the list
 * are fetched: this month's if an event at the venue is on in it, then the months in which one starts (the
 * catalog lists both), a few at a time until ten are found. A museum without events costs no request; before,
 * fetching and opening a year of shards was a third of a venue page's start-up work on a slow phone.
 */
import { computed, type MaybeRefOrGetter, type Ref, toValue } from 'vue'

import { useMonthShards } from '@/composables/useMonthShards'
import { monthsInRanges } from '@/shared/monthRanges'
import { addDays, addMonths, monthOf, monthsBetween } from '@/shared/time'
import type { EventItem } from '@/shared/types'
import { useCatalogStore } from '@/stores/catalog'
import { useEventsStore } from '@/stores/events'

/** How far ahead the list looks, and how many events it shows. */
const UPCOMING_DAYS = 365
const UPCOMING_MAX = 10
/** Months fetched at first, and then at each step while the list is short. */
const FIRST_BATCH = 2
const NEXT_BATCH = 4

export function useVenueUpcoming(venueId: MaybeRefOrGetter<string>, today: Ref<string>) {
  const catalog = useCatalogStore()
  const events = useEventsStore()
  const until = computed(() => addDays(today.value, UPCOMING_DAYS))

  /** The shards that can hold the list's events, in month order (every month of the year for an older catalog). */
  const months = computed<string[]>(() => {
    const c = catalog.catalog
    if (!c) return []
    if (!c.venueMonths) return monthsBetween(today.value, until.value)
    const where = c.venueMonths[toValue(venueId)]
    if (!where) return []
    const thisMonth = monthOf(today.value)
    // What is on today started this month or earlier: it is in this month's shard. Later events are in the
    // shard of the month they start in.
    const now = monthsInRanges(where.touched, thisMonth, thisMonth)
    return [...now, ...monthsInRanges(where.started, addMonths(thisMonth, 1), monthOf(until.value))]
  })

  /** The venue's next events in the given months, in start order, at most UPCOMING_MAX. */
  function collect(inMonths: string[]): EventItem[] {
    const id = toValue(venueId)
    const seen = new Set<string>()
    const list: EventItem[] = []
    // Month by month: each shard is sorted by start, and an event met first in a later month starts in it,
    // after everything of the months before, so the list stays in start order.
    for (const month of inMonths) {
      for (const event of events.shards.get(month)?.between(today.value, until.value) ?? []) {
        if (event.venue !== id || seen.has(event.id)) continue
        seen.add(event.id)
        list.push(event)
        if (list.length === UPCOMING_MAX) return list
      }
    }
    return list
  }
  const arrived = (list: string[]) => list.every((m) => events.shards.has(m))

  /** The months asked for (a first few, a few more each time those are in and the list is short) and the list. */
  const found = computed(() => {
    const all = months.value
    let asked = all.slice(0, FIRST_BATCH)
    let list = collect(asked)
    while (asked.length < all.length && arrived(asked) && list.length < UPCOMING_MAX) {
      asked = all.slice(0, asked.length + NEXT_BATCH)
      list = collect(asked)
    }
    return { asked, list }
  })
  useMonthShards(() => found.value.asked)

  const upcoming = computed(() => found.value.list)
  const failed = computed(() => found.value.asked.some((m) => events.failed.includes(m)))
  const state = computed<'loading' | 'ready'>(() => (catalog.catalog && (failed.value || arrived(found.value.asked)) ? 'ready' : 'loading'))
  const retry = () => Promise.all(found.value.asked.map((m) => events.loadMonth(m)))

  return { upcoming, state, failed, retry }
}
