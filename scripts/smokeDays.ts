/**
 * The three days `npm test` runs the smoke set on: the start of the content (1 January of the first year a
 * campaign runs), today (KEPU_TODAY, or the real Beijing date) and a year after the last dated event file.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { buildToday } from '../src/build/today'

export interface SmokeDay {
  label: string
  day: string
}

const readAll = (dir: string) => readdirSync(dir).map((name) => parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>)

export function smokeDays(contentDir = 'content', env: Record<string, string | undefined> = process.env): SmokeDay[] {
  const firstYear = Math.min(...readAll(join(contentDir, 'campaigns')).map((c) => Number(c.from ?? 9999)))
  const lastEnd = readAll(join(contentDir, 'events'))
    .map((e) => String(e.end).slice(0, 10))
    .sort()
    .at(-1)!
  const yearAfter = `${Number(lastEnd.slice(0, 4)) + 1}${lastEnd.slice(4)}`.replace(/-02-29$/, '-02-28')
  return [
    { label: 'start of the content', day: `${firstYear}-01-01` },
    { label: 'today', day: buildToday(env) },
    { label: 'a year after the last dated content', day: yearAfter },
  ]
}
