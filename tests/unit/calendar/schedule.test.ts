import { describe, expect, it } from 'vitest'

import { changesSince, findClashes } from '@/features/calendar/schedule'
import { interval as instantRange } from '@/shared/clash'
import { snapshotOf } from '@/shared/userData'

import { makeEvent } from '../builders'

describe('changesSince', () => {
  const event = makeEvent({ id: 'a', start: '2026-05-23T09:30:00+08:00', end: '2026-05-23T11:30:00+08:00', venue: 'v1' })
  const seen = snapshotOf(event)

  it('reports nothing for an unchanged event', () => {
    expect(changesSince(seen, event)).toEqual([])
    expect(changesSince(seen, { ...event, title: '新标题', summary: '新摘要' })).toEqual([])
  })

  it('reports a change of time, place and status', () => {
    expect(changesSince(seen, { ...event, start: '2026-05-23T10:00:00+08:00' })).toEqual(['time'])
    expect(changesSince(seen, { ...event, venue: 'v2' })).toEqual(['place'])
    expect(changesSince(seen, { ...event, venue: undefined })).toEqual(['place'])
    expect(changesSince(seen, { ...event, status: 'cancelled' })).toEqual(['status'])
    expect(changesSince(seen, { ...event, end: '2026-05-24T11:30:00+08:00', region: 'changji', status: 'confirmed' })).toEqual([
      'time',
      'place',
      'status',
    ])
  })
})

describe('instantRange', () => {
  it('spans Beijing midnights for all-day ranges (inclusive end) and exact instants for timed ones', () => {
    expect(instantRange({ start: '2026-05-23', end: '2026-05-24' }).map((ms) => new Date(ms).toISOString())).toEqual([
      '2026-05-22T16:00:00.000Z',
      '2026-05-24T16:00:00.000Z',
    ])
    expect(instantRange({ start: '2026-05-23T09:30:00+08:00', end: '2026-05-23T11:30:00+08:00' })).toEqual([
      Date.parse('2026-05-23T01:30:00Z'),
      Date.parse('2026-05-23T03:30:00Z'),
    ])
  })
})

describe('findClashes', () => {
  const morning = makeEvent({ id: 'morning', start: '2026-05-23T09:00:00+08:00', end: '2026-05-23T11:00:00+08:00' })
  const late = makeEvent({ id: 'late', start: '2026-05-23T10:30:00+08:00', end: '2026-05-23T12:00:00+08:00' })
  const afternoon = makeEvent({ id: 'afternoon', start: '2026-05-23T11:00:00+08:00', end: '2026-05-23T12:00:00+08:00' })
  const week = makeEvent({ id: 'week', start: '2026-05-18', end: '2026-05-24' })
  const nextDay = makeEvent({ id: 'next', start: '2026-05-25' })

  it('finds overlapping pairs; touching end and start do not clash', () => {
    const pairs = findClashes([afternoon, morning, late]).pairs.map((c) => [c.a.id, c.b.id])
    expect(pairs).toEqual([
      ['morning', 'late'],
      ['late', 'afternoon'],
    ])
  })

  it('treats all-day ranges as whole Beijing days', () => {
    expect(findClashes([week, morning]).pairs.map((c) => [c.a.id, c.b.id])).toEqual([['week', 'morning']])
    expect(findClashes([week, nextDay]).total).toBe(0)
  })

  it('ignores cancelled events and events without day precision', () => {
    expect(findClashes([morning, { ...late, status: 'cancelled' }]).total).toBe(0)
    expect(findClashes([morning, { ...week, datePrecision: 'month' }]).total).toBe(0)
    expect(findClashes([morning, { ...week, datePrecision: 'year' }]).total).toBe(0)
  })
})
