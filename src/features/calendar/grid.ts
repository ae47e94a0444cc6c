/** Pure calendar arithmetic on Beijing days: month grids, per-day counts and agenda rows. */
// Relative imports: the build writes each day's first agenda screen with these rules (src/build/agendaHead.ts).
import { isOngoingWork, isSeason } from '../../shared/eventFormat'
import { addDays, addMonths, dayOf, mondayOf } from '../../shared/time'
import type { EventItem } from '../../shared/types'

/** Weeks (Monday first) covering a `YYYY-MM` month; days outside the month are included to fill the rows. */
export function monthWeeks(month: string): string[][] {
  const first = `${month}-01`
  const last = addDays(`${addMonths(month, 1)}-01`, -1)
  const weeks: string[][] = []
  for (let monday = mondayOf(first); monday <= last; monday = addDays(monday, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(monday, i)))
  }
  return weeks
}

/** Events that sit on calendar days (not year- or period-long work). */
export const isDated = (event: EventItem) => !isOngoingWork(event)
/** A cancelled event is not on: the grid neither counts it nor draws its season (the agenda still lists it, marked). */
const isOn = (event: EventItem) => event.status !== 'cancelled'

/**
 * How many dated occurrences that are on (not cancelled) touch each day in [from, to]. A multi-day event counts on every day it
 * spans, clipped to the range; a season (over two weeks) counts on its start day only, and is drawn as a
 * band instead (`seasonsIn`), so a 4½-month campaign does not put "1" on every cell of the month.
 */
export function countByDay(events: readonly EventItem[], from: string, to: string): Map<string, number> {
  const days = daysOf(from, to)
  const counts = new Array<number>(days.list.length).fill(0)
  for (const event of events) {
    const span = isOn(event) ? spanIn(event, from, to, days.index) : null
    if (!span) continue
    if (isSeason(event)) {
      if (dayOf(event.start) >= from) counts[span[0]]!++
      continue
    }
    for (let i = span[0]; i <= span[1]; i++) counts[i]!++
  }
  const result = new Map<string, number>()
  days.list.forEach((day, i) => counts[i] && result.set(day, counts[i]!))
  return result
}

/** Seasons (dated, over two weeks, not cancelled) that touch [from, to], and the days of the range they cover. */
export function seasonsIn(events: readonly EventItem[], from: string, to: string): { seasons: EventItem[]; days: Set<string> } {
  const seasons: EventItem[] = []
  const days = new Set<string>()
  for (const event of events) {
    if (!isDated(event) || !isSeason(event) || !isOn(event)) continue
    const start = dayOf(event.start)
    const end = dayOf(event.end)
    if (end < from || start > to) continue
    seasons.push(event)
    for (let day = start > from ? start : from; day <= end && day <= to; day = addDays(day, 1)) days.add(day)
  }
  return { seasons, days }
}

/** Every day in [from, to] and its position, so events map to days without date arithmetic per event. */
function daysOf(from: string, to: string) {
  const list: string[] = []
  for (let day = from; day <= to; day = addDays(day, 1)) list.push(day)
  return { list, index: new Map(list.map((day, i) => [day, i])) }
}

/** First and last index of the range's days that a dated event covers, or null. */
function spanIn(event: EventItem, from: string, to: string, index: Map<string, number>): [number, number] | null {
  if (!isDated(event)) return null
  const start = dayOf(event.start)
  const end = dayOf(event.end)
  if (end < from || start > to) return null
  return [start > from ? index.get(start)! : 0, end < to ? index.get(end)! : index.size - 1]
}

export type AgendaRow =
  | { type: 'day'; key: string; day: string; count: number }
  | { type: 'event'; key: string; day: string; event: EventItem }
  | { type: 'continuing'; key: string; day: string; events: EventItem[] }
  /** A day without events; `unknown` when its month's events are not at hand (offline), so "none" would be a guess. */
  | { type: 'empty'; key: string; day: string; unknown?: boolean }

/**
 * Flat rows for a virtualised agenda over [from, to]: a header per day, the events starting that day,
 * and, on the first day only, one compact "持续中" row with the multi-day events that began earlier.
 * A season is thus listed once (at its start, or once as continuing), never repeated on every day.
 * Events arrive pre-sorted by start (done at build time), so no sorting happens here.
 */
export function agendaRows(
  events: readonly EventItem[],
  from: string,
  to: string,
  options: { showEmptyDays?: boolean; unknownMonths?: readonly string[] } = {},
): AgendaRow[] {
  const days = daysOf(from, to)
  const starting: EventItem[][] = days.list.map(() => [])
  const continuing: EventItem[][] = days.list.map(() => [])
  for (const event of events) {
    const span = spanIn(event, from, to, days.index)
    if (!span) continue
    // Began before the range: carried over on its first day only. Began inside: listed on its start day.
    ;(dayOf(event.start) >= from ? starting : continuing)[span[0]]!.push(event)
  }
  const rows: AgendaRow[] = []
  for (const [i, day] of days.list.entries()) {
    const own = starting[i]!
    const carried = continuing[i]!
    if (!own.length && !carried.length && !options.showEmptyDays) continue
    rows.push({ type: 'day', key: `d-${day}`, day, count: own.length + carried.length })
    if (!own.length && !carried.length)
      rows.push({ type: 'empty', key: `e-${day}`, day, unknown: options.unknownMonths?.includes(day.slice(0, 7)) || undefined })
    for (const event of own) rows.push({ type: 'event', key: `${day}-${event.id}`, day, event })
    if (carried.length) rows.push({ type: 'continuing', key: `c-${day}`, day, events: carried })
  }
  return rows
}
