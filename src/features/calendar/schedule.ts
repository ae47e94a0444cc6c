/** Pure logic of 我的日程: what a starred event looked like, what changed since, and which ones clash. */
import type { ScheduleEntry } from '@/data/db'
import type { EventItem } from '@/shared/types'
import { addDays, isDateOnly } from '@/shared/time'

export type Seen = ScheduleEntry['seen']

/** The fields whose change the user is told about, as stored in `entry.seen`. */
export function snapshotOf(event: EventItem): Seen {
  return {
    title: event.title,
    start: event.start,
    end: event.end,
    status: event.status,
    region: event.region,
    ...(event.venue ? { venue: event.venue } : {}),
  }
}

export type ChangeKind = 'time' | 'place' | 'status'

/** What changed in an event since the user last saw it: its time, its place or its status. */
export function changesSince(seen: Seen, event: EventItem): ChangeKind[] {
  const changes: ChangeKind[] = []
  if (seen.start !== event.start || seen.end !== event.end) changes.push('time')
  if ((seen.venue ?? null) !== (event.venue ?? null) || seen.region !== event.region) changes.push('place')
  if (seen.status !== event.status) changes.push('status')
  return changes
}

/** [start, end) in epoch ms; an all-day range runs from Beijing midnight to the midnight after its last day. */
export function instantRange(event: Pick<EventItem, 'start' | 'end'>): [number, number] {
  const start = isDateOnly(event.start) ? Date.parse(`${event.start}T00:00:00+08:00`) : Date.parse(event.start)
  const end = isDateOnly(event.end) ? Date.parse(`${addDays(event.end, 1)}T00:00:00+08:00`) : Date.parse(event.end)
  return [start, end]
}

export interface Clash {
  a: EventItem
  b: EventItem
}

/**
 * Pairs of starred events that overlap in time. Only day-precise events can clash: a month-, year- or
 * period-long entry has no known days, and cancelled events do not take up time.
 */
export function findClashes(events: readonly EventItem[]): Clash[] {
  const candidates = events
    .filter((e) => e.datePrecision === 'day' && e.status !== 'cancelled')
    .map((event) => ({ event, range: instantRange(event) }))
    .sort((x, y) => x.range[0] - y.range[0])
  const clashes: Clash[] = []
  // Sweep in start order: each event only needs comparing with later ones that start before it ends.
  for (let i = 0; i < candidates.length; i++) {
    const x = candidates[i]!
    for (let j = i + 1; j < candidates.length && candidates[j]!.range[0] < x.range[1]; j++) {
      clashes.push({ a: x.event, b: candidates[j]!.event })
    }
  }
  return clashes
}
