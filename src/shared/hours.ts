/**
 * Opening hours: the subset of OpenStreetMap `opening_hours` that venue content uses (weekday ranges,
 * time ranges, `off`, `24/7`), evaluated in Beijing time whatever the device's zone.
 *
 * Why not the opening_hours package at run time: it is 115 KB gzip minified (holiday tables for every
 * country), more than a whole chunk's budget. Its answers are the reference in the unit tests instead,
 * and anything outside this subset is shown as the raw text with status "unknown", never guessed.
 */
import { BEIJING_OFFSET_MINUTES, XINJIANG_OFFSET_MINUTES } from './constants'
import { addDays, beijingDay, dateWords, fillDate, formatMonthDay, ltr } from './time'
import type { VenueClosure } from './types'

/** Minutes since midnight, [start, end), end ≤ 1440. */
export type Interval = [start: number, end: number]

/** Intervals per weekday, 0 = Sunday … 6 = Saturday. */
export type WeekSchedule = Interval[][]

export type ParsedHours = { kind: 'weekly'; week: WeekSchedule } | { kind: 'unsupported'; raw: string }

const DAY_CODES = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'] as const
const MINUTES_PER_DAY = 1440

function parseTime(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text)
  if (!m) return null
  const minutes = Number(m[1]) * 60 + Number(m[2])
  return Number(m[2]) < 60 && minutes <= MINUTES_PER_DAY ? minutes : null
}

/** `Mo-Fr,Su` → [1,2,3,4,5,0]; null when the selector is outside the subset. */
function parseDays(text: string): number[] | null {
  const days: number[] = []
  for (const part of text.split(',')) {
    const [from, to] = part.split('-')
    const a = DAY_CODES.indexOf(from as (typeof DAY_CODES)[number])
    const b = to === undefined ? a : DAY_CODES.indexOf(to as (typeof DAY_CODES)[number])
    if (a < 0 || b < 0) return null
    // Wrapping ranges such as Sa-Mo are allowed by the syntax.
    for (let d = a; ; d = (d + 1) % 7) {
      if (!days.includes(d)) days.push(d)
      if (d === b) break
    }
  }
  return days
}

function parseTimes(text: string): Interval[] | null {
  const intervals: Interval[] = []
  for (const part of text.split(',')) {
    const [from, to] = part.split('-')
    const start = from === undefined ? null : parseTime(from)
    const end = to === undefined ? null : parseTime(to)
    if (start === null || end === null || end <= start) return null
    intervals.push([start, end])
  }
  return intervals.sort((a, b) => a[0] - b[0])
}

/** Parse an OSM opening_hours value; later rules replace earlier ones for the days they name. */
export function parseHours(raw: string): ParsedHours {
  const week: WeekSchedule = Array.from({ length: 7 }, () => [])
  const value = raw.trim()
  if (value === '24/7') return { kind: 'weekly', week: week.map(() => [[0, MINUTES_PER_DAY]]) }
  const rules = value
    .split(';')
    .map((r) => r.trim())
    .filter(Boolean)
  if (!rules.length) return { kind: 'unsupported', raw }
  for (const rule of rules) {
    const m = /^(?:([A-Za-z,-]+)\s+)?(off|closed|[\d:,-]+)$/.exec(rule)
    if (!m) return { kind: 'unsupported', raw }
    const days = m[1] ? parseDays(m[1]) : [0, 1, 2, 3, 4, 5, 6]
    const times = m[2] === 'off' || m[2] === 'closed' ? [] : parseTimes(m[2]!)
    if (!days || !times) return { kind: 'unsupported', raw }
    for (const d of days) week[d] = times
  }
  return { kind: 'weekly', week }
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
const dayName = (d: number) => dateWords.weekdays[d]!
/** Monday-first order, as Chinese weeks are read. */
const MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0]

/** `周一至周五`, `周一、周三`, `每天`. */
function formatDays(days: number[]): string {
  if (days.length === 7) return dateWords.everyDay
  const positions = days.map((d) => MONDAY_FIRST.indexOf(d)).sort((a, b) => a - b)
  const runs: number[][] = []
  for (const p of positions) {
    const last = runs.at(-1)
    if (last && last.at(-1) === p - 1) last.push(p)
    else runs.push([p])
  }
  return runs
    .map((run) =>
      run.length >= 3
        ? fillDate(dateWords.dayRange, { a: dayName(MONDAY_FIRST[run[0]!]!), b: dayName(MONDAY_FIRST[run.at(-1)!]!) })
        : run.map((p) => dayName(MONDAY_FIRST[p]!)).join(listSeparator()),
    )
    .join(listSeparator())
}

const listSeparator = () => dateWords.list
const formatIntervals = (intervals: Interval[]) =>
  intervals.map(([a, b]) => (a === 0 && b === MINUTES_PER_DAY ? dateWords.allDay : ltr(`${hhmm(a)}–${hhmm(b)}`))).join(listSeparator())

/**
 * Plain-language lines, one per group of days with the same hours, closed days last:
 * `['周三至周日 11:00–13:30、15:00–17:30', '周一、周二闭馆']`.
 */
export function describeHours(hours: ParsedHours): string[] {
  return hours.kind === 'unsupported' ? [hours.raw] : describeWeek(hours.week, true)
}

function describeWeek(week: WeekSchedule, withClosed: boolean): string[] {
  const groups = new Map<string, number[]>()
  for (const d of MONDAY_FIRST) {
    const key = formatIntervals(week[d]!)
    groups.set(key, [...(groups.get(key) ?? []), d])
  }
  const lines: string[] = []
  let closed: number[] = []
  for (const [times, days] of groups) {
    if (times === '') closed = days
    else lines.push(`${formatDays(days)} ${times}`)
  }
  if (withClosed && closed.length) lines.push(fillDate(dateWords.closedOn, { a: formatDays(closed) }))
  return lines
}

/**
 * The same weekly hours on 新疆时间 (UTC+6, two hours behind Beijing), one line per group of days, closed
 * days left out: `['周三至周日 09:00–11:30、13:00–15:30']`. Nothing for hours that are not a week, or that
 * start before 02:00 Beijing time, which would move to the day before.
 */
export function describeXinjiangHours(hours: ParsedHours): string[] {
  if (hours.kind === 'unsupported') return []
  const shift = XINJIANG_OFFSET_MINUTES - BEIJING_OFFSET_MINUTES
  if (hours.week.some((day) => day.some(([a]) => a + shift < 0))) return []
  return describeWeek(
    hours.week.map((day) => day.map(([a, b]): Interval => [a + shift, b + shift])),
    false,
  )
}

/** Beijing weekday and minute of the day of an instant. */
export function beijingClock(now: Date): { weekday: number; minute: number } {
  const shifted = new Date(now.getTime() + BEIJING_OFFSET_MINUTES * 60_000)
  return { weekday: shifted.getUTCDay(), minute: shifted.getUTCHours() * 60 + shifted.getUTCMinutes() }
}

export type HoursStatus =
  | { state: 'open'; closesAt: string }
  | { state: 'closed'; opens: { daysAhead: number; weekday: number; time: string; day: string } | null }
  | { state: 'unknown' }

/** Is a Beijing day (`YYYY-MM-DD`) inside one of a venue's published closures (春节闭馆 …)? */
export type ClosedOn = (day: string) => boolean

/** A venue's published closures as a ClosedOn; undefined when it has none (nothing to count out). */
export const closedOn = (closures: readonly Pick<VenueClosure, 'start' | 'end'>[]): ClosedOn | undefined =>
  closures.length ? (day) => closures.some((c) => c.start <= day && day <= c.end) : undefined

/** How far ahead the next opening is looked for: a week, and past a closure of up to two months. */
const LOOK_AHEAD_DAYS = 62

/**
 * Open or closed at an instant, judged on the Beijing clock, with the next change. A day in a published
 * closure (`closed`) has no hours: before, the page of a museum closed for 春节 said 开放中.
 */
export function hoursStatus(hours: ParsedHours, now: Date, closed?: ClosedOn): HoursStatus {
  if (hours.kind === 'unsupported') return { state: 'unknown' }
  const { weekday, minute } = beijingClock(now)
  const today = beijingDay(now)
  // Days are only counted out for a venue with closures: the map asks this of 5 000 venues at a time.
  const intervals = (ahead: number) => (closed?.(addDays(today, ahead)) ? [] : hours.week[(weekday + ahead) % 7]!)
  const current = intervals(0).find(([a, b]) => a <= minute && minute < b)
  if (current) {
    // Hours that run to midnight go on where the next day opens at 00:00 (Fr 18:00-24:00; Sa 00:00-02:00):
    // at 23:00 on Friday the venue closes at 02:00, not 24:00.
    let end = current[1]
    for (let ahead = 1; end === MINUTES_PER_DAY && ahead < 7; ahead++) {
      const next = intervals(ahead).find(([a]) => a === 0)
      if (!next) break
      end = next[1]
    }
    return { state: 'open', closesAt: hhmm(end) }
  }
  for (let ahead = 0; ahead <= LOOK_AHEAD_DAYS; ahead++) {
    const next = intervals(ahead).find(([a]) => ahead > 0 || a > minute)
    if (next)
      return {
        state: 'closed',
        opens: { daysAhead: ahead, weekday: (weekday + ahead) % 7, time: hhmm(next[0]), day: addDays(today, ahead) },
      }
    // Without closures the week repeats: nothing in seven days is nothing at all.
    if (ahead === 7 && hours.week.every((d) => !d.length)) break
  }
  return { state: 'closed', opens: null }
}

/** `开放中，13:30 关门` · `今天 15:00 开门` · `明天 11:00 开门` · `周三 11:00 开门` · `2月19日 11:00 开门` · `开放时间未知`. */
export function formatStatus(status: HoursStatus): string {
  const words = dateWords
  if (status.state === 'unknown') return words.hoursUnknown
  if (status.state === 'open') return fillDate(words.openUntil, { a: ltr(status.closesAt) })
  if (!status.opens) return words.noHours
  const { daysAhead, weekday, time, day } = status.opens
  // A week or more ahead, the weekday alone would read as this week's (周三 on a Wednesday evening): the date.
  const when = daysAhead === 0 ? words.today : daysAhead === 1 ? words.tomorrow : daysAhead < 7 ? dayName(weekday) : formatMonthDay(day)
  return fillDate(words.opensAt, { a: when, b: ltr(time) })
}

/** Is the venue open at some time on this Beijing day (`YYYY-MM-DD`)? null when unknown. */
export function isOpenOnDay(hours: ParsedHours, day: string, closed?: ClosedOn): boolean | null {
  if (hours.kind === 'unsupported') return null
  const weekday = hours.week[new Date(`${day}T00:00:00Z`).getUTCDay()]
  // A day that is no date (a hand-edited link) has no weekday: unknown, never a crash.
  return weekday ? weekday.length > 0 && !closed?.(day) : null
}

/** The opening intervals on a Beijing day (`YYYY-MM-DD`): [] when closed, null when unknown. */
export function intervalsOnDay(hours: ParsedHours, day: string): Interval[] | null {
  if (hours.kind === 'unsupported') return null
  return hours.week[new Date(`${day}T00:00:00Z`).getUTCDay()]!
}

/** `11:00–13:30、15:00–17:30`, or `全天`. */
export const describeIntervals = (intervals: Interval[]) => formatIntervals(intervals)

/** Is the venue open at this instant? null when unknown. */
export function isOpenAt(hours: ParsedHours, now: Date, closed?: ClosedOn): boolean | null {
  const status = hoursStatus(hours, now, closed)
  return status.state === 'unknown' ? null : status.state === 'open'
}

/** The status of a venue's published hours at an instant, its closures applied; `unknown` when none are published. */
export function venueHoursStatus(venue: { hours: { osm?: string }; closures: readonly VenueClosure[] }, now: Date): HoursStatus {
  return venue.hours.osm ? hoursStatus(parseHours(venue.hours.osm), now, closedOn(venue.closures)) : { state: 'unknown' }
}
