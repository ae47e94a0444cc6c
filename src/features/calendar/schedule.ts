/** Pure logic of 我的日程: what changed in a starred event since it was last seen, and which ones clash. */
import { clashReport } from '@/shared/clash'
import type { EventItem } from '@/shared/types'
import type { ScheduleSnapshot } from '@/shared/userData'

export type ChangeKind = 'time' | 'place' | 'status'

/** What changed in an event since the user last saw it: its time, its place or its status. */
export function changesSince(seen: ScheduleSnapshot, event: EventItem): ChangeKind[] {
  const changes: ChangeKind[] = []
  if (seen.start !== event.start || seen.end !== event.end) changes.push('time')
  if ((seen.venue ?? null) !== (event.venue ?? null) || seen.region !== event.region) changes.push('place')
  if (seen.status !== event.status) changes.push('status')
  return changes
}

export interface Clash {
  a: EventItem
  b: EventItem
}

/**
 * Pairs of starred events that overlap in time (at most `maxPairs` listed; `total` counts them all). Only day-precise events can clash: a month-, year- or
 * period-long entry has no known days, and cancelled events do not take up time.
 */
export function findClashes(events: readonly EventItem[], maxPairs = 20): { pairs: Clash[]; total: number } {
  const candidates = events.filter((e) => e.datePrecision === 'day' && e.status !== 'cancelled')
  const report = clashReport(candidates, { maxPairs, perItem: 0 })
  return { pairs: report.pairs.map(([a, b]) => ({ a, b })), total: report.totalPairs }
}
