/**
 * Beijing-time calendar helpers. Every date the app shows is computed here, never with the device's
 * zone: Beijing is UTC+8 all year, so fixed-offset arithmetic is exact and needs no Intl time zone data.
 * A "day" is a `YYYY-MM-DD` string in Beijing time; strings compare in calendar order.
 */
import { BEIJING_OFFSET_MINUTES } from './constants'

const MINUTE = 60_000
const DAY = 86_400_000

/** The Beijing calendar day of an instant. */
export function beijingDay(instant: Date | number): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime()
  return new Date(ms + BEIJING_OFFSET_MINUTES * MINUTE).toISOString().slice(0, 10)
}

/** Beijing wall-clock `HH:mm` of an instant. */
export function beijingTime(instant: Date | number | string): string {
  const ms = new Date(instant).getTime()
  return new Date(ms + BEIJING_OFFSET_MINUTES * MINUTE).toISOString().slice(11, 16)
}

/** Wall-clock `HH:mm` of an instant at a fixed UTC offset (e.g. 新疆时间, UTC+6). */
export function timeAtOffset(instant: string | number, offsetMinutes: number): string {
  const ms = new Date(instant).getTime()
  return new Date(ms + offsetMinutes * MINUTE).toISOString().slice(11, 16)
}

/** Years a date from outside (URL, file) may name; anything else is a typo or an attack, not a plan. */
export const MIN_YEAR = 2000
export const MAX_YEAR = 2100

/**
 * The one strict reader of `YYYY-MM-DD` from outside (URL parameters, share links, files): a real
 * calendar day (no 02-30, no month 13) in MIN_YEAR–MAX_YEAR, or null. Callers fall back and say so.
 */
export function parseDay(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1) return null
  // Day 0 of the next month is the last day of this one (leap years included).
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate() ? value : null
}

/** A strict `YYYY-MM` in MIN_YEAR–MAX_YEAR, or null. */
export function parseMonth(value: unknown): string | null {
  return typeof value === 'string' && /^\d{4}-\d{2}$/.test(value) && parseDay(`${value}-01`) ? value : null
}

export function isDateOnly(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value)
}

/** The Beijing day a content date or date-time falls on. */
export function dayOf(value: string): string {
  // Fast paths (the calendar calls this for every event): a plain date, or a +08:00 date-time, whose
  // wall-clock date already is the Beijing day.
  if (value.length === 10) return value
  if (value.endsWith('+08:00')) return value.slice(0, 10)
  return beijingDay(new Date(value))
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10)
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY)
}

/** 0 = Sunday … 6 = Saturday, for a calendar day. */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay()
}

/** Monday of the week containing `day` (Chinese weeks start on Monday). */
export function mondayOf(day: string): string {
  return addDays(day, -((weekdayOf(day) + 6) % 7))
}

export function monthOf(day: string): string {
  return day.slice(0, 7)
}

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const index = y * 12 + (m - 1) + n
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** Every `YYYY-MM` from the month of `startDay` to the month of `endDay`, inclusive. */
export function monthsBetween(startDay: string, endDay: string): string[] {
  const months: string[] = []
  for (let m = monthOf(startDay); m <= monthOf(endDay); m = addMonths(m, 1)) months.push(m)
  return months
}

/** Does the inclusive range [start, end] of days overlap [from, to]? */
export function overlapsDays(start: string, end: string, from: string, to: string): boolean {
  return start <= to && end >= from
}

/**
 * Month and weekday names and date patterns of the UI language. Chinese is built in; src/i18n sets another
 * language's words when the user chose one (shipped with it: Chromium has no Intl data for Uyghur, so
 * Intl would fall back silently). Patterns use {y} year, {m} month number, {M} month name, {d} day,
 * {a}/{b} two parts.
 */
export interface DateWords {
  /** Right-to-left: times and ranges are isolated so "09:00–17:00" never reads backwards. */
  rtl: boolean
  /** January first. */
  months: readonly string[]
  /**
   * Abbreviated month names, where the language writes them (English): the calendar's week title, which
   * "November 26 – December 2" broke into four short lines on a 360 px phone in 长辈模式.
   */
  monthsShort?: readonly string[]
  /** Sunday first. */
  weekdays: readonly string[]
  /** Sunday first, for the month grid's column heads. */
  weekdaysShort: readonly string[]
  monthDay: string
  fullDay: string
  month: string
  /** A day {a} with its weekday {b}. */
  dayWeekday: string
  /** From date {a} to date {b}. */
  range: string
  /** From weekday {a} to weekday {b}. */
  dayRange: string
  /** All of year {y}. */
  year: string
  /** Between years {a} and {b}. */
  period: string
  /** Separator of a list of days or times. */
  list: string
  /** After a label, before its value (`来源：`). */
  colon: string
  /** Between the clauses of one line (`发布者，发布日期`). */
  comma: string
  /** An aside {a} after what it qualifies (`（北京时间）`). */
  paren: string
  everyDay: string
  allDay: string
  /** Closed on days {a}. */
  closedOn: string
  /** Open, closes at {a}. */
  openUntil: string
  /** Closed, opens {a} (today / tomorrow / a weekday) at {b}. */
  opensAt: string
  today: string
  tomorrow: string
  hoursUnknown: string
  noHours: string
  /** A distance of {n} kilometres (src/shared/distance.ts). */
  km: string
}

const ZH_WEEKDAYS = [...'日一二三四五六']
/** Chinese, the default. */
const ZH: DateWords = {
  rtl: false,
  months: [],
  weekdays: ZH_WEEKDAYS.map((d) => `周${d}`),
  weekdaysShort: ZH_WEEKDAYS,
  monthDay: '{m}月{d}日',
  fullDay: '{y}年{m}月{d}日',
  month: '{y}年{m}月',
  dayWeekday: '{a}（{b}）',
  range: '{a} 至 {b}',
  dayRange: '{a}至{b}',
  year: '{y}年全年',
  period: '{a}—{b}年间',
  list: '、',
  colon: '：',
  comma: '，',
  paren: '（{a}）',
  everyDay: '每天',
  allDay: '全天',
  closedOn: '{a}闭馆',
  openUntil: '开放中，{a} 关门',
  // 休息中, not 已闭馆: before opening and between sessions 已闭馆 read as "closed for the day" beside "今天 11:00 开门".
  opensAt: '休息中 · {a} {b} 开门',
  today: '今天',
  tomorrow: '明天',
  hoursUnknown: '开放时间未知，请咨询场馆',
  noHours: '暂无开放时间',
  km: '{n} 公里',
}

/** The UI language's date words (Chinese unless src/i18n set another). */
export let dateWords = ZH
export const setDateWords = (words: DateWords) => (dateWords = words)

/** Fill a DateWords pattern. */
export const fillDate = (pattern: string, v: Record<string, string | number>) =>
  pattern.replace(/\{(\w)\}/g, (_, k: string) => String(v[k]))

/** In a right-to-left language, keep a run of digits and dashes left to right (U+2066 … U+2069). */
export const ltr = (text: string) => (dateWords.rtl ? `\u2066${text}\u2069` : text)

const fillDay = (pattern: string, day: string) =>
  fillDate(pattern, { y: day.slice(0, 4), m: +day.slice(5, 7), M: dateWords.months[+day.slice(5, 7) - 1]!, d: +day.slice(8, 10) })

/** `来源：` — a label before its value, with the language's colon. */
export const withColon = (label: string) => label + dateWords.colon

/** `（北京时间）` — an aside, in the language's brackets (` (Beijing time)` in English). */
export const inParens = (text: string | number) => fillDate(dateWords.paren, { a: String(text) })

/** The reader's brackets around something a template puts between them (an element marked Chinese): `['（', '）']`. */
export const parenPieces = (): [open: string, close: string] => {
  const [open = '', close = ''] = dateWords.paren.split('{a}')
  return [open, close]
}

/** `5月23日` */
export const formatMonthDay = (day: string) => fillDay(dateWords.monthDay, day)

/**
 * A day as the week title writes it: the abbreviated month where the language has one (`Nov 26`), kept on
 * one line; otherwise as formatMonthDay.
 */
export const formatMonthDayShort = (day: string) =>
  dateWords.monthsShort
    ? fillDate(dateWords.monthDay, { M: dateWords.monthsShort[+day.slice(5, 7) - 1]!, d: +day.slice(8, 10) }).replace(/ /g, '\u00a0')
    : formatMonthDay(day)

/** `2026年5月23日` */
export const formatFullDay = (day: string) => fillDay(dateWords.fullDay, day)

/** `2026年12月9日（周三）`, `Wednesday, December 9, 2026` */
export const formatFullDayWeekday = (day: string) => fillDate(dateWords.dayWeekday, { a: formatFullDay(day), b: formatWeekday(day) })

/** `周六` */
export const formatWeekday = (day: string) => dateWords.weekdays[weekdayOf(day)]!

/** A day as the calendar titles it: 11月15日 周日. */
export const formatDayTitle = (day: string) => `${formatMonthDay(day)} ${formatWeekday(day)}`

/** `2021—2025年`, or `2025年` when both ends are the same year: the one style for year ranges. */
export function formatYearRange(start: number | string, end: number | string): string {
  if (dateWords !== ZH)
    // The period's own pattern isolates its numbers (ug, kk: the years, then their word, read right to left);
    // wrapped whole in a left-to-right isolate, the word stood before the years.
    return String(start) === String(end) ? ltr(String(start)) : fillDate(dateWords.period, { a: String(start), b: String(end) })
  return String(start) === String(end) ? `${start}年` : `${start}—${end}年`
}

/** `12月1日 至 12月7日`: the one style for day ranges (as formatDateRange writes them). */
export function formatDayRange(from: string, to: string): string {
  return from === to ? formatMonthDay(from) : fillDate(dateWords.range, { a: formatMonthDay(from), b: formatMonthDay(to) })
}

/** `2026年5月` */
export const formatMonth = (month: string) => fillDay(dateWords.month, `${month}-01`)
