/**
 * iCalendar (RFC 5545) files made in the browser, for one event or for 我的日程. A small writer of
 * its own rather than ical-generator (~30 KB), since every byte of JavaScript is precached. UIDs and
 * fields match the build's /data/events.ics feed (src/build/opendata.ts), so importing either updates
 * the same calendar entries instead of duplicating them. Tests parse the output with ical.js.
 */
import type { EventItem, Source } from '@/shared/types'
import { TIME_ZONE } from '@/shared/constants'
import { addDays, dayOf } from '@/shared/time'
import { ICS_FIRST_DAY_ALARM_SECONDS, firstDayNote, isFirstDayInCalendar } from '@/shared/eventFormat'

/** Same UID as the feed: `<occurrence id>@kepu-xinjiang`. */
export const eventUid = (id: string) => `${id}@kepu-xinjiang`

const STATUS: Record<EventItem['status'], string> = {
  expected: 'TENTATIVE',
  confirmed: 'CONFIRMED',
  changed: 'CONFIRMED',
  cancelled: 'CANCELLED',
}
const STATUS_LINE: Record<EventItem['status'], string> = {
  expected: '日期为预计（未确认）',
  confirmed: '日期已确认',
  changed: '已变更',
  cancelled: '已取消',
}

function sourceText(source: Source, planTitles: Record<string, string>): string {
  if ('general' in source) return `常识：${source.general}`
  if ('url' in source) return `${source.publisher}（${source.published}）${source.title} ${source.url}`
  return `${planTitles[source.plan] ?? source.plan} ${source.section}（第${source.lines}行）`
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

/** TEXT value escaping (RFC 5545 §3.3.11). */
export const escapeText = (value: string) => value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n')

/** Fold a content line into chunks of at most 75 octets, never splitting a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder()
  const parts: string[] = []
  let current = ''
  let size = 0
  for (const char of line) {
    const bytes = encoder.encode(char).length
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (size + bytes > (parts.length ? 74 : 75)) {
      parts.push(current)
      current = ''
      size = 0
    }
    current += char
    size += bytes
  }
  parts.push(current)
  return parts.join('\r\n ')
}

/** `20260523T013000Z` for an instant. */
const utcStamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
/** `20260523` for a `YYYY-MM-DD` day. */
const dateValue = (day: string) => day.replaceAll('-', '')

/** An iCalendar document with the given occurrences. */
export function eventsToIcs(events: readonly EventItem[], options: ScheduleIcsOptions): string {
  const stamp = utcStamp((options.stamp ?? new Date()).getTime())
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//科普新疆//kepu-xinjiang//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    `X-WR-TIMEZONE:${TIME_ZONE}`,
  ]
  for (const event of events) {
    const description = [
      ...(isFirstDayInCalendar(event) ? [firstDayNote(event)] : []),
      event.summary,
      `${STATUS_LINE[event.status]}：${event.dateNote}`,
      `主办：${event.organiser}`,
      ...(event.howToJoin ? [`参与方式：${event.howToJoin}`] : []),
      `来源：${event.sources.map((s) => sourceText(s, options.planTitles ?? {})).join('；')}`,
    ].join('\n')
    const long = isFirstDayInCalendar(event)
    const first = dayOf(event.start)
    const location = event.venue ? options.venueNames?.[event.venue] : undefined
    lines.push('BEGIN:VEVENT', `UID:${eventUid(event.id)}`, 'SEQUENCE:0', `DTSTAMP:${stamp}`)
    if (long) {
      lines.push(`DTSTART;VALUE=DATE:${dateValue(first)}`, `DTEND;VALUE=DATE:${dateValue(addDays(first, 1))}`)
    } else if (event.allDay) {
      // All-day ranges are inclusive in content; iCalendar's DTEND is exclusive.
      lines.push(`DTSTART;VALUE=DATE:${dateValue(event.start)}`, `DTEND;VALUE=DATE:${dateValue(addDays(event.end, 1))}`)
    } else {
      lines.push(`DTSTART:${utcStamp(Date.parse(event.start))}`, `DTEND:${utcStamp(Date.parse(event.end))}`)
    }
    lines.push(`SUMMARY:${escapeText(event.status === 'expected' ? `${event.title}（预计）` : event.title)}`)
    if (location) lines.push(`LOCATION:${escapeText(location)}`)
    lines.push(`DESCRIPTION:${escapeText(description)}`, `STATUS:${STATUS[event.status]}`)
    if (options.origin) lines.push(`URL;VALUE=URI:${options.origin}/events/${event.id}`)
    if (long) {
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER:-PT${ICS_FIRST_DAY_ALARM_SECONDS / 3600}H`,
        `DESCRIPTION:${escapeText(`明天开始：${event.title}`)}`,
        'END:VALARM',
      )
    }
    lines.push('END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}
