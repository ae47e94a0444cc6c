/**
 * The volunteer page's data: the volunteer's shifts (upcoming and past) with their clashes against each
 * other and against starred events, the content rosters still open, and taps that say why they did not save.
 */
import { computed, onMounted, ref, shallowRef, watch } from 'vue'

import { useRetryOnline } from '@/composables/useOnline'
import { useToday } from '@/composables/useToday'
import { isQuotaError } from '@/data/db'
import { t } from '@/i18n'
import { clashReport, interval, type Timed } from '@/shared/clash'
import { beijingDay, dayOf, formatFullDay, monthOf } from '@/shared/time'
import type { EventItem, Shift } from '@/shared/types'
import { useCatalogStore } from '@/stores/catalog'
import { useEventsStore } from '@/stores/events'
import { useMyScheduleStore } from '@/stores/mySchedule'
import { useVolunteerStore } from '@/stores/volunteer'

export function useVolunteerPage() {
  const catalog = useCatalogStore()
  const events = useEventsStore()
  const volunteer = useVolunteerStore()
  const schedule = useMyScheduleStore()
  const today = useToday()

  const rosterEvents = shallowRef<EventItem[]>([])

  onMounted(() => Promise.all([volunteer.load(), schedule.load()]))

  // Starred events that take a day or less are real time commitments; week-long campaigns are not. The
  // store reads through the schedule's schema: a malformed entry is left out, never allowed to break the page.
  const starred = computed<(Timed & { title: string })[]>(() =>
    [...schedule.entries.values()]
      .map((entry) => ({ id: `event:${entry.id}`, start: entry.seen.start, end: entry.seen.end, title: entry.seen.title }))
      .filter((item) => {
        const [s, e] = interval(item)
        return e - s <= 86_400_000
      }),
  )

  /** The content rosters have been looked up (until then the page must not say there are none). */
  const rostersReady = ref(false)
  /**
   * Rosters of this month or later whose event could not be loaded: offline, the phone keeps only some
   * months' events. Said on the page with 重试; they vanished without a word before.
   */
  const rostersMissing = ref(0)
  let run = 0
  async function loadRosters() {
    const c = catalog.catalog
    if (!c) return
    const current = ++run
    const thisMonth = monthOf(today.value)
    const entries = Object.entries(c.rosters ?? {})
    const found = await Promise.allSettled(entries.map(([id]) => events.find(id)))
    // A later run (重试 tapped, newer content, back online) has the last word.
    if (current !== run) return
    rostersMissing.value = found.filter((result, i) => result.status === 'rejected' && entries[i]![1] >= thisMonth).length
    rosterEvents.value = found.flatMap((result) =>
      result.status === 'fulfilled' && result.value && dayOf(result.value.end) >= today.value ? [result.value] : [],
    )
    rostersReady.value = true
    await volunteer.syncWithContent(rosterEvents.value)
  }
  watch(() => catalog.catalog, loadRosters, { immediate: true })
  // Back online, the rosters that could not be loaded come by themselves (重试 stays for a connection that returns quietly).
  const missing = () => rostersMissing.value > 0
  useRetryOnline(() => missing() && loadRosters(), missing)

  const isPast = (end: string) => beijingDay(new Date(end)) < today.value
  const mine = computed(() => volunteer.shifts.filter((s) => !isPast(s.end)))
  const past = computed(() => volunteer.shifts.filter((s) => isPast(s.end)))

  // A roster can hold thousands of shifts at one hour: the report is O(n log n) and names at most three
  // clashes per shift; the rest is a count ("另有 N 处冲突").
  const clashInfo = computed(() => clashReport<Timed>([...mine.value, ...starred.value], { perItem: 3, maxPairs: 0 }))
  const labels = computed(
    () =>
      new Map<string, string>([
        ...volunteer.shifts.map((s) => [s.id, t('volunteer.clashLabel', { role: s.role, event: s.eventTitle })] as [string, string]),
        ...starred.value.map((s) => [s.id, s.title] as [string, string]),
      ]),
  )
  const clashNames = (id: string) => (clashInfo.value.named.get(id) ?? []).map((other) => labels.value.get(other) ?? other)
  const clashMore = (id: string) => (clashInfo.value.counts.get(id) ?? 0) - (clashInfo.value.named.get(id)?.length ?? 0)

  /** Why the last tap did not save (storage full or unavailable); shown next to the buttons. */
  const saveError = ref('')
  async function guarded(action: () => Promise<void>) {
    saveError.value = ''
    try {
      await action()
    } catch (error) {
      saveError.value = isQuotaError(error) ? t('volunteer.storageFull') : t('volunteer.saveFailed')
    }
  }
  const acknowledge = (id: string) => guarded(() => volunteer.acknowledge(id))
  const drop = (id: string) => guarded(() => volunteer.drop(id))
  const take = (event: EventItem, shift: Shift) => guarded(() => volunteer.take(event, shift))

  const updated = computed(() => (catalog.catalog ? formatFullDay(beijingDay(new Date(catalog.catalog.builtAt))) : ''))

  return {
    rosterEvents,
    rostersReady,
    rostersMissing,
    retryRosters: loadRosters,
    mine,
    past,
    clashInfo,
    clashNames,
    clashMore,
    saveError,
    acknowledge,
    drop,
    take,
    updated,
  }
}
