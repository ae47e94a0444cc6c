import { describe, expect, it } from 'vitest'

import {
  decodeMonthShard,
  encodeMonthShard,
  isMonthShardFile,
  type MonthShardFile,
  type MonthShardFileV2,
  openMonthShard,
} from '@/shared/eventShard'
import type { EventItem, Shift } from '@/shared/types'

import { makeEvent } from '../builders'

const shift: Shift = {
  id: 's1',
  role: '引导',
  start: '2026-11-21T09:00:00+08:00',
  end: '2026-11-21T12:00:00+08:00',
  meetingPoint: '正门',
  team: '志愿者一队',
  lead: '科协',
  bring: ['水'],
  sample: true,
}

/** A weekly timed series as expand.ts writes it: shared fields, ids `<record>-YYYYMMDD`. */
const series = (day: string): EventItem =>
  makeEvent({
    id: `talk-${day.replaceAll('-', '')}`,
    recordId: 'talk',
    title: '周末科普讲堂',
    series: 'weekend-talks',
    venue: 'shuanghe-kjg',
    howToJoin: '现场参加',
    start: `${day}T09:30:00+08:00`,
    end: `${day}T11:00:00+08:00`,
  })

const events: EventItem[] = [
  makeEvent({ id: 'winter', start: '2026-11-15', end: '2027-03-31', audiences: ['公众', '家庭'] }),
  series('2026-11-07'),
  series('2026-11-14'),
  makeEvent({ id: 'roster', start: '2026-11-21T09:00:00+08:00', end: '2026-11-21T17:00:00+08:00', shifts: [shift] }),
  series('2026-11-21'),
  makeEvent({ id: 'caravan-20261128', recordId: 'caravan', start: '2026-11-28', status: 'changed' }),
]

const roundTrip = (list: EventItem[]) => decodeMonthShard(JSON.parse(JSON.stringify(encodeMonthShard('2026-11', list))) as MonthShardFile)

describe('month shard format', () => {
  it('round-trips one-off, series, all-day and timed occurrences, with and without optional fields', () => {
    const decoded = roundTrip(events)
    expect(decoded).toStrictEqual(events)
    // Absent optional keys stay absent rather than becoming undefined.
    expect(Object.keys(decoded[0]!).sort()).toEqual(Object.keys(events[0]!).sort())
    expect(decoded[3]!.shifts).toEqual([shift])
    expect(decoded.map((e) => e.allDay)).toEqual([true, false, false, false, false, true])
  })

  it('writes each record once and each occurrence as a short [record, start, end, id?] in the given order', () => {
    const file = encodeMonthShard('2026-11', events)
    expect(file.month).toBe('2026-11')
    expect(file.v).toBe(3)
    expect(file.records.map((r) => r.recordId)).toEqual(['winter', 'talk', 'roster', 'caravan'])
    expect(file.records[1]).not.toHaveProperty('id')
    expect(file.records[1]).not.toHaveProperty('start')
    expect(file.records[1]).not.toHaveProperty('allDay')
    // A series id (<record>-YYYYMMDD of the start) is 1, the record id is left out; Beijing times lose
    // `:00+08:00`, an end on the start's day keeps its time only, an end equal to the start is ''.
    expect(file.occurrences).toEqual([
      [0, '2026-11-15', '2027-03-31'],
      [1, '2026-11-07T09:30', '11:00', 1],
      [1, '2026-11-14T09:30', '11:00', 1],
      [2, '2026-11-21T09:00', '17:00'],
      [1, '2026-11-21T09:30', '11:00', 1],
      [3, '2026-11-28', '', 1],
    ])
  })

  it('stores an id that starts with its record id but is no series id as its suffix', () => {
    const extra = makeEvent({ id: 'talk-evening', recordId: 'talk', start: '2026-11-27T19:00:00+08:00', end: '2026-11-27T20:00:00+08:00' })
    expect(encodeMonthShard('2026-11', [extra]).occurrences).toEqual([[0, '2026-11-27T19:00', '20:00', '-evening']])
    expect(roundTrip([extra])).toStrictEqual([extra])
  })

  it('stores an id that does not start with its record id in full', () => {
    const odd = makeEvent({ id: 'probe', recordId: 'talk', start: '2026-11-27T07:30:00+08:00', end: '2026-11-27T09:00:00+08:00' })
    const file = encodeMonthShard('2026-11', [odd])
    expect(file.occurrences).toEqual([[0, '2026-11-27T07:30', '09:00', { id: 'probe' }]])
    expect(isMonthShardFile(file)).toBe(true)
    expect(roundTrip([odd])).toStrictEqual([odd])
  })

  it('keeps occurrences of one record apart when their fields differ', () => {
    const moved = { ...series('2026-11-14'), status: 'changed' as const }
    const file = encodeMonthShard('2026-11', [series('2026-11-07'), moved])
    expect(file.records).toHaveLength(2)
    expect(roundTrip([series('2026-11-07'), moved])).toStrictEqual([series('2026-11-07'), moved])
  })

  it('refuses an occurrence whose allDay does not follow from its start', () => {
    expect(() => encodeMonthShard('2026-11', [makeEvent({ id: 'x', start: '2026-11-01', allDay: false })])).toThrow(/allDay/)
  })

  it('encodes an empty month', () => {
    const file = encodeMonthShard('2026-12', [])
    expect(file).toEqual({ month: '2026-12', v: 3, records: [], occurrences: [] })
    expect(isMonthShardFile(file)).toBe(true)
    expect(decodeMonthShard(file)).toEqual([])
  })

  it('keeps times it cannot shorten as they are: other offsets, seconds, ends on another day', () => {
    const odd = [
      makeEvent({ id: 'utc', start: '2026-11-05T01:30:00Z', end: '2026-11-05T03:00:00Z' }),
      makeEvent({ id: 'secs', start: '2026-11-06T09:30:15+08:00', end: '2026-11-06T10:00:00+08:00' }),
      makeEvent({ id: 'night', start: '2026-11-07T20:00:00+08:00', end: '2026-11-08T02:00:00+08:00' }),
      makeEvent({ id: 'point', start: '2026-11-09T10:00:00+08:00', end: '2026-11-09T10:00:00+08:00' }),
    ]
    expect(encodeMonthShard('2026-11', odd).occurrences.map((o) => o.slice(1, 3))).toEqual([
      ['2026-11-05T01:30:00Z', '2026-11-05T03:00:00Z'],
      ['2026-11-06T09:30:15+08:00', '2026-11-06T10:00'],
      ['2026-11-07T20:00', '2026-11-08T02:00'],
      ['2026-11-09T10:00', ''],
    ])
    expect(roundTrip(odd)).toStrictEqual(odd)
  })

  it('still reads version 2, which the service worker may have cached before a deploy', () => {
    const v2: MonthShardFileV2 = {
      month: '2026-11',
      v: 2,
      records: encodeMonthShard('2026-11', events).records,
      occurrences: [
        [0, '2026-11-15', '2027-03-31'],
        [1, '2026-11-07T09:30:00+08:00', '2026-11-07T11:00:00+08:00', '-20261107'],
        [1, '2026-11-14T09:30:00+08:00', '2026-11-14T11:00:00+08:00', '-20261114'],
        [2, '2026-11-21T09:00:00+08:00', '2026-11-21T17:00:00+08:00'],
        [1, '2026-11-21T09:30:00+08:00', '2026-11-21T11:00:00+08:00', '-20261121'],
        [3, '2026-11-28', '2026-11-28', '-20261128'],
      ],
    }
    const cached = JSON.parse(JSON.stringify(v2)) as unknown
    expect(isMonthShardFile(cached)).toBe(true)
    if (!isMonthShardFile(cached)) return
    expect(decodeMonthShard(cached)).toStrictEqual(events)
    expect(openMonthShard(cached)?.all()).toStrictEqual(events)
  })

  it('decodes only the occurrences of the asked days, once: the same objects on every call', () => {
    const month = openMonthShard(JSON.parse(JSON.stringify(encodeMonthShard('2026-11', events))))!
    // The season from 11-15 and the two talks of 11-14 and 11-21 overlap 11-14 … 11-21 (the roster day too).
    const week = month.between('2026-11-14', '2026-11-21')
    expect(week).toStrictEqual([events[0], events[2], events[3], events[4]])
    expect(month.between('2026-11-21', '2026-11-21')[0]).toBe(week[0])
    expect(month.between('2026-11-01', '2026-11-06')).toEqual([])
    expect(month.between('2026-11-28', '2026-11-28')).toStrictEqual([events[0], events[5]])
    const all = month.all()
    expect(all).toStrictEqual(events)
    expect(all[1]).toBe(month.between('2026-11-07', '2026-11-07')[0])
  })

  it('finds the days of times in other offsets and of events past midnight', () => {
    const odd = [
      // 23:30 UTC on 11-05 is 07:30 on 11-06 in Beijing.
      makeEvent({ id: 'utc', start: '2026-11-05T23:30:00Z', end: '2026-11-06T01:00:00Z' }),
      makeEvent({ id: 'night', start: '2026-11-07T20:00:00+08:00', end: '2026-11-08T02:00:00+08:00' }),
    ]
    const month = openMonthShard(encodeMonthShard('2026-11', odd))!
    expect(month.between('2026-11-05', '2026-11-05')).toEqual([])
    expect(month.between('2026-11-06', '2026-11-06')).toStrictEqual([odd[0]])
    expect(month.between('2026-11-08', '2026-11-08')).toStrictEqual([odd[1]])
  })

  it('still reads the first format { month, events }, which the service worker may have cached', () => {
    const legacy = JSON.parse(JSON.stringify({ month: '2026-11', events })) as unknown
    expect(isMonthShardFile(legacy)).toBe(true)
    if (!isMonthShardFile(legacy)) return
    expect(decodeMonthShard(legacy)).toStrictEqual(events)
    expect(openMonthShard(legacy)?.all()).toStrictEqual(events)
    expect(openMonthShard(legacy)?.between('2026-11-20', '2026-11-22')).toStrictEqual([events[0], events[3], events[4]])
  })
})

describe('isMonthShardFile', () => {
  const good = JSON.parse(JSON.stringify(encodeMonthShard('2026-11', events))) as MonthShardFile
  const withOccurrence = (occurrence: unknown) => ({ ...good, occurrences: [...good.occurrences, occurrence] })

  it('accepts a published shard', () => {
    expect(isMonthShardFile(good)).toBe(true)
  })

  it.each([
    ['null', null],
    ['an HTML page read as text', '<!doctype html>'],
    ['an array', []],
    ['no month', { ...good, month: undefined }],
    ['a month that is not a string', { ...good, month: 202611 }],
    ['an unknown version', { ...good, v: 4 }],
    ['records that are not a list', { ...good, records: {} }],
    ['occurrences that are not a list', { ...good, occurrences: null }],
    ['a record without a string recordId', { ...good, records: [...good.records, { title: 'x' }] }],
    ['a record that is not an object', { ...good, records: [...good.records, 'talk'] }],
    ['a record index past the end', withOccurrence([good.records.length, '2026-11-01', '2026-11-01'])],
    ['a negative record index', withOccurrence([-1, '2026-11-01', '2026-11-01'])],
    ['a fractional record index', withOccurrence([0.5, '2026-11-01', '2026-11-01'])],
    ['a record index as a string', withOccurrence(['0', '2026-11-01', '2026-11-01'])],
    ['a start that is not a string', withOccurrence([0, 20261101, '2026-11-01'])],
    ['a missing end', withOccurrence([0, '2026-11-01'])],
    ['an id that is a number other than 1', withOccurrence([0, '2026-11-01', '2026-11-01', 7])],
    ['an end as a time after an all-day start', withOccurrence([0, '2026-11-01', '11:00'])],
    ['a series id 1 in version 2', { ...good, v: 2, occurrences: [[0, '2026-11-01', '2026-11-01', 1]] }],
    ['an id object without a string id', withOccurrence([0, '2026-11-01', '2026-11-01', { id: 7 }])],
    ['a tuple that is too long', withOccurrence([0, '2026-11-01', '2026-11-01', '-x', 'extra'])],
    ['an occurrence that is an object', withOccurrence({ record: 0, start: '2026-11-01', end: '2026-11-01' })],
    ['a legacy shard without events', { month: '2026-11', events: null }],
  ])('rejects %s', (_, value) => {
    expect(isMonthShardFile(value)).toBe(false)
    expect(openMonthShard(value)).toBeNull()
  })

  // Speed at this size is measured by `npm run bench:calendar`, not by a timed test.
  it('checks every one of 8 500 occurrences: one bad tuple among them is caught', () => {
    const many = encodeMonthShard(
      '2026-11',
      Array.from({ length: 8_500 }, (_, i) => series(`2026-11-${String(1 + (i % 30)).padStart(2, '0')}`)),
    )
    const parsed = JSON.parse(JSON.stringify(many)) as { occurrences: unknown[][] }
    expect(isMonthShardFile(parsed)).toBe(true)
    expect(openMonthShard(parsed)?.all()).toHaveLength(8_500)
    parsed.occurrences[8_000]![0] = 99_999
    expect(isMonthShardFile(parsed)).toBe(false)
    expect(openMonthShard(parsed)).toBeNull()
  })
})
