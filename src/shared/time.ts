/**
 * Beijing-time calendar helpers. Every date the app shows is computed here, never with the device's
 * zone: Beijing is UTC+8 all year, so fixed-offset arithmetic is exact and needs no Intl time zone data.
 * A "day" is a `YYYY-MM-DD` string in Beijing time; strings compare in calendar order.
 */
import { BEIJING_OFFSET_MINUTES } from './constants'

const MINUTE = 60_000
const DAY = 86_400_000
export const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'] as const

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

/** `5月23日` */
export function formatMonthDay(day: string): string {
  const [, m, d] = day.split('-')
  return `${Number(m)}月${Number(d)}日`
}

/** `2026年5月23日` */
export function formatFullDay(day: string): string {
  return `${day.slice(0, 4)}年${formatMonthDay(day)}`
}

/** `周六` */
export function formatWeekday(day: string): string {
  return `周${WEEKDAYS[weekdayOf(day)]}`
}

/** `2021—2025年`, or `2025年` when both ends are the same year: the one style for year ranges. */
export function formatYearRange(start: number | string, end: number | string): string {
  return String(start) === String(end) ? `${start}年` : `${start}—${end}年`
}

/** `12月1日 至 12月7日`: the one style for day ranges (as formatDateRange writes them). */
export function formatDayRange(from: string, to: string): string {
  return from === to ? formatMonthDay(from) : `${formatMonthDay(from)} 至 ${formatMonthDay(to)}`
}

/** `2026年5月` */
export function formatMonth(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`
}
