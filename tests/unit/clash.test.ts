import { describe, expect, it } from 'vitest'
import { clashMap, findClashes, interval } from '@/shared/clash'

describe('clashes', () => {
  it('finds overlapping times, not touching ones', () => {
    const items = [
      { id: 'a', start: '2026-12-05T09:30:00+08:00', end: '2026-12-05T12:30:00+08:00' },
      { id: 'b', start: '2026-12-05T12:00:00+08:00', end: '2026-12-05T13:00:00+08:00' },
      { id: 'c', start: '2026-12-05T13:00:00+08:00', end: '2026-12-05T14:00:00+08:00' },
    ]
    expect(findClashes(items).map(([x, y]) => `${x.id}-${y.id}`)).toEqual(['a-b'])
    expect(clashMap(items).get('b')).toEqual(['a'])
    expect(clashMap(items).has('c')).toBe(false)
  })

  it('treats all-day ranges as whole Beijing days, whatever the offset of the other item', () => {
    expect(interval({ start: '2026-05-23', end: '2026-05-23' })).toEqual([Date.parse('2026-05-22T16:00:00Z'), Date.parse('2026-05-23T16:00:00Z')])
    const items = [
      { id: 'day', start: '2026-05-23', end: '2026-05-23' },
      { id: 'late', start: '2026-05-23T23:30:00+08:00', end: '2026-05-24T00:30:00+08:00' },
      { id: 'next', start: '2026-05-24T06:00:00+06:00', end: '2026-05-24T07:00:00+06:00' },
    ]
    expect(findClashes(items).map(([x, y]) => `${x.id}-${y.id}`)).toEqual(['day-late'])
  })
})
