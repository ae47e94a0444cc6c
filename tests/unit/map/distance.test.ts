import { describe, expect, it } from 'vitest'

import { distanceKm, formatKm, sortByDistance } from '@/shared/distance'

describe('distanceKm', () => {
  it('matches the known great-circle distance Beijing–Shanghai (≈ 1 067 km)', () => {
    expect(distanceKm({ lat: 39.9042, lng: 116.4074 }, { lat: 31.2304, lng: 121.4737 })).toBeCloseTo(1067, -1)
  })
  it('is zero for the same point and symmetric', () => {
    const a = { lat: 43.83, lng: 87.62 }
    const b = { lat: 39.47, lng: 75.99 }
    expect(distanceKm(a, a)).toBe(0)
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 9)
  })
})

describe('formatKm', () => {
  it('uses one decimal below 10 km and whole kilometres above', () => {
    expect(formatKm(0.02)).toBe('0.1 公里')
    expect(formatKm(2.64)).toBe('2.6 公里')
    expect(formatKm(12.4)).toBe('12 公里')
    expect(formatKm(1234.5)).toBe('1,235 公里')
  })
})

describe('sortByDistance', () => {
  it('sorts nearest first and keeps the input order for ties (venues sharing a city centre)', () => {
    const items = [
      { id: 'kashgar', at: { lat: 39.47, lng: 75.99 } },
      { id: 'changji-a', at: { lat: 44.01, lng: 87.27 } },
      { id: 'changji-b', at: { lat: 44.01, lng: 87.27 } },
      { id: 'urumqi', at: { lat: 43.83, lng: 87.62 } },
    ]
    const sorted = sortByDistance(items, { lat: 44.0, lng: 87.3 }, (i) => i.at)
    expect(sorted.map((s) => s.item.id)).toEqual(['changji-a', 'changji-b', 'urumqi', 'kashgar'])
    expect(sorted[0]!.km).toBeLessThan(3)
  })
})
