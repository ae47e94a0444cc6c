/** "本周末可以去": which venues are open on this weekend's Saturday and Sunday, from their published hours. */
import { beijingClock, closedOn, describeIntervals, intervalsOnDay, parseHours } from './hours'
import { addDays, beijingDay, formatWeekday, weekdayOf } from './time'
import type { Venue } from './types'

export interface WeekendDay {
  day: string
  /** 周六 or 周日. */
  label: string
  /** `11:00–13:30、15:00–17:30` */
  hours: string
}

export interface WeekendOpening {
  venue: Venue
  days: WeekendDay[]
}

/** This week's Saturday and Sunday that have not passed by `today` (Beijing): on a Sunday, only Sunday. */
export function weekendDays(today: string): string[] {
  const weekday = weekdayOf(today)
  const saturday = addDays(today, weekday === 0 ? -1 : 6 - weekday)
  return [saturday, addDays(saturday, 1)].filter((day) => day >= today)
}

/**
 * Venues open on a day of the coming weekend, with that day's hours still ahead at `now`: on Sunday afternoon
 * only the hours that have not ended (at 22:00 a family must not be sent to a museum that closed at 17:30).
 * Only hours in OpenStreetMap form count (what the venue page shows as published); a published closure on the
 * day wins (unless `closures: false`: are this weekend's hours behind?). Never guessed: a venue without such
 * hours is left out rather than shown as open. `region` narrows to one region when given.
 */
export function weekendOpenings(
  venues: readonly Venue[],
  now: Date,
  region?: string,
  options: { closures?: boolean } = {},
): WeekendOpening[] {
  const today = beijingDay(now)
  const { minute } = beijingClock(now)
  const days = weekendDays(today)
  const result: WeekendOpening[] = []
  for (const venue of venues) {
    if (!venue.hours.osm || (region && venue.region !== region)) continue
    const hours = parseHours(venue.hours.osm)
    const open: WeekendDay[] = []
    for (const day of days) {
      const intervals = intervalsOnDay(hours, day)?.filter(([, end]) => day !== today || end > minute)
      if (intervals?.length && !(options.closures !== false && closedOn(venue.closures)?.(day))) {
        open.push({ day, label: formatWeekday(day), hours: describeIntervals(intervals) })
      }
    }
    if (open.length) result.push({ venue, days: open })
  }
  return result
}

/**
 * The next weekend's Saturday, 00:00 Beijing, once this weekend has begun: what weekendOpenings() lists when
 * this weekend's hours are all behind (Sunday evening). null on a weekday, when this weekend is still ahead.
 */
export function nextWeekendStart(now: Date): Date | null {
  const today = beijingDay(now)
  const weekday = weekdayOf(today)
  if (weekday !== 0 && weekday !== 6) return null
  return new Date(`${addDays(today, weekday === 0 ? 6 : 7)}T00:00:00+08:00`)
}
