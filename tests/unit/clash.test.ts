import { describe, expect, it } from 'vitest'

import { clashReport, interval } from '@/shared/clash'

const at = (id: string, from: string, to: string) => ({ id, start: `2026-12-05T${from}:00+08:00`, end: `2026-12-05T${to}:00+08:00` })
const pairIds = (items: Parameters<typeof clashReport>[0], options = {}) =>
  clashReport(items, options).pairs.map(([x, y]) => `${x.id}-${y.id}`)

describe('clashes', () => {
  it('finds overlapping times, not touching ones', () => {
    const items = [at('a', '09:30', '12:30'), at('b', '12:00', '13:00'), at('c', '13:00', '14:00')]
    const report = clashReport(items)
    expect(pairIds(items)).toEqual(['a-b'])
    expect(report.named.get('b')).toEqual(['a'])
    expect(report.counts.has('c')).toBe(false)
    expect(report).toMatchObject({ totalPairs: 1, clashing: 2 })
  })

  it('treats all-day ranges as whole Beijing days, whatever the offset of the other item', () => {
    expect(interval({ start: '2026-05-23', end: '2026-05-23' })).toEqual([
      Date.parse('2026-05-22T16:00:00Z'),
      Date.parse('2026-05-23T16:00:00Z'),
    ])
    const items = [
      { id: 'day', start: '2026-05-23', end: '2026-05-23' },
      { id: 'late', start: '2026-05-23T23:30:00+08:00', end: '2026-05-24T00:30:00+08:00' },
      { id: 'next', start: '2026-05-24T06:00:00+06:00', end: '2026-05-24T07:00:00+06:00' },
    ]
    expect(pairIds(items)).toEqual(['day-late'])
  })

  it('counts exactly against a brute-force check on a mixed roster', () => {
    // A deterministic mix of short, long, nested and touching shifts.
    const items = Array.from({ length: 60 }, (_, i) => {
      const from = (i * 7) % 50
      const length = 1 + ((i * 13) % 9)
      const hh = (m: number) => `${String(8 + Math.floor(m / 6)).padStart(2, '0')}:${String((m % 6) * 10).padStart(2, '0')}`
      return at(`s${i}`, hh(from), hh(from + length))
    })
    const brute = new Map<string, number>()
    let pairs = 0
    for (const a of items)
      for (const b of items) {
        const [as, ae] = interval(a)
        const [bs, be] = interval(b)
        if (a !== b && as < be && bs < ae) brute.set(a.id, (brute.get(a.id) ?? 0) + 1)
        if (a.id < b.id && as < be && bs < ae) pairs++
      }
    const report = clashReport(items, { perItem: 2 })
    expect(report.counts).toEqual(brute)
    expect(report.totalPairs).toBe(pairs)
    // Every clashing item is named with at least one real partner, never more than asked.
    for (const [id, names] of report.named) {
      expect(names.length).toBeGreaterThan(0)
      expect(names.length).toBeLessThanOrEqual(2)
      for (const other of names) {
        const [as, ae] = interval(items.find((x) => x.id === id)!)
        const [bs, be] = interval(items.find((x) => x.id === other)!)
        expect(as < be && bs < ae).toBe(true)
      }
    }
    expect(report.named.size).toBe(report.clashing)
  })

  it('ignores items whose times cannot be read or run backwards', () => {
    const items = [at('a', '09:00', '12:00'), { id: 'bad', start: 'x', end: 'y' }, at('back', '11:00', '10:00')]
    expect(clashReport(items)).toMatchObject({ totalPairs: 0, clashing: 0 })
  })
})

describe('clash detection cost (issue 18.2)', () => {
  const sameHour = (n: number) => Array.from({ length: n }, (_, i) => at(`s${i}`, '10:00', '12:00'))
  const steps = (n: number) => {
    const counter = { steps: 0 }
    const report = clashReport(sameHour(n), { counter })
    return { steps: counter.steps, report }
  }

  it('reports 2 000 shifts at the same hour with capped lists, not 2 000² warnings', () => {
    const { report } = steps(2000)
    expect(report.clashing).toBe(2000)
    expect(report.totalPairs).toBe((2000 * 1999) / 2)
    expect(report.pairs).toHaveLength(20)
    expect(report.counts.get('s0')).toBe(1999)
    expect(Math.max(...[...report.named.values()].map((l) => l.length))).toBe(3)
  })

  it('grows like n log n: ten times the shifts cost under twenty times the steps', () => {
    const small = steps(2000).steps
    const large = steps(20000).steps
    // n log n gives ≈ 13×; quadratic pairing would give 100×.
    expect(large / small).toBeLessThan(20)
    expect(large).toBeLessThan(20000 * Math.log2(20000) * 10)
  })
})
