/**
 * The build's "today", a Beijing calendar day. `KEPU_TODAY=YYYY-MM-DD` overrides the clock, so a build (and
 * the tests run against it) can be made as of any date: campaigns are generated from it, the precache takes
 * its months, and published sources may not be dated after it.
 */
import { beijingDay } from '../shared/time'

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Today in Beijing, or the day `KEPU_TODAY` names. Throws a readable error for a malformed override. */
export function buildToday(env: Record<string, string | undefined> = process.env, now: number = Date.now()): string {
  const override = env.KEPU_TODAY?.trim()
  if (!override) return beijingDay(now)
  const match = DAY_RE.exec(override)
  const real = match && new Date(`${override}T00:00:00Z`).toISOString().slice(0, 10) === override
  if (!real) throw new Error(`KEPU_TODAY: "${override}" is not a real date (YYYY-MM-DD, e.g. 2028-03-01)`)
  return override
}

/** The instant the build treats as "now": noon Beijing time of the build's today, or the real clock. */
export function buildNow(env: Record<string, string | undefined> = process.env, now: number = Date.now()): number {
  return env.KEPU_TODAY?.trim() ? Date.parse(`${buildToday(env, now)}T12:00:00+08:00`) : now
}
