import { describe, expect, it } from 'vitest'

import { makeUserDataFile, parseUserDataFile, planMerge, USER_DATA_FORMAT, USER_DATA_VERSION } from '@/data/userDataFile'
import { LIMITS } from '@/shared/userRecords'

const entry = (id: string, addedAt = '2026-11-01T00:00:00.000Z') => ({
  id,
  addedAt,
  seen: { title: id, start: '2026-12-01', end: '2026-12-01', status: 'expected', region: 'changji' },
})
const visitPlan = (id: string) => ({
  id,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-02T00:00:00.000Z',
  venueId: 'changji-dinosaur-museum',
  date: '2026-12-10',
  session: '',
  school: '一中',
  className: '七年级1班',
  grade: 'junior' as const,
  students: 40,
  teachers: 2,
  contact: { name: '', phone: '' },
  notes: '',
  done: [],
})
const makeFile = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: USER_DATA_FORMAT,
    version: USER_DATA_VERSION,
    exportedAt: '2026-11-26T08:00:00.000Z',
    stores: { kv: [{ key: 'settings', value: { textSize: 'large' } }], schedule: [entry('e1')], visitPlans: [], shifts: [] },
    ...overrides,
  })

describe('user data file', () => {
  it('round-trips what it writes, leaving out device-only flags', () => {
    const file = makeUserDataFile(
      {
        kv: [
          { key: 'settings', value: { textSize: 'large' } },
          { key: 'persistRequested', value: true },
        ],
        schedule: [entry('e1')],
        visitPlans: [visitPlan('p1')],
        shifts: [],
      },
      { now: new Date('2026-11-26T08:00:00Z'), app: '1.0.0' },
    )
    expect(file.stores.kv.map((r) => r.key)).toEqual(['settings'])
    const parsed = parseUserDataFile(JSON.stringify(file), { now: new Date('2026-11-26T08:00:00Z') })
    expect(parsed).toMatchObject({ ok: true, file: { version: 1, exportedAt: '2026-11-26T08:00:00.000Z' } })
    if (parsed.ok) expect(parsed.file.stores.visitPlans).toEqual([visitPlan('p1')])
  })

  it('accepts a file with a byte-order mark and missing empty stores', () => {
    const parsed = parseUserDataFile(`\uFEFF${makeFile({ stores: { schedule: [entry('e2')] } })}`, {
      now: new Date('2026-11-26T08:00:00Z'),
    })
    expect(parsed.ok).toBe(true)
    if (parsed.ok) expect(parsed.file.stores).toMatchObject({ kv: [], schedule: [{ id: 'e2' }], visitPlans: [], shifts: [] })
  })

  it.each([
    ['not JSON', '<html>captive portal</html>', { code: 'notJson' }],
    ['another app’s JSON', JSON.stringify({ hello: 'world' }), { code: 'notOurs' }],
    ['a newer format', makeFile({ version: USER_DATA_VERSION + 1 }), { code: 'tooNew' }],
  ])('rejects %s with a clear reason', (_name, text, error) => {
    expect(parseUserDataFile(text)).toEqual({ ok: false, ...error })
  })

  it('refuses a file over the record limit, naming the store and the limit', () => {
    const many = Array.from({ length: LIMITS.backupRecords + 1 }, (_, i) => entry(`e${i}`))
    expect(parseUserDataFile(makeFile({ stores: { schedule: many } }))).toEqual({
      ok: false,
      code: 'tooMany',
      store: 'schedule',
      count: LIMITS.backupRecords + 1,
      limit: LIMITS.backupRecords,
    })
  })

  it('refuses a file over the size limit before parsing it', () => {
    expect(parseUserDataFile(' '.repeat(LIMITS.backupBytes + 1))).toEqual({ ok: false, code: 'tooBig', limit: LIMITS.backupBytes })
  })
})

describe('user data file: bad records (issue 18.1)', () => {
  const now = new Date('2026-12-01T12:00:00Z')

  it('skips records that do not match their store’s schema and keeps the rest', () => {
    // The exact file that once locked users out of /me/volunteer and 我的日程.
    const text = JSON.stringify({
      format: 'kpxj-user-data',
      version: 1,
      stores: { shifts: [{ id: 'x' }], schedule: [{ id: 'y' }, entry('good')] },
    })
    const parsed = parseUserDataFile(text, { now })
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.file.stores.shifts).toEqual([])
    expect(parsed.file.stores.schedule.map((r) => r.id)).toEqual(['good'])
    expect(parsed.skipped).toMatchObject([
      { store: 'schedule', index: 0, id: 'y', reason: 'invalid' },
      { store: 'shifts', index: 0, id: 'x', reason: 'invalid' },
    ])
  })

  it.each([
    ['a record without id', { addedAt: 'x' }],
    [
      'a schedule entry whose end is missing',
      { ...entry('a'), seen: { title: 'a', start: '2026-12-01', status: 'expected', region: 'r' } },
    ],
    ['an impossible date', { ...entry('a'), seen: { ...entry('a').seen, start: '2026-02-30' } }],
    ['an end before its start', { ...entry('a'), seen: { ...entry('a').seen, start: '2026-12-05', end: '2026-12-01' } }],
    ['a number instead of a record', 42],
  ])('skips %s', (_name, record) => {
    const parsed = parseUserDataFile(makeFile({ stores: { schedule: [record] } }), { now })
    expect(parsed.ok && parsed.skipped.length).toBe(1)
  })

  it('names a skipped record as its page shows it: the event’s title, the school, the shift', () => {
    const stores = {
      schedule: [{ ...entry('a'), seen: { ...entry('a').seen, end: 'soon' } }],
      visitPlans: [{ ...visitPlan('p'), students: -1 }],
      shifts: [{ id: 's', eventTitle: '科普日', role: '引导' }],
      kv: [{ value: 1 }],
    }
    const parsed = parseUserDataFile(makeFile({ stores }), { now })
    expect(parsed.ok && parsed.skipped.map((b) => [b.store, b.name])).toEqual([
      ['kv', undefined],
      ['schedule', entry('a').seen.title],
      ['visitPlans', `${visitPlan('p').school} ${visitPlan('p').className}`],
      ['shifts', '科普日 引导'],
    ])
  })

  it('skips a store that is not a list instead of failing the file', () => {
    const parsed = parseUserDataFile(makeFile({ stores: { shifts: { id: 'x' }, schedule: [entry('e1')] } }), { now })
    expect(parsed.ok && parsed.skipped.map((b) => b.store)).toEqual(['shifts'])
  })

  it('refuses records stamped in the future (issue 18.10), which would win every newer-wins merge', () => {
    const plan = { ...visitPlan('p1'), updatedAt: '9999-01-01T00:00:00.000Z' }
    const later = { ...visitPlan('p2'), updatedAt: '2026-12-30T00:00:00.000Z' }
    const parsed = parseUserDataFile(makeFile({ stores: { visitPlans: [plan, later, visitPlan('p3')] } }), { now })
    expect(parsed.ok && parsed.skipped.map((b) => [b.id, b.reason])).toEqual([
      ['p1', 'invalid'],
      ['p2', 'future'],
    ])
    expect(parsed.ok && parsed.file.stores.visitPlans.map((p) => p.id)).toEqual(['p3'])
  })
})

describe('planMerge', () => {
  const existing = new Map([
    ['a', entry('a', '2026-11-10T00:00:00.000Z')],
    ['b', entry('b', '2026-11-10T00:00:00.000Z')],
  ])

  it('adds missing records, replaces only strictly newer ones and never deletes', () => {
    const plan = planMerge(
      existing,
      [entry('a', '2026-11-01T00:00:00.000Z'), entry('b', '2026-11-20T00:00:00.000Z'), entry('c'), entry('c')],
      (r) => r.id,
    )
    expect(plan.write.map((r) => r.id)).toEqual(['b', 'c'])
    expect(plan).toMatchObject({ added: 1, updated: 1, kept: 1 })
  })

  it('keeps the device’s copy when neither side says when it changed', () => {
    const plan = planMerge(new Map([['settings', { key: 'settings', value: 1 }]]), [{ key: 'settings', value: 2 }], (r) => r.key)
    expect(plan).toMatchObject({ write: [], kept: 1 })
  })
})
