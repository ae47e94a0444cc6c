import { describe, expect, it } from 'vitest'

import { agendaRows, countByDay, monthWeeks, seasonsIn } from '@/features/calendar/grid'

import { makeEvent } from '../builders'

describe('monthWeeks', () => {
  it('covers the month in Monday-first weeks', () => {
    const weeks = monthWeeks('2026-11')
    expect(weeks[0]).toEqual(['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31', '2026-11-01'])
    expect(weeks.at(-1)![0]).toBe('2026-11-30')
    expect(weeks).toHaveLength(6)
    expect(monthWeeks('2027-02')).toHaveLength(4) // Feb 2027 starts on a Monday and has 28 days
  })
})

describe('countByDay', () => {
  const winter = makeEvent({ id: 'winter', start: '2026-11-15', end: '2027-03-31' })
  const week = makeEvent({ id: 'week', start: '2026-11-20', end: '2026-11-22' })
  const year = makeEvent({ id: 'year', start: '2026-01-01', end: '2026-12-31', datePrecision: 'year' })
  const timed = makeEvent({ id: 'timed', start: '2026-11-30T23:30:00+08:00', end: '2026-12-01T01:00:00+08:00' })

  it('counts a multi-day event on every day it spans, clipped to the range, never on the day before or after', () => {
    const counts = countByDay([week], '2026-11-21', '2026-11-30')
    expect([...counts]).toEqual([
      ['2026-11-21', 1],
      ['2026-11-22', 1],
    ])
  })

  it('neither counts a cancelled event nor draws a cancelled season: the grid read them as on', () => {
    const cancelledTalk = makeEvent({ id: 'talk', start: '2026-11-28', end: '2026-11-28', status: 'cancelled' })
    const cancelledWinter = { ...winter, status: 'cancelled' as const }
    expect(countByDay([cancelledTalk, cancelledWinter, week], '2026-11-01', '2026-11-30').get('2026-11-28')).toBeUndefined()
    expect(countByDay([cancelledWinter], '2026-11-01', '2026-11-30').size).toBe(0)
    expect(seasonsIn([cancelledWinter], '2026-11-01', '2026-11-30')).toEqual({ seasons: [], days: new Set() })
  })

  it('counts a season on its start day only: it is a band, not a number on every cell', () => {
    const counts = countByDay([winter, week, year], '2026-11-01', '2026-11-30')
    expect(counts.get('2026-11-14')).toBeUndefined()
    expect(counts.get('2026-11-15')).toBe(1)
    expect(counts.get('2026-11-16')).toBeUndefined()
    expect(counts.get('2026-11-21')).toBe(1)
    expect(counts.has('2026-12-01')).toBe(false)
    expect(countByDay([winter], '2027-03-01', '2027-04-30').size).toBe(0)
    const band = seasonsIn([winter, week, year], '2026-11-01', '2026-11-30')
    expect(band.seasons).toEqual([winter])
    expect(band.days.size).toBe(16)
    expect(band.days.has('2026-11-14')).toBe(false)
    expect(seasonsIn([winter], '2027-04-01', '2027-04-30').seasons).toEqual([])
  })

  it('leaves year- and period-long work off the days', () => {
    expect(countByDay([year], '2026-11-01', '2026-11-30').size).toBe(0)
  })

  it('places timed events on their Beijing days', () => {
    const counts = countByDay([timed], '2026-11-29', '2026-12-02')
    expect([...counts.keys()]).toEqual(['2026-11-30', '2026-12-01'])
  })
})

describe('agendaRows', () => {
  it('lists events under their start day and carries earlier multi-day ones over once, on the first day', () => {
    const a = makeEvent({ id: 'a', start: '2026-11-20', end: '2026-11-22' })
    const b = makeEvent({ id: 'b', start: '2026-11-21' })
    const rows = agendaRows([a, b], '2026-11-21', '2026-11-23')
    expect(rows.map((r) => `${r.type}:${r.day}`)).toEqual(['day:2026-11-21', 'event:2026-11-21', 'continuing:2026-11-21'])
    expect(rows[0]).toMatchObject({ count: 2 })
    expect(rows[2]).toMatchObject({ events: [a] })
  })

  it('shows a season once: at its start inside the range, or once as continuing, never on every day', () => {
    const winter = makeEvent({ id: 'winter', start: '2026-11-15', end: '2027-03-31' })
    const started = agendaRows([winter], '2026-12-01', '2026-12-07')
    expect(started.map((r) => `${r.type}:${r.day}`)).toEqual(['day:2026-12-01', 'continuing:2026-12-01'])
    const starting = agendaRows([winter], '2026-11-13', '2026-11-19', { showEmptyDays: true })
    expect(starting.filter((r) => r.type === 'event').map((r) => r.day)).toEqual(['2026-11-15'])
    expect(starting.some((r) => r.type === 'continuing')).toBe(false)
  })

  it('shows empty days only when asked', () => {
    expect(agendaRows([], '2026-11-21', '2026-11-21')).toEqual([])
    expect(agendaRows([], '2026-11-21', '2026-11-21', { showEmptyDays: true }).map((r) => r.type)).toEqual(['day', 'empty'])
  })

  it('marks an empty day of a month whose events are not at hand as unknown, not as a day without events', () => {
    const rows = agendaRows([], '2027-01-31', '2027-02-01', { showEmptyDays: true, unknownMonths: ['2027-02'] })
    expect(rows.filter((r) => r.type === 'empty')).toEqual([
      { type: 'empty', key: 'e-2027-01-31', day: '2027-01-31' },
      { type: 'empty', key: 'e-2027-02-01', day: '2027-02-01', unknown: true },
    ])
  })

  // Its speed is measured by the calendar benchmark (npm run bench:calendar), not here.
  it('builds a week of rows from 100 000 events', () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      makeEvent({ id: `e${i}`, start: `2026-11-${String((i % 28) + 1).padStart(2, '0')}` }),
    )
    const rows = agendaRows(many, '2026-11-01', '2026-11-07')
    // 100 000 = 28 × 3571 + 12, so each of the first seven days has 3572 events.
    expect(rows.filter((r) => r.type === 'event')).toHaveLength(7 * 3572)
  })
})
