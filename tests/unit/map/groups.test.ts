import { describe, expect, it } from 'vitest'

import { groupSharedPoints } from '@/features/map/groups'
import { sortNearby } from '@/shared/distance'
import type { Region } from '@/shared/types'

import { makeVenue } from '../builders'

const changji = { id: 'changji', shortName: '昌吉' } as Region
const regions = new Map([['changji', changji]])

describe('shared approximate points', () => {
  it('draws venues sharing a city-centre point as one group, and exact ones alone', () => {
    const a = makeVenue({ id: 'a', name: '乙馆' })
    const b = makeVenue({ id: 'b', name: '甲馆' })
    const c = makeVenue({ id: 'c', location: { lat: 44.2, lng: 87.3, precision: 'exact' } })
    const { singles, groups } = groupSharedPoints([a, b, c], regions)
    expect(singles.map((v) => v.id)).toEqual(['c'])
    expect(groups).toHaveLength(1)
    expect(groups[0]).toMatchObject({ area: '昌吉市区', lat: 44.01, lng: 87.27 })
    expect(groups[0]!.venues.map((v) => v.id)).toEqual(['a', 'b'])
  })

  it('sorts 附近 by area for approximate venues, by name within the area, never by their shared point', () => {
    const exactNear = makeVenue({ id: 'x', name: '精确馆', location: { lat: 44.02, lng: 87.28, precision: 'exact' } })
    const a = makeVenue({ id: 'a', name: '乙馆' })
    const b = makeVenue({ id: 'b', name: '甲馆' })
    const order = sortNearby([a, exactNear, b], { lat: 44.03, lng: 87.29 }).map((d) => d.item.id)
    expect(order[0]).toBe('x')
    expect(order.slice(1)).toEqual(['b', 'a'])
  })
})
