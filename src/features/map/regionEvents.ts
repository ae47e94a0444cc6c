/**
 * Most events in the plans name a region, not a venue (科普大篷车 tours a 师市, 科技之冬 runs county-wide).
 * The map shows them at their region's centre, counted, and says the place is only the region.
 */
import type { EventItem, Region } from '@/shared/types'

export interface RegionEvents {
  region: Region
  count: number
}

/** Events without a venue, not cancelled, counted per region; regions in the given order, empty ones left out. */
export function regionEvents(events: EventItem[], regions: Region[]): RegionEvents[] {
  const counts = new Map<string, number>()
  const seen = new Set<string>()
  for (const event of events) {
    if (event.venue || event.status === 'cancelled' || seen.has(event.id)) continue
    seen.add(event.id)
    counts.set(event.region, (counts.get(event.region) ?? 0) + 1)
  }
  return regions.flatMap((region) => (counts.has(region.id) ? [{ region, count: counts.get(region.id)! }] : []))
}

/** The calendar's month view for one region: where a region's count on the map (or in its list) leads. */
export const regionEventsLink = (regionId: string) => ({ path: '/calendar', query: { view: 'month', region: regionId } })
