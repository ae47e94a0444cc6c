/**
 * The three days `npm test` runs the smoke set on: the start of the content (the first day a dated event
 * file or a campaign's first instance begins), today (KEPU_TODAY, or the real Beijing date) and a year
 * after the last dated event file.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { parse } from 'yaml'

import { campaignInstance } from '../src/build/campaigns'
import { campaignSchema } from '../src/build/schema'
import { buildToday } from '../src/build/today'

export interface SmokeDay {
  label: string
  day: string
}

const readAll = (dir: string) => readdirSync(dir).map((name) => parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>)

export function smokeDays(contentDir = 'content', env: Record<string, string | undefined> = process.env): SmokeDay[] {
  // Dated: day precision (the default), not the year- and period-long work that has no day of its own.
  const dated = readAll(join(contentDir, 'events')).filter((e) => (e.datePrecision ?? 'day') === 'day')
  const firstInstances = readAll(join(contentDir, 'campaigns'))
    .map((c) => campaignSchema.parse(c))
    .filter((c) => c.from !== undefined && c.datePrecision === 'day')
    .map((c) => campaignInstance(c, c.from!)?.start ?? '9999-12-31')
  const start = [...dated.map((e) => String(e.start).slice(0, 10)), ...firstInstances].sort()[0]!
  const lastEnd = dated
    .map((e) => String(e.end).slice(0, 10))
    .sort()
    .at(-1)!
  const yearAfter = `${Number(lastEnd.slice(0, 4)) + 1}${lastEnd.slice(4)}`.replace(/-02-29$/, '-02-28')
  return [
    { label: 'start of the content', day: start },
    { label: 'today', day: buildToday(env) },
    { label: 'a year after the last dated content', day: yearAfter },
  ]
}
