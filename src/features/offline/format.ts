import { beijingDay, formatFullDay } from '@/shared/time'

/** The Beijing day content was built, as users read it (`2026年11月26日`). */
export function contentDate(builtAt: string | undefined): string {
  return builtAt ? formatFullDay(beijingDay(new Date(builtAt))) : ''
}
