import OpeningHours from 'opening_hours'
import { describe, expect, it } from 'vitest'

import {
  closedOn,
  describeHours,
  describeXinjiangHours,
  formatStatus,
  hoursStatus,
  isOpenAt,
  isOpenOnDay,
  parseHours,
  venueHoursStatus,
} from '@/shared/hours'

const MUSEUM = 'We-Su 11:00-13:30,15:00-17:30'
/** A Beijing wall-clock time as an instant. */
const bj = (local: string) => new Date(`${local}:00+08:00`)

describe('parseHours / describeHours', () => {
  it('reads 新疆科技馆 hours as plain Chinese, Monday first, closed days last', () => {
    expect(describeHours(parseHours(MUSEUM))).toEqual(['周三至周日 11:00–13:30、15:00–17:30', '周一、周二闭馆'])
  })

  it('handles every day, later rules overriding earlier ones, and 24/7', () => {
    expect(describeHours(parseHours('09:00-17:00'))).toEqual(['每天 09:00–17:00'])
    expect(describeHours(parseHours('Mo-Fr 09:00-17:00; Sa 10:00-12:00; We off'))).toEqual([
      '周一、周二、周四、周五 09:00–17:00',
      '周六 10:00–12:00',
      '周三、周日闭馆',
    ])
    expect(describeHours(parseHours('Mo-Sa 09:00-17:00'))).toEqual(['周一至周六 09:00–17:00', '周日闭馆'])
    expect(describeHours(parseHours('24/7'))).toEqual(['每天 全天'])
  })

  it('gives the same week on 新疆时间, two hours earlier, without the closed days', () => {
    expect(describeXinjiangHours(parseHours(MUSEUM))).toEqual(['周三至周日 09:00–11:30、13:00–15:30'])
    expect(describeXinjiangHours(parseHours('Mo-Fr 09:00-17:00; Sa 10:00-12:00; We off'))).toEqual([
      '周一、周二、周四、周五 07:00–15:00',
      '周六 08:00–10:00',
    ])
    // Before 02:00 Beijing time is the day before in Xinjiang: not said rather than said wrong.
    expect(describeXinjiangHours(parseHours('24/7'))).toEqual([])
    expect(describeXinjiangHours(parseHours('Sa 01:00-03:00'))).toEqual([])
    expect(describeXinjiangHours(parseHours('Mo-Fr 09:00-17:00; PH off'))).toEqual([])
  })

  it('keeps syntax outside the subset as raw text with unknown status instead of guessing', () => {
    const parsed = parseHours('Mo-Fr 09:00-17:00; PH off')
    expect(parsed.kind).toBe('unsupported')
    expect(describeHours(parsed)).toEqual(['Mo-Fr 09:00-17:00; PH off'])
    expect(hoursStatus(parsed, bj('2026-11-25T12:00'))).toEqual({ state: 'unknown' })
    expect(parseHours('Jan-Mar 10:00-16:00').kind).toBe('unsupported')
    expect(parseHours('Mo 18:00-02:00').kind).toBe('unsupported')
  })
})

describe('hoursStatus in Beijing time', () => {
  const hours = parseHours(MUSEUM)
  it.each([
    ['2026-11-25T12:00', '开放中，13:30 关门'], // Wednesday, morning session
    ['2026-11-25T14:00', '休息中 · 今天 15:00 开门'], // between sessions
    ['2026-11-25T08:00', '休息中 · 今天 11:00 开门'],
    ['2026-11-29T18:00', '休息中 · 周三 11:00 开门'], // Sunday evening → Wednesday
    ['2026-11-24T20:00', '休息中 · 明天 11:00 开门'], // Tuesday evening
    ['2026-11-25T17:30', '休息中 · 明天 11:00 开门'], // closing minute is closed
  ])('%s → %s', (local, text) => {
    expect(formatStatus(hoursStatus(hours, bj(local)))).toBe(text)
  })

  it('uses the Beijing day, not the UTC day, around midnight', () => {
    // 2026-11-25T01:00 Beijing is still Tuesday in UTC: Wednesday's hours must apply.
    expect(hoursStatus(hours, bj('2026-11-25T01:00'))).toEqual({
      state: 'closed',
      opens: { daysAhead: 0, weekday: 3, time: '11:00', day: '2026-11-25' },
    })
  })

  it('answers open on a day, and unknown without published hours', () => {
    expect(isOpenOnDay(hours, '2026-11-23')).toBe(false) // Monday
    expect(isOpenOnDay(hours, '2026-11-28')).toBe(true) // Saturday
    expect(venueHoursStatus({ hours: {}, closures: [] }, bj('2026-11-25T12:00'))).toEqual({ state: 'unknown' })
    expect(formatStatus({ state: 'unknown' })).toBe('开放时间未知，请咨询场馆')
  })

  it('applies a published closure: closed that day, opening after it', () => {
    // 新疆科技馆's 春节 closure of 2026 (15–18 February; Wednesday–Sunday hours).
    const spring = closedOn([{ start: '2026-02-15', end: '2026-02-18' }])
    const venue = { hours: { osm: MUSEUM }, closures: [{ start: '2026-02-15', end: '2026-02-18', text: '春节闭馆', from: [] }] }
    // Sunday noon: the weekly hours say open; the closure says closed, until Thursday the 19th.
    expect(formatStatus(venueHoursStatus(venue, bj('2026-02-15T12:00')))).toBe('休息中 · 周四 11:00 开门')
    // Tuesday evening: "明天" would be Wednesday the 18th, still closed.
    expect(formatStatus(venueHoursStatus(venue, bj('2026-02-17T20:00')))).toBe('休息中 · 周四 11:00 开门')
    expect(isOpenAt(hours, bj('2026-02-15T12:00'), spring)).toBe(false)
    expect(isOpenOnDay(hours, '2026-02-16', spring)).toBe(false)
    expect(isOpenOnDay(hours, '2026-02-19', spring)).toBe(true)
    // A closure longer than a week: the next opening is named by its date.
    const long = closedOn([{ start: '2026-02-01', end: '2026-02-28' }])
    expect(formatStatus(hoursStatus(hours, bj('2026-02-04T12:00'), long))).toBe('休息中 · 3月1日 11:00 开门')
  })

  it('runs hours to midnight on into the next day, and names an opening a week ahead by its date', () => {
    const late = parseHours('Fr 18:00-24:00; Sa 00:00-02:00')
    // Friday 2026-11-27 23:00: open until 02:00 on Saturday, not 24:00.
    expect(formatStatus(hoursStatus(late, bj('2026-11-27T23:00')))).toBe('开放中，02:00 关门')
    expect(formatStatus(hoursStatus(parseHours('Mo-Fr 18:00-24:00'), bj('2026-11-27T23:00')))).toBe('开放中，24:00 关门')
    // Wednesday evening, open only on Wednesday mornings: next week's, not "周三" (read as today).
    expect(formatStatus(hoursStatus(parseHours('We 10:00-12:00'), bj('2026-11-25T20:00')))).toBe('休息中 · 12月2日 10:00 开门')
  })
})

describe('agreement with the opening_hours reference implementation', () => {
  /** opening_hours reads the Date's local fields: give it the Beijing wall clock as local time. */
  const asLocalWallClock = (instant: Date) => {
    const s = new Date(instant.getTime() + 8 * 3600_000)
    return new Date(s.getUTCFullYear(), s.getUTCMonth(), s.getUTCDate(), s.getUTCHours(), s.getUTCMinutes())
  }
  const VALUES = [
    MUSEUM,
    'Mo-Fr 09:00-17:00; Sa 10:00-12:00; We off',
    'Tu-Su 09:30-17:00',
    'Sa-Mo 08:00-12:00',
    '24/7',
    'Mo,We,Fr 10:00-11:00,14:00-16:30',
  ]

  it.each(VALUES)('%s: same open/closed state every 25 minutes for two weeks', (value) => {
    const reference = new OpeningHours(value)
    const ours = parseHours(value)
    expect(ours.kind).toBe('weekly')
    const start = bj('2026-11-23T00:00').getTime()
    let checked = 0
    for (let t = start; t < start + 14 * 86_400_000; t += 25 * 60_000) {
      const instant = new Date(t)
      expect(isOpenAt(ours, instant), `${value} at ${instant.toISOString()}`).toBe(reference.getState(asLocalWallClock(instant)))
      checked++
    }
    expect(checked).toBeGreaterThan(800)
  })
})
