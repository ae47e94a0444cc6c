/** rrule ships CommonJS to Node; this default-import wrapper works under tsx, Vite and Vitest alike. */
import rrule from 'rrule'

import { BEIJING_OFFSET_MINUTES } from '../shared/constants'

export const rrulestr: typeof import('rrule').rrulestr = rrule.rrulestr

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * A content rule's UNTIL as the expansion needs it. Series expand on Beijing wall-clock time held in UTC dates
 * (expand.ts), so an UNTIL must be on that clock too: a date alone (what organisers write, 截止日期) includes
 * its whole day (rrule read it as midnight, and a 09:00 session on that day was dropped); a UTC time (`…Z`)
 * moves 8 hours on; a time without a zone is already Beijing time.
 */
export function beijingUntil(rule: string): string {
  return rule.replace(/(^|;)UNTIL=(\d{8})(?:T(\d{6})(Z?))?(?=;|$)/, (_, sep: string, day: string, time?: string, utc?: string) => {
    if (!time) return `${sep}UNTIL=${day}T235959Z`
    if (!utc) return `${sep}UNTIL=${day}T${time}Z`
    const at = new Date(
      Date.UTC(+day.slice(0, 4), +day.slice(4, 6) - 1, +day.slice(6, 8), +time.slice(0, 2), +time.slice(2, 4), +time.slice(4, 6)) +
        BEIJING_OFFSET_MINUTES * 60_000,
    )
    const stamp = `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}T${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}Z`
    return `${sep}UNTIL=${stamp}`
  })
}

/** A content event's `rrule` (with or without its `RRULE:` prefix) from `dtstart`, on the Beijing clock. */
export function beijingRule(rule: string, dtstart: Date) {
  return rrulestr(`RRULE:${beijingUntil(rule.replace(/^RRULE:/, ''))}`, { dtstart })
}
