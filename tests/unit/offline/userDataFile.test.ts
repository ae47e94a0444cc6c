import { describe, expect, it } from 'vitest'
import { makeUserDataFile, parseUserDataFile, planMerge, USER_DATA_FORMAT, USER_DATA_VERSION } from '@/data/userDataFile'

const entry = (id: string, addedAt = '2026-11-01T00:00:00.000Z') => ({
  id,
  addedAt,
  seen: { title: id, start: '2026-12-01', end: '2026-12-01', status: 'expected', region: 'changji' },
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
        visitPlans: [{ id: 'p1', updatedAt: '2026-11-02T00:00:00.000Z' }],
        shifts: [],
      },
      { now: new Date('2026-11-26T08:00:00Z'), app: '1.0.0' },
    )
    expect(file.stores.kv.map((r) => r.key)).toEqual(['settings'])
    const parsed = parseUserDataFile(JSON.stringify(file))
    expect(parsed).toMatchObject({ ok: true, file: { version: 1, exportedAt: '2026-11-26T08:00:00.000Z' } })
    if (parsed.ok) expect(parsed.file.stores.visitPlans).toEqual([{ id: 'p1', updatedAt: '2026-11-02T00:00:00.000Z' }])
  })

  it('accepts a file with a byte-order mark and missing empty stores', () => {
    const parsed = parseUserDataFile(`\uFEFF${makeFile({ stores: { schedule: [entry('e2')] } })}`)
    expect(parsed.ok).toBe(true)
    if (parsed.ok) expect(parsed.file.stores).toMatchObject({ kv: [], schedule: [{ id: 'e2' }], visitPlans: [], shifts: [] })
  })

  it.each([
    ['not JSON', '<html>captive portal</html>', { code: 'notJson' }],
    ['another app’s JSON', JSON.stringify({ hello: 'world' }), { code: 'notOurs' }],
    ['a newer format', makeFile({ version: USER_DATA_VERSION + 1 }), { code: 'tooNew' }],
    ['a record without id', makeFile({ stores: { schedule: [entry('ok'), { addedAt: 'x' }] } }), { code: 'badRecord', store: 'schedule', index: 1 }],
    ['a store that is not a list', makeFile({ stores: { shifts: { id: 'x' } } }), { code: 'badRecord', store: 'shifts', index: 0 }],
    ['a kv record without key', makeFile({ stores: { kv: [{ value: 1 }] } }), { code: 'badRecord', store: 'kv', index: 0 }],
  ])('rejects %s with a clear reason', (_name, text, error) => {
    expect(parseUserDataFile(text)).toEqual({ ok: false, ...error })
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
