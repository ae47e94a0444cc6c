/**
 * The one iCalendar (RFC 5545) writer: events and 我的日程 in the app, school visits, volunteer shifts and
 * the build's /data/events.ics feed. Small and dependency-free, since every byte of app JavaScript is
 * precached. Tests parse its output with ical.js.
 */
import { TIME_ZONE } from './constants'
import { firstDayNote, ICS_FIRST_DAY_ALARM_SECONDS, isFirstDayInCalendar, isLastDayInCalendar, isOngoingWork } from './eventFormat'
import { addDays, dayOf } from './time'
import type { EventItem, Source } from './types'

/** One VEVENT. Days are `YYYY-MM-DD` (all-day, `end` exclusive); instants are ISO strings with an offset. */
export interface IcsEntry {
  uid: string
  summary: string
  start: string
  end: string
  allDay: boolean
  location?: string
  description?: string
  status?: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED'
  url?: string
  /** A display alarm this many seconds before the start. */
  alarm?: { before: number; description: string }
  /**
   * Revision of the entry under its UID (RFC 5545 SEQUENCE, 0 unless given): an entry whose day moved from
   * an earlier file of the same UID must count as newer, or calendar apps that compare it keep the old day.
   */
  sequence?: number
}

export interface IcsCalendar {
  name: string
  description?: string
  /** DTSTAMP of every entry (the moment the file was made). */
  stamp?: Date
}

/** TEXT value escaping (RFC 5545 §3.3.11). */
export const escapeText = (value: string) => value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n')

/** Fold a content line into chunks of at most 75 octets, never splitting a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  // A UTF-16 code unit is at most 3 octets in UTF-8 (a surrogate pair, 2 units, is 4): short lines need no fold.
  if (line.length * 3 <= 75) return line
  const parts: string[] = []
  let current = ''
  let size = 0
  for (const char of line) {
    // Octets from the code point (a lone surrogate becomes U+FFFD, 3 octets): a TextEncoder call per
    // character made this most of the build's time for /data/events.ics (6 of 10 s at 25 000 events).
    const code = char.codePointAt(0)!
    const bytes = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
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

/** An iCalendar document with the given entries, CRLF line ends, folded lines. */
export function writeIcs(calendar: IcsCalendar, entries: readonly IcsEntry[]): string {
  const stamp = utcStamp((calendar.stamp ?? new Date()).getTime())
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//科普新疆//kepu-xinjiang//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(calendar.description ? [`X-WR-CALDESC:${escapeText(calendar.description)}`] : []),
    `X-WR-TIMEZONE:${TIME_ZONE}`,
  ]
  for (const entry of entries) {
    lines.push('BEGIN:VEVENT', `UID:${entry.uid}`, `SEQUENCE:${entry.sequence ?? 0}`, `DTSTAMP:${stamp}`)
    if (entry.allDay) lines.push(`DTSTART;VALUE=DATE:${dateValue(entry.start)}`, `DTEND;VALUE=DATE:${dateValue(entry.end)}`)
    else lines.push(`DTSTART:${utcStamp(Date.parse(entry.start))}`, `DTEND:${utcStamp(Date.parse(entry.end))}`)
    lines.push(`SUMMARY:${escapeText(entry.summary)}`)
    if (entry.location) lines.push(`LOCATION:${escapeText(entry.location)}`)
    if (entry.description) lines.push(`DESCRIPTION:${escapeText(entry.description)}`)
    if (entry.status) lines.push(`STATUS:${entry.status}`)
    if (entry.url) lines.push(`URL;VALUE=URI:${entry.url}`)
    if (entry.alarm)
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        entry.alarm.before % 3600 ? `TRIGGER:-PT${Math.round(entry.alarm.before / 60)}M` : `TRIGGER:-PT${entry.alarm.before / 3600}H`,
        `DESCRIPTION:${escapeText(entry.alarm.description)}`,
        'END:VALARM',
      )
    lines.push('END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}

/** Same UID in the app's files and the feed: `<occurrence id>@kepu-xinjiang`, so a second import updates. */
export const eventUid = (id: string) => `${id}@kepu-xinjiang`

const STATUS: Record<EventItem['status'], NonNullable<IcsEntry['status']>> = {
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

export function sourceText(source: Source, planTitles: Record<string, string>): string {
  if ('general' in source) return `常识：${source.general}`
  if ('url' in source) return `${source.publisher}（${source.published}）${source.title} ${source.url}`
  return `${planTitles[source.plan] ?? source.plan} ${source.section}（第${source.lines}行）`
}

export interface ScheduleIcsOptions extends IcsCalendar {
  /** Site origin for event links, e.g. `location.origin`. */
  origin?: string
  /** plan id → title, for the sources line. */
  planTitles?: Record<string, string>
  /** venue id → name, for LOCATION. */
  venueNames?: Record<string, string>
  /**
   * Today's Beijing date, where the file is made for one person now (not the build's feed): a long event
   * already under way is then its last day, not a first day in the past.
   */
  today?: string
}

/**
 * Content events as an iCalendar document. An event longer than a week is one day with a reminder the day
 * before: its first day, or its last once it is under way (`options.today`). Year- or period-long work
 * (全年开展: no day of its own) is left out: as a day it was 1 January with a 明天开始 reminder, a date
 * nobody gave.
 */
export function eventsToIcs(events: readonly EventItem[], options: ScheduleIcsOptions): string {
  const entries = events
    .filter((event) => !isOngoingWork(event))
    .map((event): IcsEntry => {
      const long = isFirstDayInCalendar(event)
      const last = isLastDayInCalendar(event, options.today)
      const first = last ? dayOf(event.end) : dayOf(event.start)
      // Added on its last day: a reminder "明天结束" at 09:00 yesterday would be past (some apps fire it at once).
      const endsToday = last && options.today === first
      const location = event.venue ? options.venueNames?.[event.venue] : undefined
      return {
        uid: eventUid(event.id),
        // Calendar apps show a cancelled entry of a subscription much as any other: the title says it.
        summary:
          event.status === 'expected' ? `${event.title}（预计）` : event.status === 'cancelled' ? `${event.title}（已取消）` : event.title,
        // All-day ranges are inclusive in content; iCalendar's DTEND is exclusive.
        ...(long
          ? { start: first, end: addDays(first, 1), allDay: true }
          : event.allDay
            ? { start: event.start, end: addDays(event.end, 1), allDay: true }
            : { start: event.start, end: event.end, allDay: false }),
        ...(location ? { location } : {}),
        description: [
          ...(long ? [firstDayNote(event, endsToday ? 'lastToday' : last ? 'last' : 'first')] : []),
          event.summary,
          `${STATUS_LINE[event.status]}：${event.dateNote}`,
          `主办：${event.organiser}`,
          ...(event.howToJoin ? [`参与方式：${event.howToJoin}`] : []),
          `来源：${event.sources.map((s) => sourceText(s, options.planTitles ?? {})).join('；')}`,
        ].join('\n'),
        status: STATUS[event.status],
        // The same UID was its first day in the feed and in a file saved before it began: a later day.
        ...(last ? { sequence: 1 } : {}),
        ...(options.origin ? { url: `${options.origin}/events/${event.id}` } : {}),
        ...(long && !endsToday && event.status !== 'cancelled'
          ? { alarm: { before: ICS_FIRST_DAY_ALARM_SECONDS, description: `${last ? '明天结束' : '明天开始'}：${event.title}` } }
          : {}),
      }
    })
  return writeIcs(options, entries)
}
