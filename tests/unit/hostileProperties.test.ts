/**
 * Property-based fuzz (issue 18, "Done when"): fast-check generates a few hundred backups, rosters and
 * URL queries, mixing well-formed records with broken, retyped and hostile ones. For each:
 * - every parser answers (a result or a named problem) and never throws;
 * - an import leaves every record already on the device in place, replaces one only with a strictly
 *   newer copy dated no later than now, and 撤销 puts the device back exactly as it was.
 * The database is an in-memory stand-in with IndexedDB's semantics for what these imports use
 * (structured clone on write, keyPath `id`, out-of-line keys for kv). Seeds are fixed so a failure
 * reproduces; fast-check prints the shrunk input.
 */
import fc from 'fast-check'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { LocationQuery } from 'vue-router'

type Row = Record<string, unknown>
const stores = new Map<string, Map<string, unknown>>()
const storeApi = (name: string) => {
  const map = stores.get(name)!
  return {
    getAll: async () => [...map.values()].map((v) => structuredClone(v)),
    getAllKeys: async () => [...map.keys()],
    get: async (key: string) => structuredClone(map.get(key)),
    put: async (value: unknown, key?: string) => {
      map.set(key ?? String((value as Row).id), structuredClone(value))
    },
    delete: async (key: string) => {
      map.delete(key)
    },
  }
}
const fakeDb = {
  getAll: (name: string) => storeApi(name).getAll(),
  get: (name: string, key: string) => storeApi(name).get(key),
  put: (name: string, value: unknown, key?: string) => storeApi(name).put(value, key),
  delete: (name: string, key: string) => storeApi(name).delete(key),
  transaction: (names: string | string[]) => ({
    store: storeApi(Array.isArray(names) ? names[0]! : names),
    objectStore: storeApi,
    done: Promise.resolve(),
  }),
}
// The stand-in's stores are plain objects already: unwrapping one gives it back.
vi.mock('idb', async (importOriginal) => ({ ...(await importOriginal<typeof import('idb')>()), unwrap: (value: unknown) => value }))
vi.mock('@/data/db', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/data/db')>()),
  getDb: async () => fakeDb,
  requestPersistenceOnce: async () => {},
}))

const { parseUserDataFile, USER_DATA_FORMAT } = await import('@/data/userDataFile')
const { importUserData, undoLastImport, UNDO_KEY } = await import('@/data/userDataImport')
const { loadCsvParser, parseRosterCsv, parseRosterIcs } = await import('@/features/volunteer/roster')
await loadCsvParser()
const { useVolunteerStore } = await import('@/stores/volunteer')
const { checkRecords } = await import('@/shared/userRecords')
const { clashReport } = await import('@/shared/clash')
const { parseDay, parseMonth } = await import('@/shared/time')
const mapFilters = await import('@/features/map/filters')
const calendarFilters = await import('@/features/calendar/filters')
const { parseFinderQuery } = await import('@/features/planner/finder')
const { parseTargetsQuery } = await import('@/features/targets/query')
const { planFromQuery, invalidSharedDate } = await import('@/features/planner/share')

const NOW = new Date('2026-12-01T02:00:00Z')

const entry = (id: string, addedAt = '2026-11-01T00:00:00.000Z') => ({
  id,
  addedAt,
  seen: { title: id, start: '2026-12-05', end: '2026-12-05', status: 'expected', region: 'changji' },
})
const visitPlan = (id: string, updatedAt = '2026-11-02T00:00:00.000Z') => ({
  id,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt,
  venueId: 'changji-dinosaur-museum',
  date: '2026-12-10',
  session: '',
  school: '一中',
  className: '七年级1班',
  grade: 'junior',
  students: 40,
  teachers: 2,
  contact: { name: '', phone: '' },
  notes: '',
  done: [],
})
const shift = (id: string, day = '2026-12-05', updatedAt = '2026-11-01T00:00:00.000Z') => {
  const [start, end] = [`${day}T10:00:00+08:00`, `${day}T12:00:00+08:00`]
  return {
    id,
    origin: 'import',
    eventTitle: '科普日',
    role: '引导',
    start,
    end,
    meetingPoint: '东门',
    team: '一队',
    lead: '队长',
    bring: [],
    sample: false,
    addedAt: '2026-11-01T00:00:00.000Z',
    updatedAt,
    seen: { role: '引导', start, end, meetingPoint: '东门' },
  }
}

/** What the device holds before every run. */
const EXISTING: Record<string, [string, unknown][]> = {
  kv: [['settings', { textSize: 'large' }]],
  schedule: [['e1', entry('e1')]],
  visitPlans: [['p1', visitPlan('p1')]],
  shifts: [
    ['import:s1', shift('import:s1')],
    ['import:s2', shift('import:s2', '2026-12-06')],
  ],
}
function resetDb() {
  stores.clear()
  for (const [name, rows] of Object.entries(EXISTING)) stores.set(name, new Map(rows.map(([k, v]) => [k, structuredClone(v)])))
}
const snapshot = () => Object.fromEntries([...stores].map(([name, map]) => [name, Object.fromEntries(map)]))

/** Values that break naive code: wrong types, impossible dates, huge and hostile strings, prototype keys. */
const nasty = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    0,
    -1,
    1e308,
    '',
    '\u0000',
    '<img src=x onerror=alert(1)>',
    '9999-12-31T00:00:00.000Z',
    '2026-02-30',
    '2026-13-45',
    '2026-12-05T25:00:00+99:00',
    '__proto__',
    [],
    {},
  ),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.jsonValue({ maxDepth: 2 }),
)
/** A record: a good one, the same with a field dropped or replaced, or anything at all. */
const recordFrom = (good: Row) =>
  fc.oneof(
    fc.constant(good),
    fc.tuple(fc.constantFrom(...Object.keys(good)), nasty, fc.boolean()).map(([key, value, drop]) => {
      const copy: Row = structuredClone(good)
      if (drop) delete copy[key]
      else copy[key] = value
      return copy
    }),
    nasty,
  )
const id = fc.constantFrom('e1', 'p1', 'import:s1', 'import:s2', 'new-1', 'new-2', '__proto__', '')
const stamp = fc.constantFrom(
  '2026-10-01T00:00:00.000Z',
  '2026-11-20T00:00:00.000Z',
  '2026-12-01T01:59:59.000Z',
  '9999-01-01T00:00:00.000Z',
)
const backupFile = fc
  .record({
    kv: fc.array(fc.oneof(fc.record({ key: fc.constantFrom('settings', 'planner:school', 'import:undo'), value: nasty }), nasty), {
      maxLength: 3,
    }),
    schedule: fc.array(
      fc.tuple(id, stamp).chain(([i, s]) => recordFrom(entry(i, s))),
      { maxLength: 4 },
    ),
    visitPlans: fc.array(
      fc.tuple(id, stamp).chain(([i, s]) => recordFrom(visitPlan(i, s))),
      { maxLength: 4 },
    ),
    shifts: fc.array(
      fc.tuple(id, stamp).chain(([i, s]) => recordFrom(shift(i, undefined, s))),
      { maxLength: 4 },
    ),
  })
  .chain((stores) =>
    fc.oneof(
      {
        weight: 8,
        arbitrary: fc.constant(JSON.stringify({ format: USER_DATA_FORMAT, version: 1, exportedAt: NOW.toISOString(), stores })),
      },
      // Cut off mid-download, another app's JSON, or not JSON at all.
      {
        weight: 1,
        arbitrary: fc.nat(400).map((n) => JSON.stringify({ format: USER_DATA_FORMAT, version: 1, stores }).slice(0, n)),
      },
      { weight: 1, arbitrary: fc.oneof(fc.json(), fc.string()) },
    ),
  )

/** Every record the device held is still there, changed only to a strictly newer copy from the past. */
function expectExistingIntact(before: ReturnType<typeof snapshot>) {
  const after = snapshot()
  for (const [name, rows] of Object.entries(before)) {
    for (const [key, old] of Object.entries(rows)) {
      expect(after[name], `${name}/${key} kept`).toHaveProperty([key])
      const now = after[name]![key] as Row
      if (JSON.stringify(now) === JSON.stringify(old)) continue
      expect(name, `${name}/${key} changed`).not.toBe('kv')
      const stampOf = (r: Row) => String(r.updatedAt ?? r.addedAt)
      expect(stampOf(now) > stampOf(old as Row), `${name}/${key} replaced by a newer copy`).toBe(true)
      expect(Date.parse(stampOf(now))).toBeLessThanOrEqual(NOW.getTime())
    }
  }
}

describe('fuzz (fast-check): backups', () => {
  beforeEach(resetDb)

  it('300 generated backup files: never a throw; existing data intact; 撤销 restores the device exactly', async () => {
    let imported = 0
    await fc.assert(
      fc.asyncProperty(backupFile, async (text) => {
        resetDb()
        const before = snapshot()
        const parsed = parseUserDataFile(text, { now: NOW })
        if (!parsed.ok) {
          expect(typeof parsed.code).toBe('string')
          return
        }
        for (const store of ['schedule', 'visitPlans', 'shifts'] as const) {
          expect(checkRecords(store, parsed.file.stores[store], { now: NOW }).bad).toEqual([])
        }
        const summary = await importUserData(parsed.file, NOW)
        if (summary.added + summary.updated > 0) imported++
        const { [UNDO_KEY]: _undo, ...kvAfter } = snapshot().kv!
        expectExistingIntact({ ...before, kv: before.kv! })
        expect(Object.keys(kvAfter)).toContain('settings')
        await undoLastImport()
        expect(snapshot()).toEqual(before)
      }),
      { numRuns: 300, seed: 18 },
    )
    // The generator must reach the merge, not only the parser's refusals.
    expect(imported).toBeGreaterThan(100)
  }, 60_000)
})

const cell = fc.oneof(
  fc.constantFrom(
    '科普日',
    '引导',
    '2026-12-05 10:00',
    '2026-12-06 09:30',
    '12:00',
    '东门',
    's1',
    's2',
    '"',
    '""',
    '2026-13-45 10:00',
    '25:00',
    '',
    '\u0000',
    '9999-12-31 10:00',
    '=cmd()',
    '\r',
  ),
  fc.string({ maxLength: 12 }),
)
/** A row: a good one (existing or new id, one of two days) with each cell kept or replaced. */
const goodRow = fc
  .tuple(fc.constantFrom('s1', 's2', 's3', 's4', ''), fc.constantFrom('2026-12-05', '2026-12-06'), fc.constantFrom('东门', '西门'))
  .map(([id, day, gate]) => [id, '科普日', '讲解', `${day} 10:00`, '12:00', gate])
const row = fc.tuple(goodRow, fc.array(fc.tuple(fc.nat(5), cell), { maxLength: 3 })).map(([good, changes]) => {
  const out = [...good]
  for (const [i, value] of changes) out[i] = value
  return out
})
const csvRoster = fc.tuple(
  fc.oneof(
    { weight: 4, arbitrary: fc.constant('编号,活动,岗位,开始,结束,集合地点') },
    fc.array(cell, { maxLength: 6 }).map((c) => c.join(',')),
  ),
  fc.array(row, { maxLength: 10 }),
)

describe('fuzz (fast-check): rosters', () => {
  beforeEach(() => {
    resetDb()
    setActivePinia(createPinia())
  })

  it('200 generated CSV rosters: rows imported or named; saved shifts intact; 撤销 restores them', async () => {
    let imported = 0
    await fc.assert(
      fc.asyncProperty(csvRoster, async ([header, rows]) => {
        resetDb()
        setActivePinia(createPinia())
        const volunteer = useVolunteerStore()
        await volunteer.load()
        expect(volunteer.skipped).toBe(0)
        const before = snapshot()
        const result = parseRosterCsv([header, ...rows.map((r) => r.join(','))].join('\n'), NOW.toISOString())
        expect(checkRecords('shifts', result.shifts).bad).toEqual([])
        if (!result.shifts.length && rows.some((r) => r.some((c) => c.trim()))) expect(result.problems.length).toBeGreaterThan(0)
        if (!result.shifts.length) return
        await volunteer.importShifts(result.shifts)
        imported++
        const after = snapshot()
        for (const key of Object.keys(before.shifts!)) expect(after.shifts).toHaveProperty([key])
        // The page can draw what it now holds.
        clashReport(volunteer.shifts)
        await volunteer.undoImport()
        expect(snapshot()).toEqual(before)
        expect(volunteer.shifts.map((s) => s.id).sort()).toEqual(Object.keys(before.shifts!).sort())
      }),
      { numRuns: 200, seed: 7 },
    )
    expect(imported).toBeGreaterThan(50)
  }, 60_000)

  it('100 generated .ics rosters: never a throw; accepted shifts pass the schema', async () => {
    const value = fc.oneof(
      fc.constantFrom(
        '20261226T100000',
        '20261226T120000',
        '20261226T020000Z',
        '2026XXXXT100000',
        '99991226T100000',
        '20260230T100000',
        '',
        'T',
      ),
      fc.string({ maxLength: 16 }),
    )
    const tz = fc.constantFrom('', ';TZID=Asia/Shanghai', ';TZID=Asia/Urumqi', ';TZID=Mars/Olympus', ';VALUE=DATE')
    const vevent = fc
      .record({ uid: fc.string({ maxLength: 8 }), tz, start: value, end: value, summary: fc.string({ maxLength: 40 }) })
      .map(({ uid, tz, start, end, summary }) =>
        ['BEGIN:VEVENT', `UID:${uid}`, `DTSTART${tz}:${start}`, `DTEND${tz}:${end}`, `SUMMARY:${summary}`, 'END:VEVENT'].join('\r\n'),
      )
    const ics = fc
      .tuple(fc.array(vevent, { maxLength: 4 }), fc.boolean())
      .map(([events, closed]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events, closed ? 'END:VCALENDAR' : ''].join('\r\n'))
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 9, arbitrary: ics }, fc.string()), async (text) => {
        const result = await parseRosterIcs(text, NOW.toISOString())
        expect(checkRecords('shifts', result.shifts).bad).toEqual([])
      }),
      { numRuns: 100, seed: 11 },
    )
  })
})

describe('fuzz (fast-check): URL queries', () => {
  const dateLike = fc
    .tuple(fc.nat(99999), fc.nat(199), fc.nat(199))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
  const param = fc.oneof(
    dateLike,
    dateLike.map((d) => d.slice(0, 7)),
    fc.constantFrom('now', 'changji', 'changji-dinosaur-museum', 'junior', '科技馆', '__proto__', '', 'NaN', '-1', '1e9'),
    fc.string({ maxLength: 24 }),
    fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  )
  const keys = ['open', 'date', 'month', 'view', 'venue', 'region', 'kind', 'audience', 'category', 'free', 'events', 'grade', 'students']
  const query = fc.dictionary(fc.constantFrom(...keys, 'teachers', 'session', 'group', 'compare', 'subject'), param, { maxKeys: 8 })

  it('300 generated queries: every parser gives a usable value, never a throw, never NaN', () => {
    fc.assert(
      fc.property(query, (raw) => {
        const q = raw as LocationQuery
        for (const value of [q.date, q.month, q.open]) {
          const day = parseDay(value)
          if (day) expect(new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10)).toBe(day)
          const month = parseMonth(value)
          if (month) expect(month).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/)
        }
        const map = mapFilters.parseFilters(q)
        expect(map.open === null || map.open === 'now' || parseDay(map.open) === map.open).toBe(true)
        mapFilters.invalidOpenDate(q)
        calendarFilters.parseFilters(q)
        const finder = parseFinderQuery(q)
        expect(JSON.stringify(finder)).not.toContain('NaN')
        const targets = parseTargetsQuery(q, ['changji', 'urumqi'], ['changji', 'urumqi'])
        expect(JSON.stringify(targets)).not.toContain('NaN')
        invalidSharedDate(q)
        const plan = planFromQuery(q)
        if (plan) {
          expect(plan.date === '' || parseDay(plan.date) === plan.date).toBe(true)
          expect(Number.isFinite(plan.students) && Number.isFinite(plan.teachers)).toBe(true)
          expect(
            checkRecords('visitPlans', [{ ...plan, id: 'x', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), done: [] }]).bad,
          ).toEqual([])
        }
      }),
      { numRuns: 300, seed: 3 },
    )
  })
})
