import { t } from '@/i18n'
import { formatTimeRange } from '@/shared/eventFormat'
import type { EventItem } from '@/shared/types'

/**
 * An event's time of day: its hours, or 全天 for an event dated to the day. Null for one dated only to a
 * month, a year or a period: "2026年全年 · 全天" read as if it ran day and night all year.
 */
export function timeOfDay(event: Pick<EventItem, 'start' | 'end' | 'allDay' | 'datePrecision'>): string | null {
  return formatTimeRange(event) ?? (event.datePrecision === 'day' ? t('event.allDay') : null)
}
