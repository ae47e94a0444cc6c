/**
 * iCalendar (RFC 5545) files made in the browser, for one event or for 我的日程. Loaded lazily, so
 * ical-generator never weighs on first paint. UIDs and fields match the build's /data/events.ics feed
 * (src/build/opendata.ts), so importing either updates the same calendar entries instead of duplicating them.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator'
import type { EventItem, Source } from '@/shared/types'
import { TIME_ZONE } from '@/shared/constants'
import { addDays } from '@/shared/time'

/** Same UID as the feed: `<occurrence id>@kepu-xinjiang`. */
export const eventUid = (id: string) => `${id}@kepu-xinjiang`

const STATUS: Record<EventItem['status'], ICalEventStatus> = {
  expected: ICalEventStatus.TENTATIVE,
  confirmed: ICalEventStatus.CONFIRMED,
  changed: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
}
const STATUS_LINE: Record<EventItem['status'], string> = {
  expected: '日期为预计（未确认）',
  confirmed: '日期已确认',
  changed: '已变更',
  cancelled: '已取消',
}

function sourceText(source: Source, planTitles: Record<string, string>): string {
  return 'general' in source
    ? `常识：${source.general}`
    : `${planTitles[source.plan] ?? source.plan} ${source.section}（第${source.lines}行）`
}

export interface ScheduleIcsOptions {
  name: string
  /** Site origin for event links, e.g. `location.origin`. */
  origin?: string
  /** plan id → title, for the sources line. */
  planTitles?: Record<string, string>
  /** venue id → name, for LOCATION. */
  venueNames?: Record<string, string>
  stamp?: Date
}

/** An iCalendar document with the given occurrences. */
export function eventsToIcs(events: readonly EventItem[], options: ScheduleIcsOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: '科普新疆', product: 'kepu-xinjiang', language: 'ZH' },
    timezone: null,
    method: ICalCalendarMethod.PUBLISH,
  })
  calendar.x([{ key: 'X-WR-TIMEZONE', value: TIME_ZONE }])
  for (const event of events) {
    const description = [
      event.summary,
      `${STATUS_LINE[event.status]}：${event.dateNote}`,
      `主办：${event.organiser}`,
      ...(event.howToJoin ? [`参与方式：${event.howToJoin}`] : []),
      `来源：${event.sources.map((s) => sourceText(s, options.planTitles ?? {})).join('；')}`,
    ].join('\n')
    const location = event.venue ? options.venueNames?.[event.venue] : undefined
    calendar.createEvent({
      id: eventUid(event.id),
      summary: event.status === 'expected' ? `${event.title}（预计）` : event.title,
      // All-day ranges are inclusive in content; iCalendar's DTEND is exclusive.
      start: event.allDay ? event.start : new Date(event.start),
      end: event.allDay ? addDays(event.end, 1) : new Date(event.end),
      allDay: event.allDay,
      stamp: options.stamp ?? new Date(),
      status: STATUS[event.status],
      description,
      ...(location ? { location } : {}),
      ...(options.origin ? { url: `${options.origin}/events/${event.id}` } : {}),
    })
  }
  return calendar.toString()
}
