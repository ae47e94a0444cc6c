/**
 * Fuzz (issue 18): a few hundred generated backups, rosters and URL parameters, from a seeded generator
 * so a failure reproduces. Every parser must answer — a result or a reported problem — and never throw;
 * whatever it accepts must pass the schema the stores read with, so no accepted record can break a page.
 */
import { describe, expect, it } from 'vitest'

import { parseUserDataFile, USER_DATA_FORMAT } from '@/data/userDataFile'
import { invalidOpenDate, parseFilters } from '@/features/map/filters'
import { planFromQuery } from '@/features/planner/share'
import { parseRosterCsv, parseRosterIcs } from '@/features/volunteer/roster'
import { clashReport } from '@/shared/clash'
import { parseDay, parseMonth } from '@/shared/time'
import { checkRecords } from '@/shared/userRecords'

/** mulberry32: small, seeded, good enough to spread inputs. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const NOW = new Date('2026-12-01T02:00:00Z')
const SCALARS: unknown[] = [
  null,
  0,
  -1,
  1e308,
  NaN,
  '',
  ' ',
  'x',
  '\u0000',
  '<script>alert(1)</script>',
  '长'.repeat(700),
  true,
  [],
  {},
  '9999-99-99',
  '2026-02-30',
  '2026-12-05',
  '2026-12-05T10:00:00+08:00',
  '2026-12-05T25:00:00+99:00',
  '12:00',
]
const KEYS = [
  'id',
  'key',
  'value',
  'addedAt',
  'updatedAt',
  'createdAt',
  'seen',
  'start',
  'end',
  'title',
  'role',
  'origin',
  'bring',
  'sample',
  'date',
  'grade',
  'students',
  '__proto__',
  'constructor',
]

function gen(r: () => number, depth = 0): unknown {
  const pick = r()
  if (depth > 2 || pick < 0.5) return SCALARS[Math.floor(r() * SCALARS.length)]
  if (pick < 0.7) return Array.from({ length: Math.floor(r() * 4) }, () => gen(r, depth + 1))
  return Object.fromEntries(Array.from({ length: Math.floor(r() * 6) }, () => [KEYS[Math.floor(r() * KEYS.length)]!, gen(r, depth + 1)]))
}

const goodShift = (i: number) => ({
  id: `import:${i}`,
  origin: 'import',
  eventTitle: '科普日',
  role: '引导',
  start: '2026-12-05T10:00:00+08:00',
  end: '2026-12-05T12:00:00+08:00',
  meetingPoint: '门口',
  team: '一队',
  lead: '队长',
  bring: [],
  sample: false,
  addedAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  seen: { role: '引导', start: '2026-12-05T10:00:00+08:00', end: '2026-12-05T12:00:00+08:00', meetingPoint: '门口' },
})

/** A record mutated from a good one: a field dropped, retyped or replaced. */
function mutate(r: () => number, record: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = JSON.parse(JSON.stringify(record))
  const keys = Object.keys(copy)
  const key = keys[Math.floor(r() * keys.length)]!
  if (r() < 0.3) delete copy[key]
  else copy[key] = gen(r)
  return copy
}

describe('fuzz: backups', () => {
  it('300 generated backup files: never a throw, and everything accepted passes its store’s schema', () => {
    const r = rng(18)
    for (let n = 0; n < 300; n++) {
      const shifts = Array.from({ length: Math.floor(r() * 4) }, (_, i) => (r() < 0.5 ? goodShift(i) : mutate(r, goodShift(i))))
      const stores = r() < 0.2 ? gen(r) : { shifts, schedule: [gen(r), gen(r)], visitPlans: [gen(r)], kv: [gen(r)] }
      const text =
        r() < 0.1 ? JSON.stringify(gen(r)).slice(0, Math.floor(r() * 40)) : JSON.stringify({ format: USER_DATA_FORMAT, version: 1, stores })
      const parsed = parseUserDataFile(text, { now: NOW })
      if (!parsed.ok) continue
      for (const store of ['schedule', 'visitPlans', 'shifts'] as const) {
        const list = parsed.file.stores[store]
        expect(checkRecords(store, list, { now: NOW }).bad).toEqual([])
      }
      // Accepted shifts can be drawn: their clash report never throws.
      clashReport(parsed.file.stores.shifts as never[])
    }
  })
})

describe('fuzz: rosters', () => {
  const cells = [
    '科普日',
    '引导',
    '2026-12-05 10:00',
    '12:00',
    '门口',
    '"',
    '""',
    '2026-13-45 10:00',
    '25:00',
    '',
    ' ',
    '\u0000',
    '9999-12-31 10:00',
    '长'.repeat(600),
    '=cmd()',
    '\r',
  ]
  it('200 generated CSV rosters: every row is imported or named as a problem, never a throw', () => {
    const r = rng(7)
    for (let n = 0; n < 200; n++) {
      const header = r() < 0.8 ? '活动,岗位,开始,结束,集合地点' : cells.slice(0, Math.floor(r() * 5)).join(',')
      const rows = Array.from({ length: Math.floor(r() * 8) }, () =>
        Array.from({ length: 5 }, () => cells[Math.floor(r() * cells.length)]).join(','),
      )
      const result = parseRosterCsv([header, ...rows].join('\n'), NOW.toISOString())
      expect(checkRecords('shifts', result.shifts).bad).toEqual([])
      if (!result.shifts.length) expect(result.problems.length).toBeGreaterThan(0)
    }
  })

  it('100 generated .ics rosters: never a throw, accepted shifts pass the schema', async () => {
    const r = rng(11)
    const values = [
      '20261226T100000',
      '20261226T120000',
      '20261226T020000Z',
      '2026XXXXT100000',
      '99991226T100000',
      '20260230T100000',
      '',
      'T',
    ]
    const lines = () => {
      const v = () => values[Math.floor(r() * values.length)]
      const tz = r() < 0.3 ? ';TZID=Mars/Olympus' : r() < 0.5 ? ';TZID=Asia/Shanghai' : ''
      return [`DTSTART${tz}:${v()}`, `DTEND${tz}:${v()}`, r() < 0.5 ? 'SUMMARY:讲解' : 'SUMMARY;X=1:' + '长'.repeat(300)]
    }
    for (let n = 0; n < 100; n++) {
      const events = Array.from({ length: Math.floor(r() * 4) }, (_, i) =>
        ['BEGIN:VEVENT', `UID:u${i}`, ...lines(), 'END:VEVENT'].join('\r\n'),
      )
      const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events, r() < 0.9 ? 'END:VCALENDAR' : ''].join('\r\n')
      const result = await parseRosterIcs(text, NOW.toISOString())
      expect(checkRecords('shifts', result.shifts).bad).toEqual([])
    }
  })
})

describe('fuzz: URL parameters', () => {
  it('300 generated dates and queries: a real day or null, never a throw or NaN', () => {
    const r = rng(3)
    const digits = () => String(Math.floor(r() * 10 ** (1 + Math.floor(r() * 4)))).padStart(Math.floor(r() * 5), '0')
    for (let n = 0; n < 300; n++) {
      const value = r() < 0.8 ? `${digits()}-${digits()}-${digits()}` : (gen(r) as string)
      const day = parseDay(value)
      if (day) expect(new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10)).toBe(day)
      parseMonth(value)
      const query = {
        open: value,
        date: value,
        venue: r() < 0.5 ? 'changji-dinosaur-museum' : (gen(r) as string),
        students: gen(r) as string,
      } as never
      const filters = parseFilters(query)
      expect(filters.open === null || filters.open === 'now' || parseDay(filters.open) === filters.open).toBe(true)
      if (typeof value === 'string' && value && value !== 'now' && !day) expect(invalidOpenDate(query)).not.toBeNull()
      const plan = planFromQuery(query)
      if (plan) expect(plan.date === '' || parseDay(plan.date) === plan.date).toBe(true)
    }
  })
})
