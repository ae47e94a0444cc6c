/**
 * The home page's events: this week and next, dated ones only, in "my region"; long campaigns and
 * seasons apart as one "正在进行" strip; and one load state for the two weeks.
 */
import { computed, type Ref } from 'vue'

import { useMonthShards } from '@/composables/useMonthShards'
import { useToday } from '@/composables/useToday'
import { isHistory, isOngoingWork, isSeason } from '@/shared/eventFormat'
import { addDays, formatDayRange, mondayOf, monthsBetween } from '@/shared/time'
import type { EventItem } from '@/shared/types'
import { useCatalogStore } from '@/stores/catalog'
import { useEventsStore } from '@/stores/events'

/** Long campaigns, seasons and year-long work: one "正在进行" strip, never a card in every week. */
const isLong = (e: EventItem) => isOngoingWork(e) || isSeason(e)

/** `myRegion`: the region that scopes the page, undefined for all. */
export function useHomeWeeks(myRegion: Ref<string | undefined>) {
  const catalog = useCatalogStore()
  const events = useEventsStore()
  const today = useToday()

  const thisMonday = computed(() => mondayOf(today.value))
  const nextMonday = computed(() => addDays(thisMonday.value, 7))
  const nextSunday = computed(() => addDays(thisMonday.value, 13))

  const mine = (e: EventItem) => !myRegion.value || e.region === myRegion.value
  // This week starts today: what already ended earlier this week is no longer "on".
  const dated = (list: EventItem[]) => list.filter((e) => !isLong(e) && mine(e))
  const thisWeek = computed(() => dated(events.between(today.value, addDays(nextMonday.value, -1))))
  const nextWeek = computed(() => dated(events.between(nextMonday.value, nextSunday.value)))
  const thisWeekRange = computed(() => formatDayRange(today.value, addDays(nextMonday.value, -1)))
  const nextWeekRange = computed(() => formatDayRange(nextMonday.value, nextSunday.value))
  const nothingDated = computed(() => !thisWeek.value.length && !nextWeek.value.length)
  const ongoing = computed(() => events.between(today.value, today.value).filter((e) => isLong(e) && mine(e) && !isHistory(e, today.value)))

  // Show the page's data in one go once the weeks' events are in: "no events" must never flash while they
  // load, and content arriving in pieces would push what the user is reading down the screen.
  const weekMonths = computed(() => monthsBetween(today.value, nextSunday.value))
  useMonthShards(() => weekMonths.value)
  const weeksFailed = computed(() => weekMonths.value.some((m) => events.failed.includes(m)))
  // A failed week still shows the rest of the page (targets, links), with a note in place of the events.
  const weeksState = computed(() => {
    if (catalog.state !== 'ready') return catalog.state
    return weeksFailed.value || weekMonths.value.every((m) => events.shards.has(m)) ? 'ready' : 'loading'
  })
  const retryWeeks = () => Promise.all(weekMonths.value.map((m) => events.loadMonth(m)))

  return { thisWeek, nextWeek, thisWeekRange, nextWeekRange, nothingDated, ongoing, weeksState, weeksFailed, retryWeeks }
}
