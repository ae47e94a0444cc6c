/** "本周末可以去": which venues are open on this weekend's Saturday and Sunday, from their published hours. */
import { describeIntervals, intervalsOnDay, parseHours } from './hours'
import { addDays, formatWeekday, weekdayOf } from './time'
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

const closedBy = (venue: Venue, day: string) => venue.closures.some((c) => c.start <= day && day <= c.end)

/**
 * Venues open on a day of the coming weekend, with that day's hours. Only hours in OpenStreetMap form count
 * (what the venue page shows as published); a published closure on the day wins. Never guessed: a venue
 * without such hours is left out rather than shown as open. `region` narrows to one region when given.
 */
export function weekendOpenings(venues: readonly Venue[], today: string, region?: string): WeekendOpening[] {
  const days = weekendDays(today)
  const result: WeekendOpening[] = []
  for (const venue of venues) {
    if (!venue.hours.osm || (region && venue.region !== region)) continue
    const hours = parseHours(venue.hours.osm)
    const open: WeekendDay[] = []
    for (const day of days) {
      const intervals = intervalsOnDay(hours, day)
      if (intervals?.length && !closedBy(venue, day)) {
        open.push({ day, label: formatWeekday(day), hours: describeIntervals(intervals) })
      }
    }
    if (open.length) result.push({ venue, days: open })
  }
  return result
}
