import { describe, expect, it } from 'vitest'

import { attribution, formatPublished, staleYears } from '@/features/venues/facts'

import { makeVenue } from '../builders'

const notice = { id: 'n', url: 'https://example.org/n', title: '公告', publisher: '某馆', published: '2021-11-24', retrieved: '2026-12-01' }
const news = { id: 'm', url: 'https://example.org/m', title: '报道', publisher: '天山网', published: '2026-02-11', retrieved: '2026-12-01' }

describe('published facts', () => {
  it('formats day and month-only dates', () => {
    expect(formatPublished('2021-11-24')).toBe('2021年11月24日')
    expect(formatPublished('2021-04')).toBe('2021年4月')
  })

  it('calls a page stale only when it is more than 12 months old, in whole years', () => {
    expect(staleYears('2025-12-01', '2026-12-01')).toBeNull()
    expect(staleYears('2025-11-30', '2026-12-01')).toBe(1)
    expect(staleYears('2021-11-24', '2026-12-01')).toBe(5)
    expect(staleYears('2021-04', '2026-12-01')).toBe(5)
  })

  it('lists a group’s sources newest first, or none (未找到公开信息)', () => {
    const venue = makeVenue({
      sources: [notice, news],
      hours: { osm: 'We-Su 11:00-13:30', from: ['n'] },
      contact: { phone: '0991-1', from: ['n', 'm'] },
    })
    expect(attribution(venue, 'hours', '2026-12-01')).toEqual({ sources: [notice], staleYears: 5 })
    expect(attribution(venue, 'contact', '2026-12-01').sources.map((s) => s.id)).toEqual(['m', 'n'])
    expect(attribution(venue, 'contact', '2026-12-01').staleYears).toBeNull()
    expect(attribution(venue, 'booking', '2026-12-01')).toEqual({ sources: [], staleYears: null })
  })
})
