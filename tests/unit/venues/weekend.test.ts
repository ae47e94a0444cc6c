import { describe, expect, it } from 'vitest'

import { nextWeekendStart, weekendDays, weekendOpenings } from '@/shared/weekend'

import { makeVenue } from '../builders'

const museum = makeVenue({ id: 'museum', region: 'urumqi', hours: { osm: 'We-Su 11:00-13:30,15:00-17:30', from: ['notice'] } })
const weekdays = makeVenue({ id: 'weekdays', region: 'changji', hours: { osm: 'Mo-Fr 09:00-17:00' } })
const sundays = makeVenue({ id: 'sundays', region: 'changji', hours: { osm: 'Su 10:00-16:00' } })
const unknown = makeVenue({ id: 'unknown', region: 'changji' })
/** An instant on the Beijing clock. */
const at = (day: string, time = '10:00') => new Date(`${day}T${time}:00+08:00`)

describe('weekendDays', () => {
  it('is this week’s Saturday and Sunday, leaving out a day that has passed', () => {
    expect(weekendDays('2026-12-01')).toEqual(['2026-12-05', '2026-12-06'])
    expect(weekendDays('2026-12-05')).toEqual(['2026-12-05', '2026-12-06'])
    expect(weekendDays('2026-12-06')).toEqual(['2026-12-06'])
  })
})

describe('weekendOpenings', () => {
  it('lists venues open on Saturday or Sunday with that day’s published hours, never guessing unknown hours', () => {
    const openings = weekendOpenings([museum, weekdays, sundays, unknown], at('2026-12-01'))
    expect(openings.map((o) => [o.venue.id, o.days.map((d) => `${d.label} ${d.hours}`)])).toEqual([
      ['museum', ['周六 11:00–13:30、15:00–17:30', '周日 11:00–13:30、15:00–17:30']],
      ['sundays', ['周日 10:00–16:00']],
    ])
  })

  it('leaves out a day a published closure covers, and keeps to the chosen region', () => {
    const closed = { ...museum, closures: [{ start: '2026-12-05', end: '2026-12-05', text: '设备维护', from: ['notice'] }] }
    expect(weekendOpenings([closed], at('2026-12-01'))[0]!.days.map((d) => d.day)).toEqual(['2026-12-06'])
    expect(weekendOpenings([museum, sundays], at('2026-12-01'), 'changji').map((o) => o.venue.id)).toEqual(['sundays'])
  })

  it('tells hours that are behind from a weekend a closure covers (closures: false)', () => {
    const closed = { ...museum, closures: [{ start: '2026-12-05', end: '2026-12-06', text: '春节闭馆', from: ['notice'] }] }
    const saturdayMorning = new Date('2026-12-05T09:00:00+08:00')
    expect(weekendOpenings([closed], saturdayMorning)).toEqual([])
    // The hours are still ahead: the home page must not say this weekend's hours are over.
    expect(weekendOpenings([closed], saturdayMorning, undefined, { closures: false }).map((o) => o.days.length)).toEqual([2])
  })

  it('on the day itself lists only the hours still ahead, and on Sunday evening nothing', () => {
    const hoursAt = (time: string) =>
      weekendOpenings([museum, sundays], at('2026-12-06', time)).map((o) => `${o.venue.id} ${o.days.map((d) => d.hours).join(' ')}`)
    expect(hoursAt('12:00')).toEqual(['museum 11:00–13:30、15:00–17:30', 'sundays 10:00–16:00'])
    expect(hoursAt('14:00')).toEqual(['museum 15:00–17:30', 'sundays 10:00–16:00'])
    expect(hoursAt('16:30')).toEqual(['museum 15:00–17:30'])
    // 22:52 on Sunday (a reader's report): the museum closed at 17:30.
    expect(hoursAt('22:52')).toEqual([])
    // Saturday evening: Sunday is still ahead.
    expect(weekendOpenings([museum], at('2026-12-05', '20:00'))[0]!.days.map((d) => d.day)).toEqual(['2026-12-06'])
  })
})

describe('nextWeekendStart', () => {
  it('is next Saturday at midnight Beijing once this weekend has begun, and null on a weekday', () => {
    expect(nextWeekendStart(at('2026-12-06', '22:52'))).toEqual(at('2026-12-12', '00:00'))
    expect(nextWeekendStart(at('2026-12-05', '20:00'))).toEqual(at('2026-12-12', '00:00'))
    expect(nextWeekendStart(at('2026-12-04', '20:00'))).toBeNull()
    // Sunday evening: next weekend's hours, whole.
    const next = weekendOpenings([museum], nextWeekendStart(at('2026-12-06', '22:52'))!)
    expect(next[0]!.days.map((d) => `${d.day} ${d.hours}`)).toEqual([
      '2026-12-12 11:00–13:30、15:00–17:30',
      '2026-12-13 11:00–13:30、15:00–17:30',
    ])
  })
})
