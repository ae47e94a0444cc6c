import { describe, expect, it } from 'vitest'

import { evaluateVenue, finderQuery, findVenues, parseFinderQuery } from '@/features/planner/finder'

import { makeMuseum, makeUnknownVenue } from '../builders'

const museum = makeMuseum()
const changji = makeUnknownVenue()
const dinosaurs = makeUnknownVenue({
  id: 'changji-dinosaur-museum',
  name: '昌吉恐龙馆',
  topics: ['生物', '地理'],
  audiences: ['小学', '初中'],
})
const oldFolk = makeUnknownVenue({ id: 'elderly', name: '老年科普站', audiences: ['老年', '公众'], topics: ['物理'] })

describe('findVenues', () => {
  it('filters 初中 physics by audience and topic', () => {
    const { matches, excluded } = findVenues([museum, changji, dinosaurs, oldFolk], { grade: 'junior', subjects: ['物理'] })
    expect(matches.map((r) => r.venue.id)).toEqual(['changji-science-museum', 'xinjiang-science-museum'])
    expect(excluded.map((r) => r.venue.id).sort()).toEqual(['changji-dinosaur-museum', 'elderly'])
    expect(excluded.find((r) => r.venue.id === 'elderly')!.criteria[0]).toEqual({ key: 'grade', fit: 'no', text: '不面向初中' })
  })

  it('lists venues that fit alike by name, quote marks aside (“红星耀双河”陈列馆 came first)', () => {
    const named = (id: string, name: string) => makeMuseum({ id, name })
    const venues = [named('x', '新疆科技馆'), named('h', '“红星耀双河”陈列馆'), named('a', '阿勒泰科技馆')]
    expect(findVenues(venues, { subjects: [] }).matches.map((r) => r.venue.id)).toEqual(['a', 'h', 'x'])
  })

  it('never treats unknown group limits, lead time, letter or fee as a fit, and ranks known fits first', () => {
    const filters = { subjects: [], size: 28, within: 3, noLetter: true, fee: 'free' as const }
    const unknown = evaluateVenue(changji, filters)
    expect(unknown.fit).toBe('unknown')
    expect(unknown.criteria.map((c) => [c.key, c.fit, c.text])).toEqual([
      ['size', 'unknown', '团体人数限制未知，请向场馆确认（请问：一批最多几人？28人要分几批？）'],
      ['lead', 'unknown', '预约提前天数未知，请向场馆确认'],
      ['letter', 'unknown', '是否需要公函未知，请向场馆确认'],
      ['fee', 'unknown', '费用未知，请向场馆确认'],
    ])
    const known = findVenues(
      [changji, museum, makeMuseum({ id: 'free', name: '免费馆', fee: 'free', booking: { required: false, groupMax: 40 } })],
      { subjects: [], size: 28, within: 3 },
    )
    expect(known.matches.map((r) => r.venue.id)).toEqual(['free', 'xinjiang-science-museum', 'changji-science-museum'])
  })

  it('judges group size, lead time and letters where the venue publishes them', () => {
    expect(evaluateVenue(museum, { subjects: [], size: 42 }).criteria[0]).toEqual({
      key: 'size',
      fit: 'yes',
      text: '团体10—30人，42人分 2 批，每批 ≤ 30 人',
    })
    expect(evaluateVenue(museum, { subjects: [], size: 5 }).criteria[0]!.fit).toBe('no')
    expect(evaluateVenue(museum, { subjects: [], size: 30 }).criteria[0]!.fit).toBe('yes')
    expect(evaluateVenue(museum, { subjects: [], within: 0 }).criteria[0]).toEqual({ key: 'lead', fit: 'no', text: '需提前1天预约' })
    expect(evaluateVenue(museum, { subjects: [], within: 1 }).criteria[0]!.fit).toBe('yes')
    expect(evaluateVenue(museum, { subjects: [], noLetter: true }).criteria[0]).toEqual({ key: 'letter', fit: 'no', text: '团体需要公函' })
  })

  it('measures distance from the school and filters by it; approximate positions say so', () => {
    const school = { lat: 44.01, lng: 87.27 }
    const { matches, excluded } = findVenues([museum, changji], { subjects: [], maxKm: 30 }, school)
    expect(matches.map((r) => r.venue.id)).toEqual(['changji-science-museum'])
    expect(excluded[0]!.km).toBeGreaterThan(30)
    expect(excluded[0]!.criteria[0]!.text).toMatch(/^约 \d+ 公里（场馆为大致位置）$/)
    // A school at its city's centre, where the venue is placed too: whole kilometres, never "0.1 公里".
    const atCentre = findVenues([changji], { subjects: [], maxKm: 30 }, changji.location)
    expect(atCentre.matches[0]!.criteria[0]!.text).toBe('约 1 公里（场馆为大致位置）')
  })
})

describe('finder URL query', () => {
  it('round-trips filters and drops malformed values', () => {
    const filters = {
      grade: 'junior' as const,
      subjects: ['物理' as const, '生物' as const],
      size: 28,
      within: 0,
      noLetter: true as const,
      fee: 'free' as const,
      maxKm: 30,
    }
    expect(parseFinderQuery(finderQuery(filters) as Record<string, string>)).toEqual(filters)
    expect(
      parseFinderQuery({ grade: 'college', subject: '物理,魔法', size: '-3', within: 'x', letter: 'yes', fee: 'gratis', km: '1e9' }),
    ).toEqual({
      grade: undefined,
      subjects: ['物理'],
      size: undefined,
      within: undefined,
      noLetter: undefined,
      fee: undefined,
      maxKm: undefined,
    })
  })
})
