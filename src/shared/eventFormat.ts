/** How an event's dates read to a user. Always Beijing time; the caller shows the "北京时间" label. */
import { XINJIANG_OFFSET_MINUTES } from './constants'
import {
  beijingTime,
  dateWords,
  dayOf,
  daysBetween,
  fillDate,
  formatFullDay,
  formatMonth,
  formatMonthDay,
  formatWeekday,
  ltr,
  timeAtOffset,
  weekdayOf,
} from './time'
import type { EventItem } from './types'

const ZH_WEEKDAYS = '日一二三四五六'

type When = Pick<EventItem, 'start' | 'end' | 'allDay'> & Partial<Pick<EventItem, 'datePrecision'>>
/** What dates an event by day: its start, end and how precise they are (allDay may come along, unread). */
type Dated = Omit<When, 'allDay'> & Partial<Pick<EventItem, 'allDay'>>

/** Year- or period-long work ("全年开展") rather than an event on particular days. */
export function isOngoingWork(event: Partial<Pick<EventItem, 'datePrecision'>>): boolean {
  return event.datePrecision === 'year' || event.datePrecision === 'period'
}

/** `2026年5月23日（周六）` or `5月23日（周六）至 5月30日（周六）`, with the year when `withYear`. */
export function formatDateRange(event: Dated, options: { withYear?: boolean; weekday?: boolean } = {}): string {
  const start = dayOf(event.start)
  const end = dayOf(event.end)
  const words = dateWords
  const range = (a: string, b: string) => fillDate(words.range, { a, b })
  // Never show more precision than the source has.
  if (event.datePrecision === 'year') return fillDate(words.year, { y: start.slice(0, 4) })
  if (event.datePrecision === 'period') {
    const [a, b] = [start.slice(0, 4), end.slice(0, 4)]
    return a === b ? fillDate(words.year, { y: a }) : fillDate(words.period, { a, b })
  }
  if (event.datePrecision === 'month') {
    const [a, b] = [formatMonth(start.slice(0, 7)), formatMonth(end.slice(0, 7))]
    return start.slice(0, 7) === end.slice(0, 7) ? a : range(a, b)
  }
  // The end day repeats the year only when it differs.
  const withYear = (d: string) => options.withYear && (d === start || start.slice(0, 4) !== end.slice(0, 4))
  const date = (d: string) => (withYear(d) ? formatFullDay(d) : formatMonthDay(d))
  // Without the weekday where the range is itself in brackets: （11月15日（周日） 至 …） nests them.
  const day = (d: string) => (options.weekday === false ? date(d) : fillDate(words.dayWeekday, { a: date(d), b: formatWeekday(d) }))
  return start === end ? day(start) : range(day(start), day(end))
}

/** `09:30–11:30`, or null for all-day events. */
export function formatTimeRange(event: When): string | null {
  if (event.allDay) return null
  return ltr(`${beijingTime(event.start)}–${beijingTime(event.end)}`)
}

/** The same time range in 新疆时间 (UTC+6), for users who live by it. */
export function formatXinjiangTimeRange(event: When): string | null {
  if (event.allDay) return null
  return ltr(`${timeAtOffset(event.start, XINJIANG_OFFSET_MINUTES)}–${timeAtOffset(event.end, XINJIANG_OFFSET_MINUTES)}`)
}

export type EventPhase = 'upcoming' | 'ongoing' | 'past'

/**
 * Where an event stands relative to a Beijing day; with `now`, a timed event on its own days is also placed
 * by the clock: upcoming before its start, past from its end (a 19:00 talk said 进行中 at 08:00 and at 23:00).
 */
export function eventPhase(event: Dated, today: string, now?: Date): EventPhase {
  if (dayOf(event.end) < today) return 'past'
  if (dayOf(event.start) > today) return 'upcoming'
  if (now && event.allDay === false) {
    const at = now.getTime()
    if (at < Date.parse(event.start)) return 'upcoming'
    if (at >= Date.parse(event.end)) return 'past'
  }
  return 'ongoing'
}

/** Ended on or before the day before `today` (Beijing): it says 已结束 and is never offered for a calendar. */
export function isEnded(event: Pick<EventItem, 'end'>, today: string): boolean {
  return dayOf(event.end) < today
}

/**
 * Year- or period-long work that has ended, such as the 十三五 counts the plans report: history to look
 * back on (回顾), never an item of the agenda, 我的日程 or upcoming search results.
 */
export function isHistory(event: Pick<EventItem, 'end'> & Partial<Pick<EventItem, 'datePrecision'>>, today: string): boolean {
  return isOngoingWork(event) && isEnded(event, today)
}

/** Days an event covers, counting both its first and last day. */
export function spanDays(event: Pick<EventItem, 'start' | 'end'>): number {
  return daysBetween(dayOf(event.start), dayOf(event.end)) + 1
}

/** A campaign or season longer than two weeks: one "正在进行" line, never a card in every week. */
export const isSeason = (event: Pick<EventItem, 'start' | 'end'>) => spanDays(event) > 14

/**
 * Longer than a week, an event goes into a phone calendar as its first day with a reminder (both the
 * .ics buttons and the /data/events.ics feed): a 4½-month all-day banner would sit over every day.
 */
export const ICS_FIRST_DAY_AFTER_DAYS = 7
/** Seconds before an all-day first day that its reminder fires: 09:00 the day before. */
export const ICS_FIRST_DAY_ALARM_SECONDS = 15 * 3600

export const isFirstDayInCalendar = (event: Pick<EventItem, 'start' | 'end'>) => spanDays(event) > ICS_FIRST_DAY_AFTER_DAYS

/**
 * A long event already under way on `today` (Beijing date) goes into a phone calendar as its last day:
 * its first day is past, and an entry there reminded nobody (科技之冬 added in December sat in November).
 */
export const isLastDayInCalendar = (event: Pick<EventItem, 'start' | 'end'>, today: string | undefined) =>
  today !== undefined && isFirstDayInCalendar(event) && dayOf(event.start) < today && today <= dayOf(event.end)

/** The full span, written into a long event's calendar entry, which shows only its first (or last) day. */
export function firstDayNote(event: Pick<EventItem, 'start' | 'end'>, which: 'first' | 'last' | 'lastToday' = 'first'): string {
  // The calendar file is Chinese for every reader (its other lines are the content's own words), so its
  // dates are Chinese too, whatever language the page is in.
  const day = (d: string) => `${+d.slice(0, 4)}年${+d.slice(5, 7)}月${+d.slice(8, 10)}日（周${ZH_WEEKDAYS[weekdayOf(d)]}）`
  const shown = {
    first: '日历中只标出第一天，并在前一天提醒。',
    last: '已在进行中：日历中只标出最后一天，并在前一天提醒。',
    lastToday: '今天是最后一天：日历中只标出今天。',
  }[which]
  return `活动持续${spanDays(event)}天：${day(dayOf(event.start))}至${day(dayOf(event.end))}（北京时间）。${shown}`
}
