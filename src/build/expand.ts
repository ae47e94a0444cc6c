/** Expands content events (one-off or RRULE series) into the occurrences the app shows. */
import { BEIJING_OFFSET_MINUTES } from '../shared/constants'
import { addDays, dayOf, daysBetween, isDateOnly } from '../shared/time'
import type { EventItem } from '../shared/types'
import { beijingRule } from './rrule'
import type { EventInput } from './schema'

const SHIFT = BEIJING_OFFSET_MINUTES * 60_000

function toOccurrence(event: EventInput, id: string, start: string, end: string): EventItem {
  return {
    id,
    recordId: event.id,
    title: event.title,
    kind: event.kind,
    ...(event.series ? { series: event.series } : {}),
    start,
    end,
    allDay: isDateOnly(start),
    datePrecision: event.datePrecision,
    status: event.status,
    dateNote: event.dateNote,
    region: event.region,
    ...(event.venue ? { venue: event.venue } : {}),
    audiences: event.audiences,
    organiser: event.organiser,
    ...(event.howToJoin ? { howToJoin: event.howToJoin } : {}),
    summary: event.summary,
    ...(event.i18n ? { i18n: event.i18n } : {}),
    // Rosters belong to one dated event; a recurring series carries none.
    ...(event.shifts && !event.rrule ? { shifts: event.shifts } : {}),
    sources: event.sources,
  }
}

/** Format a Beijing wall-clock instant (held in a UTC Date) back to an ISO string with +08:00. */
function beijingIso(wallClock: Date): string {
  return `${wallClock.toISOString().slice(0, 19)}+08:00`
}

/**
 * RRULE expansion happens on Beijing wall-clock time (held as UTC dates), so BYDAY and BYMONTHDAY mean
 * Beijing days whatever machine builds the site.
 */
export function expandEvent(event: EventInput): EventItem[] {
  if (!event.rrule) return [toOccurrence(event, event.id, event.start, event.end)]
  const allDay = isDateOnly(event.start)
  const duration = allDay ? daysBetween(event.start, event.end) : Date.parse(event.end) - Date.parse(event.start)
  const excluded = new Set(event.exdates)
  return seriesStarts(event.start, event.rrule, 999).flatMap((date) => {
    const day = date.toISOString().slice(0, 10)
    if (excluded.has(day)) return []
    const id = `${event.id}-${day.replaceAll('-', '')}`
    if (allDay) return [toOccurrence(event, id, day, addDays(day, duration))]
    return [toOccurrence(event, id, beijingIso(date), beijingIso(new Date(date.getTime() + duration)))]
  })
}

/**
 * A series' starts as Beijing wall-clock instants held in UTC dates, exdates not yet removed: at most
 * `last + 1` of them, so that a check can tell a runaway rule from one at its limit. Shared by the
 * expansion and the content checks, so both see the same days.
 */
export function seriesStarts(start: string, rule: string, last: number): Date[] {
  const dtstart = isDateOnly(start) ? new Date(`${start}T00:00:00Z`) : new Date(Date.parse(start) + SHIFT)
  if (Number.isNaN(dtstart.getTime())) return []
  return beijingRule(rule, dtstart).all((_, i) => i <= last)
}

/** Sort order of the app: by Beijing start day, then start instant, then id (stable across builds). */
export function compareEvents(a: EventItem, b: EventItem): number {
  const da = dayOf(a.start)
  const db = dayOf(b.start)
  if (da !== db) return da < db ? -1 : 1
  const ta = a.allDay ? 0 : Date.parse(a.start)
  const tb = b.allDay ? 0 : Date.parse(b.start)
  if (ta !== tb) return ta - tb
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
