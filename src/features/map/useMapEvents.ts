/**
 * This month's events as the map uses them: counted per venue (the "本月有活动" filter and the card's
 * count) and, for events without a venue, per region.
 */
import { computed } from 'vue'

import { useMonthShards } from '@/composables/useMonthShards'
import { useToday } from '@/composables/useToday'
import { monthOf } from '@/shared/time'
import { useCatalogStore } from '@/stores/catalog'
import { useEventsStore } from '@/stores/events'

import { regionEvents } from './regionEvents'

/** `region`: the map's region filter; the other regions' event pins go with their venues. */
export function useMapEvents(region: () => string | null = () => null) {
  const catalog = useCatalogStore()
  const events = useEventsStore()
  const today = useToday()

  const month = computed(() => monthOf(today.value))
  // Loaded again once back online: a month that failed left the counts and the 本月有活动 filter empty.
  useMonthShards(() => [month.value])
  // Events without a venue (most of the plans' events name only a region), drawn at the region's centre.
  const eventsByRegion = computed(() =>
    regionEvents(
      events.inMonth(month.value),
      catalog.regions.filter((r) => !region() || r.id === region()),
    ),
  )
  const eventsPerVenue = computed(() => {
    const counts = new Map<string, number>()
    for (const event of events.inMonth(month.value)) {
      if (event.venue && event.status !== 'cancelled') counts.set(event.venue, (counts.get(event.venue) ?? 0) + 1)
    }
    return counts
  })

  return { eventsByRegion, eventsPerVenue }
}
