import { describe, expect, it } from 'vitest'

import { activeFilterCount, EMPTY_FILTERS, filtersToQuery, invalidOpenDate, matchesFilters, parseFilters } from '@/features/map/filters'

import { makeVenue } from '../builders'

const WEDNESDAY_NOON = new Date('2026-11-25T12:00:00+08:00')
const context = { now: WEDNESDAY_NOON, venuesWithEvents: new Set(['with-events']) }

describe('URL form of the filters', () => {
  it('round-trips through the query and keeps unrelated keys', () => {
    const filters = { category: '三农类', region: 'changji', audience: '小学', free: true, open: '2026-12-02', events: true } as const
    const query = filtersToQuery(filters, { near: '1', venue: 'x', category: '企业类' })
    expect(query).toEqual({
      near: '1',
      venue: 'x',
      category: '三农类',
      region: 'changji',
      audience: '小学',
      free: '1',
      open: '2026-12-02',
      events: '1',
    })
    expect(parseFilters(query)).toEqual(filters)
    expect(activeFilterCount(filters)).toBe(6)
  })

  it('ignores unknown or malformed values instead of failing', () => {
    expect(parseFilters({ category: '不存在', audience: ['小学', '初中'], open: 'tomorrow', free: 'yes' })).toEqual({
      ...EMPTY_FILTERS,
      audience: '小学',
    })
    expect(filtersToQuery(EMPTY_FILTERS)).toEqual({})
  })
})

describe('matchesFilters', () => {
  const museum = makeVenue({ id: 'museum', fee: 'free', hours: { osm: 'We-Su 11:00-13:30,15:00-17:30' } })
  const farm = makeVenue({ id: 'with-events', category: '三农类', region: 'xinxing', audiences: ['公众'] })

  it('filters by category, region, audience, fee and events this month', () => {
    const pass = (venue: typeof museum, f: Partial<typeof EMPTY_FILTERS>) => matchesFilters(venue, { ...EMPTY_FILTERS, ...f }, context)
    expect(pass(farm, { category: '三农类' })).toBe(true)
    expect(pass(museum, { category: '三农类' })).toBe(false)
    expect(pass(farm, { region: 'changji' })).toBe(false)
    expect(pass(museum, { audience: '小学' })).toBe(true)
    expect(pass(farm, { audience: '小学' })).toBe(false)
    expect(pass(museum, { free: true })).toBe(true)
    expect(pass(farm, { free: true })).toBe(false)
    expect(pass(farm, { events: true })).toBe(true)
    expect(pass(museum, { events: true })).toBe(false)
  })

  it('judges "open now" and "open on a day" in Beijing time; unknown hours never count as open', () => {
    const open = (venue: typeof museum, value: string, now = WEDNESDAY_NOON) =>
      matchesFilters(venue, { ...EMPTY_FILTERS, open: value }, { ...context, now })
    expect(open(museum, 'now')).toBe(true)
    expect(open(museum, 'now', new Date('2026-11-25T14:00:00+08:00'))).toBe(false)
    expect(open(museum, '2026-11-30')).toBe(false) // Monday
    expect(open(museum, '2026-12-05')).toBe(true) // Saturday
    expect(open(farm, 'now')).toBe(false)
  })
})

describe('impossible open dates in the link (issue 18.3)', () => {
  it.each(['2026-13-45', '2026-02-30', '9999-99-99'])('drops open=%s and reports it', (open) => {
    expect(parseFilters({ open }).open).toBeNull()
    expect(invalidOpenDate({ open })).toBe(open)
  })

  it('keeps a real day and "now" without a report', () => {
    expect(parseFilters({ open: '2026-02-28' }).open).toBe('2026-02-28')
    expect(invalidOpenDate({ open: '2026-02-28' })).toBeNull()
    expect(invalidOpenDate({ open: 'now' })).toBeNull()
  })
})
