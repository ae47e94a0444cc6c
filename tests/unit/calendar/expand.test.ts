import { describe, expect, it } from 'vitest'

import { expandEvent } from '@/build/expand'
import type { EventInput } from '@/build/schema'

const base: EventInput = {
  id: 'series',
  title: '周末科普讲堂',
  kind: '科普进社区',
  start: '2026-06-06T07:30:00+08:00',
  end: '2026-06-06T09:00:00+08:00',
  allDay: undefined,
  datePrecision: 'day',
  status: 'expected',
  dateNote: '示例',
  region: 'alpha',
  audiences: ['公众'],
  organiser: '科协',
  summary: '每周一次',
  sources: [{ general: '测试' }],
  rrule: 'FREQ=WEEKLY;BYDAY=SA;COUNT=4',
  exdates: [],
} as unknown as EventInput

describe('expandEvent (RRULE, Beijing time)', () => {
  it('keeps BYDAY on the Beijing weekday even when the UTC date is the day before', () => {
    // 07:30 Beijing is 23:30 UTC on Friday; the occurrences must still be Saturdays.
    const starts = expandEvent(base).map((e) => e.start)
    expect(starts).toEqual([
      '2026-06-06T07:30:00+08:00',
      '2026-06-13T07:30:00+08:00',
      '2026-06-20T07:30:00+08:00',
      '2026-06-27T07:30:00+08:00',
    ])
  })

  it('drops exception dates and keeps ids stable by date', () => {
    const items = expandEvent({ ...base, exdates: ['2026-06-13', '2026-06-27'] })
    expect(items.map((e) => e.id)).toEqual(['series-20260606', 'series-20260620'])
    expect(items.every((e) => e.recordId === 'series' && e.end.endsWith('09:00:00+08:00'))).toBe(true)
  })

  it('expands all-day multi-day series with their inclusive length', () => {
    const items = expandEvent({
      ...base,
      start: '2026-09-05',
      end: '2026-09-06',
      rrule: 'RRULE:FREQ=MONTHLY;BYDAY=1SA;UNTIL=20261231T000000Z',
    })
    expect(items.map((e) => `${e.start}/${e.end}`)).toEqual([
      '2026-09-05/2026-09-06',
      '2026-10-03/2026-10-04',
      '2026-11-07/2026-11-08',
      '2026-12-05/2026-12-06',
    ])
    expect(items.every((e) => e.allDay)).toBe(true)
  })

  it('keeps the last day of an UNTIL written as a date, and reads a UTC UNTIL as Beijing time', () => {
    const tuesdays = { ...base, start: '2026-06-02T09:00:00+08:00', end: '2026-06-02T11:00:00+08:00' }
    // A date alone is the whole day (before, the 09:00 session of 30 June was dropped).
    expect(expandEvent({ ...tuesdays, rrule: 'FREQ=WEEKLY;UNTIL=20260630' }).map((e) => e.start.slice(0, 10))).toEqual([
      '2026-06-02',
      '2026-06-09',
      '2026-06-16',
      '2026-06-23',
      '2026-06-30',
    ])
    // 12:00 UTC is 20:00 in Beijing: an evening session at 20:00 that day is the last one.
    const evening = { ...base, start: '2026-06-02T20:00:00+08:00', end: '2026-06-02T21:00:00+08:00' }
    expect(expandEvent({ ...evening, rrule: 'FREQ=WEEKLY;UNTIL=20260630T120000Z' }).at(-1)!.start).toBe('2026-06-30T20:00:00+08:00')
    expect(expandEvent({ ...evening, rrule: 'FREQ=WEEKLY;UNTIL=20260630T115959Z' }).at(-1)!.start).toBe('2026-06-23T20:00:00+08:00')
    // Without a zone, the time is Beijing time already.
    expect(expandEvent({ ...evening, rrule: 'FREQ=WEEKLY;UNTIL=20260630T200000' }).at(-1)!.start).toBe('2026-06-30T20:00:00+08:00')
  })

  it('passes a one-off event through unchanged', () => {
    const [one] = expandEvent({ ...base, rrule: undefined } as EventInput)
    expect(one).toMatchObject({ id: 'series', start: base.start, end: base.end })
  })
})
