import { describe, expect, it } from 'vitest'

import { activeFilterCount, matchesFilters, parseFilters, withFilters } from '@/features/calendar/filters'

import { makeEvent } from '../builders'

describe('calendar filters', () => {
  it('reads valid filters from the query and drops malformed ones', () => {
    expect(parseFilters({ kind: '科普月', region: 'changji', audience: '老年', venue: 'xinjiang-science-museum' })).toEqual({
      kind: '科普月',
      region: 'changji',
      audience: '老年',
      venue: 'xinjiang-science-museum',
    })
    expect(parseFilters({ kind: 'bogus', region: '<script>', audience: ['老年'], venue: '' })).toEqual({})
  })

  it('writes filters back into the query, keeping other keys and removing cleared ones', () => {
    expect(withFilters({ view: 'month', kind: '科普月' }, { region: 'changji' })).toEqual({ view: 'month', region: 'changji' })
  })

  it('matches on type, region, venue and audience; 公众 events suit every audience', () => {
    const e = makeEvent({ id: 'a', kind: '科普月', region: 'changji', venue: 'v1', audiences: ['小学'] })
    expect(matchesFilters(e, {})).toBe(true)
    expect(matchesFilters(e, { kind: '科普月', region: 'changji', venue: 'v1', audience: '小学' })).toBe(true)
    expect(matchesFilters(e, { kind: '科技之冬' })).toBe(false)
    expect(matchesFilters(e, { region: 'kashgar' })).toBe(false)
    expect(matchesFilters(e, { venue: 'v2' })).toBe(false)
    expect(matchesFilters(e, { audience: '老年' })).toBe(false)
    expect(matchesFilters(makeEvent({ id: 'b', audiences: ['公众'] }), { audience: '老年' })).toBe(true)
    expect(activeFilterCount({ kind: '科普月', venue: 'v1' })).toBe(2)
  })
})
