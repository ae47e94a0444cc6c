import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { eventsIcs } from '../../src/build/opendata'
import type { EventItem } from '../../src/shared/types'

const event = (id: string, start: string, end: string): EventItem => ({
  id,
  recordId: id,
  title: `活动 ${id}`,
  kind: '科技之冬',
  start,
  end,
  allDay: true,
  datePrecision: 'day',
  status: 'expected',
  dateNote: '按惯例推定',
  region: 'changji',
  audiences: ['公众'],
  organiser: '科协',
  summary: '摘要',
  sources: [{ general: '测试' }],
})

describe('the /data/events.ics feed', () => {
  const text = eventsIcs(
    [event('winter', '2026-11-15', '2027-03-31'), event('week', '2027-05-22', '2027-05-28')],
    {},
    { stamp: new Date(0) },
  )
  const [winter, week] = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))

  it('gives an event longer than a week its first day, a reminder and a note of the full span, as the app does', () => {
    expect(`${winter!.startDate.toString()}/${winter!.endDate.toString()}`).toBe('2026-11-15/2026-11-16')
    expect(winter!.description).toContain('活动持续137天：2026年11月15日（周日）至2027年3月31日（周三）')
    const alarm = winter!.component.getFirstSubcomponent('valarm')!
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY')
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-PT15H')
  })

  it('keeps a week-long event as its whole span, without a reminder', () => {
    expect(`${week!.startDate.toString()}/${week!.endDate.toString()}`).toBe('2027-05-22/2027-05-29')
    expect(week!.component.getFirstSubcomponent('valarm')).toBeNull()
  })
})
