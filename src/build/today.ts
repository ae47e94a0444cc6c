/**
 * The build's "today" (Beijing calendar date, YYYY-MM-DD). `KEPU_TODAY=2026-12-01` pins it, so that a
 * build and its content checks can be reproduced on any date; otherwise it is the real date.
 */
import { BEIJING_OFFSET_MINUTES } from '../shared/constants'

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/

export function buildToday(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const pinned = env.KEPU_TODAY?.trim()
  if (pinned && DAY_RE.test(pinned) && !Number.isNaN(Date.parse(`${pinned}T00:00:00Z`))) return pinned
  return new Date(now.getTime() + BEIJING_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10)
}
