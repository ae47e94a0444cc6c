import { describe, expect, it } from 'vitest'

import { weekendDays, weekendOpenings } from '@/shared/weekend'

import { makeVenue } from '../builders'

const museum = makeVenue({ id: 'museum', region: 'urumqi', hours: { osm: 'We-Su 11:00-13:30,15:00-17:30', from: ['notice'] } })
const weekdays = makeVenue({ id: 'weekdays', region: 'changji', hours: { osm: 'Mo-Fr 09:00-17:00' } })
const sundays = makeVenue({ id: 'sundays', region: 'changji', hours: { osm: 'Su 10:00-16:00' } })
const unknown = makeVenue({ id: 'unknown', region: 'changji' })

describe('weekendDays', () => {
  it('is this week’s Saturday and Sunday, leaving out a day that has passed', () => {
    expect(weekendDays('2026-12-01')).toEqual(['2026-12-05', '2026-12-06'])
    expect(weekendDays('2026-12-05')).toEqual(['2026-12-05', '2026-12-06'])
    expect(weekendDays('2026-12-06')).toEqual(['2026-12-06'])
  })
})

describe('weekendOpenings', () => {
  it('lists venues open on Saturday or Sunday with that day’s published hours, never guessing unknown hours', () => {
    const openings = weekendOpenings([museum, weekdays, sundays, unknown], '2026-12-01')
    expect(openings.map((o) => [o.venue.id, o.days.map((d) => `${d.label} ${d.hours}`)])).toEqual([
      ['museum', ['周六 11:00–13:30、15:00–17:30', '周日 11:00–13:30、15:00–17:30']],
      ['sundays', ['周日 10:00–16:00']],
    ])
  })

  it('leaves out a day a published closure covers, and keeps to the chosen region', () => {
    const closed = { ...museum, closures: [{ start: '2026-12-05', end: '2026-12-05', text: '设备维护', from: ['notice'] }] }
    expect(weekendOpenings([closed], '2026-12-01')[0]!.days.map((d) => d.day)).toEqual(['2026-12-06'])
    expect(weekendOpenings([museum, sundays], '2026-12-01', 'changji').map((o) => o.venue.id)).toEqual(['sundays'])
  })
})
