import { describe, expect, it } from 'vitest'

import { regionEvents, regionEventsLink } from '@/features/map/regionEvents'
import type { Region } from '@/shared/types'

import { makeEvent } from '../builders'

const region = (id: string) => ({ id, shortName: id, center: { lat: 44, lng: 87 } }) as Region

describe('regionEvents', () => {
  it('counts events that name no venue, per region, in the regions’ order', () => {
    const events = [
      makeEvent({ id: 'a', region: 'kashgar' }),
      makeEvent({ id: 'b', region: 'changji' }),
      makeEvent({ id: 'c', region: 'changji' }),
      makeEvent({ id: 'at-venue', region: 'changji', venue: 'changji-museum' }),
      makeEvent({ id: 'off', region: 'changji', status: 'cancelled' }),
      // A multi-month event appears in two shards; counted once.
      makeEvent({ id: 'b', region: 'changji' }),
    ]
    expect(regionEvents(events, [region('changji'), region('shuanghe'), region('kashgar')]).map((r) => [r.region.id, r.count])).toEqual([
      ['changji', 2],
      ['kashgar', 1],
    ])
  })

  it('is empty when every event has a venue', () => {
    expect(regionEvents([makeEvent({ id: 'x', venue: 'v' })], [region('changji')])).toEqual([])
  })

  it('links a region to the calendar’s month view filtered to it', () => {
    expect(regionEventsLink('changji')).toEqual({ path: '/calendar', query: { view: 'month', region: 'changji' } })
  })
})
