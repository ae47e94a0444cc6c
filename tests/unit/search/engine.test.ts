import { describe, expect, it } from 'vitest'

import { createSearchEngine } from '@/features/search/engine'

import { makeDoc, makeIndex } from './fixtures'

const split = (text: string) => (text === '乌鲁木齐科技馆' ? ['乌鲁木齐', '科技馆'] : [text])

const engine = createSearchEngine(
  makeIndex([
    makeDoc({ k: 'venue', id: 'xj', t: '新疆科技馆', w: '乌鲁木齐市 乌鲁木齐 urumqi 科技馆', d: '乌鲁木齐 · 科技馆' }),
    makeDoc({ k: 'venue', id: 'cj', t: '昌吉科技馆', w: '昌吉市 昌吉 changji 科技馆', d: '昌吉 · 科技馆' }),
    makeDoc({ k: 'venue', id: 'other', t: '昌吉恐龙馆', w: '昌吉市 昌吉 changji 博物馆', b: '与科技馆相邻' }),
    makeDoc({ k: 'target', id: 'visitors', t: '科技馆累计服务人次', w: '科普' }),
    makeDoc({
      k: 'event',
      id: 'month-2026-cj',
      t: '2026年全国科普月·昌吉市活动',
      w: '昌吉市 昌吉 changji 科普月 科普日',
      o: [['month-2026-cj', '2026-09-01', '2026-09-30']],
      g: 'month@cj',
    }),
    makeDoc({
      k: 'event',
      id: 'month-2027-cj',
      t: '2027年全国科普月·昌吉市活动',
      w: '昌吉市 昌吉 changji 科普月 科普日',
      o: [['month-2027-cj', '2027-09-01', '2027-09-30']],
      g: 'month@cj',
      s: 'expected',
    }),
    makeDoc({
      k: 'event',
      id: 'community-2016-2020',
      t: '科普日社区科普益民工程',
      w: '昌吉 科普日',
      o: [['community-2016-2020', '2016-01-01', '2020-12-31']],
      s: 'confirmed',
      p: 'period',
    }),
    makeDoc({
      k: 'event',
      id: 'weekly',
      t: '周六科普活动',
      o: [
        ['weekly-2026-11-21', '2026-11-21T10:00:00+08:00', '2026-11-21T12:00:00+08:00'],
        ['weekly-2026-11-28', '2026-11-28T10:00:00+08:00', '2026-11-28T12:00:00+08:00'],
      ],
    }),
  ]),
)
const search = (query: string, options: Partial<Parameters<typeof engine.search>[1]> = {}) =>
  engine.search(query, { today: '2026-11-26', split, ...options })
const titles = (query: string, kind: string) =>
  search(query)
    .groups.find((g) => g.kind === kind)
    ?.results.map((r) => r.title) ?? []

describe('search engine', () => {
  it('groups results by kind in a fixed order and counts them', () => {
    const outcome = search('kjg')
    expect(outcome.groups.map((g) => g.kind)).toEqual(['venue', 'target'])
    expect(outcome.total).toBe(3)
    // Equal scores and lengths: ordered by id, so results never jump between keystrokes.
    expect(titles('kjg', 'venue')).toEqual(['昌吉科技馆', '新疆科技馆'])
  })

  it('ranks character matches above pinyin, the title above keywords and summaries', () => {
    expect(titles('科技馆', 'venue')).toEqual(['昌吉科技馆', '新疆科技馆', '昌吉恐龙馆'])
    expect(titles('xinjiang', 'venue')).toEqual(['新疆科技馆'])
    // Pinyin in the title beats the same word typed in the keywords.
    expect(search('changji').groups[0]!.results.map((r) => r.titleRanges)).toEqual([[[0, 2]], [[0, 2]]])
  })

  it('gives the ranges to highlight in the title, and a snippet when the match is elsewhere', () => {
    const first = search('kjg').groups[0]!.results.find((r) => r.title === '新疆科技馆')
    expect(first!.titleRanges).toEqual([[2, 5]])
    expect(first!.snippet).toBeNull()
    const byKeyword = search('urumqi').groups[0]!.results[0]!
    expect(byKeyword.titleRanges).toEqual([])
    expect(byKeyword.snippet).toEqual({ field: 'words', text: 'urumqi', ranges: [[0, 6]] })
    const bySummary = search('相邻').groups[0]!.results[0]!
    expect(bySummary.snippet).toEqual({ field: 'body', text: '与科技馆相邻', ranges: [[4, 6]] })
  })

  it('requires every term, each anywhere in the document', () => {
    expect(titles('昌吉 kjg', 'venue')).toEqual(['昌吉科技馆'])
    expect(titles('wlmq kjg', 'venue')).toEqual(['新疆科技馆'])
    expect(search('昌吉 不存在').total).toBe(0)
  })

  it('matches a Chinese query without spaces through its words', () => {
    const result = search('乌鲁木齐科技馆').groups[0]!.results[0]!
    expect(result.title).toBe('新疆科技馆')
    expect(result.titleRanges).toEqual([[2, 5]])
  })

  it('ranks upcoming events above ended ones and history, which say 已结束', () => {
    const results = search('科普日').groups[0]!.results
    expect(results.map((r) => [r.title, r.ended ?? false])).toEqual([
      ['2027年全国科普月·昌吉市活动', false],
      ['科普日社区科普益民工程', true],
    ])
    expect(search('科普日', { today: '2028-01-01' }).groups[0]!.results.every((r) => r.ended)).toBe(true)
  })

  it('shows one result per event series, linking to the next occurrence', () => {
    const [result] = search('科普日').groups[0]!.results
    expect(search('科普日').groups[0]!.results.filter((r) => r.key === 'month@cj')).toHaveLength(1)
    expect(result).toMatchObject({ title: '2027年全国科普月·昌吉市活动', href: '/events/month-2027-cj', more: 1, status: 'expected' })
    expect(result!.occurrence).toEqual({ start: '2027-09-01', end: '2027-09-30', datePrecision: 'day' })
    // Once the 2027 one has passed, the latest stays.
    expect(search('科普日', { today: '2028-01-01' }).groups[0]!.results.find((r) => r.key === 'month@cj')!.href).toBe(
      '/events/month-2027-cj',
    )
  })

  it('searches a recurring record once and links to its next occurrence', () => {
    const group = search('周六').groups[0]!
    expect(group.total).toBe(1)
    expect(group.results[0]!.href).toBe('/events/weekly-2026-11-28')
  })

  it('searches only the kinds asked for, and keeps `limit` results per kind', () => {
    expect(search('kjg', { kinds: ['target'] }).groups.map((g) => g.kind)).toEqual(['target'])
    const limited = search('科技馆', { limit: 1 }).groups[0]!
    expect(limited).toMatchObject({ total: 3 })
    expect(limited.results).toHaveLength(1)
  })

  it('links each kind to its page', () => {
    expect(search('kjg').groups.flatMap((g) => g.results.map((r) => r.href))).toEqual([
      '/venues/cj',
      '/venues/xj',
      '/targets#target-visitors',
    ])
  })

  it('returns nothing for a blank query', () => {
    expect(search('  ')).toEqual({ total: 0, groups: [] })
  })
})

describe('the occurrence a result links to', () => {
  const fair = createSearchEngine(
    makeIndex([
      makeDoc({
        k: 'event',
        id: 'fair',
        t: '科普集市',
        o: [
          ['a', '2026-05-01', '2026-05-03'],
          ['b', '2026-06-01', '2026-06-01'],
        ],
      }),
    ]),
  )
  const href = (today: string) => fair.search('集市', { today, split }).groups[0]!.results[0]!.href
  it('is the first that has not ended, counting the last day, else the last', () => {
    expect(href('2026-05-03')).toBe('/events/a')
    expect(href('2026-05-04')).toBe('/events/b')
    expect(href('2027-01-01')).toBe('/events/b')
  })
})

describe('typing on', () => {
  const index = makeIndex([
    makeDoc({ k: 'venue', id: 'xj', t: '新疆科技馆', w: '乌鲁木齐市 乌鲁木齐 urumqi 科技馆' }),
    makeDoc({ k: 'venue', id: 'cj', t: '昌吉科技馆', w: '昌吉市 昌吉 changji 科技馆' }),
    makeDoc({ k: 'target', id: 'visitors', t: '科技馆累计服务人次', b: '乌鲁木齐' }),
    makeDoc({ k: 'event', id: 'week', t: '科技活动周·昌吉市', w: '昌吉 changji', o: [['week', '2027-05-20', '2027-05-27']] }),
  ])
  const strip = (outcome: ReturnType<typeof engine.search>) => JSON.stringify(outcome)

  it('gives the same results one key at a time as when searching afresh', () => {
    const sequences = ['kejiguan', '科技g', 'wlmq kjg', 'changji kjhd', '乌鲁木齐科技馆', 'kjg', 'kj', 'k', 'cj']
    for (const kinds of [undefined, ['venue'] as const]) {
      const typed = createSearchEngine(index)
      const options = { today: '2026-11-26', split, kinds }
      for (const sequence of sequences) {
        for (let i = 1; i <= sequence.length; i++) {
          const query = sequence.slice(0, i)
          expect(strip(typed.search(query, options)), `${query} ${kinds}`).toBe(strip(createSearchEngine(index).search(query, options)))
        }
      }
    }
  })
})
