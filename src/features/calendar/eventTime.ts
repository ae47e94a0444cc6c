import { t } from '@/i18n'
import { formatTimeRange } from '@/shared/eventFormat'
import { dayOf, daysBetween } from '@/shared/time'
import type { EventItem } from '@/shared/types'

/** Longer than a week, an event dated to the day is a season of activities (科技之冬, 15 November to 31 March). */
const LONGEST_ALL_DAY = 7

/**
 * An event's time of day: its hours, or 全天 for an event dated to the day. Null for one dated only to a
 * month, a year or a period: "2026年全年 · 全天" read as if it ran day and night all year; and for a season,
 * whose activities each have their own hours ("11月15日 至 3月31日 · 全天" said the same).
 */
export function timeOfDay(event: Pick<EventItem, 'start' | 'end' | 'allDay' | 'datePrecision'>): string | null {
  const time = formatTimeRange(event)
  if (time) return time
  if (event.datePrecision !== 'day' || daysBetween(dayOf(event.start), dayOf(event.end)) >= LONGEST_ALL_DAY) return null
  return t('event.allDay')
}
