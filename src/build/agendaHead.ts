/**
 * The agenda's first screen for each day of each month (src/shared/agendaHead.ts), as the app would show it to a
 * reader whose today is that day: the week from today (useCalendarEvents), in agendaRows' rows, and of those the
 * first day with events. Chinese only: index.html draws it only for Chinese readers.
 */
import '../i18n/zh-CN/calendar'

import { agendaRows } from '../features/calendar/grid'
import { t, term } from '../i18n'
import { AGENDA_HEAD_EVENTS, type AgendaHeadDay, type AgendaHeadEvent, type AgendaHeadFile } from '../shared/agendaHead'
import { formatDateRange, formatTimeRange } from '../shared/eventFormat'
import { addDays, addMonths, dayOf, formatDayTitle, formatMonthDay, inParens, overlapsDays } from '../shared/time'
import type { EventItem, MonthShard } from '../shared/types'

/** The month's file, or null when no day of it has a week with events. */
export function agendaHeadFile(
  month: string,
  shards: ReadonlyMap<string, MonthShard>,
  regionNames: Record<string, string>,
  /** The catalog's builtAt: index.html draws only its own build's file. */
  built: string,
): AgendaHeadFile | null {
  const events: AgendaHeadEvent[] = []
  const indexById = new Map<string, number>()
  const days: Record<string, AgendaHeadDay> = {}
  const last = addDays(`${addMonths(month, 1)}-01`, -1)
  const index = (event: EventItem) => {
    let i = indexById.get(event.id)
    if (i === undefined) {
      i = events.push(cardOf(event, regionNames)) - 1
      indexById.set(event.id, i)
    }
    return i
  }
  // A week from any day of the month reaches into the next month at most: those two shards, as the events
  // store's between() reads them (each month in turn, an occurrence once), each occurrence's days worked out
  // once (at 100 000 events, per day they were most of the build's time).
  const seen = new Set<string>()
  const candidates: { event: EventItem; from: string; to: string }[] = []
  for (const m of [month, addMonths(month, 1)]) {
    for (const event of shards.get(m)?.events ?? []) {
      if (seen.has(event.id)) continue
      seen.add(event.id)
      candidates.push({ event, from: dayOf(event.start), to: dayOf(event.end) })
    }
  }
  for (let today = `${month}-01`; today <= last; today = addDays(today, 1)) {
    const to = addDays(today, 6)
    const week: EventItem[] = []
    // (The page also leaves out history, ended year-long work: none of it reaches into a week from today.)
    for (const c of candidates) if (overlapsDays(c.from, c.to, today, to)) week.push(c.event)
    const rows = agendaRows(week, today, to)
    const first = rows[0]
    if (first?.type !== 'day') continue
    const shown: number[] = []
    const carried: [number, string][] = []
    for (const row of rows.slice(1)) {
      if (row.type === 'event' && row.day === first.day && shown.length < AGENDA_HEAD_EVENTS) shown.push(index(row.event))
      else {
        // CalendarContinuing's line, when the day's own events are all drawn above it.
        if (row.type === 'continuing' && row.day === first.day)
          for (const event of row.events)
            carried.push([index(event), inParens(t('calendar.continuingUntil', { date: formatMonthDay(dayOf(event.end)) }))])
        break
      }
    }
    days[today] = [formatDayTitle(first.day), first.day === today ? 1 : 0, t('calendar.eventsOnDay', { n: first.count }), shown, carried]
  }
  return Object.keys(days).length ? { month, v: 1, built, events, days } : null
}

/** What EventListItem shows of an event, in Chinese. */
function cardOf(event: EventItem, regionNames: Record<string, string>): AgendaHeadEvent {
  return [
    event.id,
    event.title,
    formatDateRange(event),
    formatTimeRange(event) ?? '',
    event.status,
    t(`event.status.${event.status}`),
    regionNames[event.region] ?? '',
    term(event.kind),
  ]
}
