import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { compileContent } from '../../src/build/compile'
import { renderDataFiles } from '../../src/build/opendata'
import { buildSearchIndex, makeSearchIndex, readingsOf, synonymsFor } from '../../src/build/search-index'
import { createSearchEngine, type SearchEngine } from '../../src/features/search/engine'
import { en } from '../../src/i18n/en'
import { kkArab } from '../../src/i18n/kk-Arab'
import { ug } from '../../src/i18n/ug'
import type { SearchIndex } from '../../src/shared/search'
import { AUDIENCE_WORDS } from '../../src/shared/searchWords'

const root = resolve(__dirname, '../..')
const compile = (contentDir: string) => compileContent({ contentDir, rootDir: root, builtAt: '2026-01-01T00:00:00.000Z' })

describe('readings', () => {
  it('are toneless, and list every reading of a polyphone', () => {
    expect(readingsOf('科')).toEqual(['ke'])
    expect(readingsOf('行')).toEqual(expect.arrayContaining(['xing', 'hang']))
    expect(readingsOf('长')).toEqual(expect.arrayContaining(['chang', 'zhang']))
    expect(readingsOf('什')).toEqual(expect.arrayContaining(['shi', 'shen']))
  })

  it('spell ü both as v and u', () => {
    expect(readingsOf('绿')).toEqual(expect.arrayContaining(['lv', 'lu']))
  })

  it('are computed for the pinyin-searchable fields only, and the audiences’ words the browser adds to them', () => {
    const index = makeSearchIndex([{ k: 'venue', id: 'a', t: '科技馆', w: '昌吉', b: '恐龙', d: '' }], 'now')
    const audience = new Set(Object.values(AUDIENCE_WORDS).flat().join(''))
    expect(
      Object.keys(index.readings)
        .filter((c) => !audience.has(c))
        .sort(),
    ).toEqual(['吉', '技', '昌', '科', '馆'].sort())
    // qinzi finds 亲子, which a 小学 venue answers to (withAudienceWords).
    expect(index.readings['亲']).toBe(readingsOf('亲').join(' '))
    expect(index.readings['恐']).toBeUndefined()
  })
})

describe('synonyms', () => {
  it('give 科普月 documents the old name 科普日, and the reverse', () => {
    expect(synonymsFor('2026年全国科普月·昌吉市活动', '2026年全国科普月·昌吉市活动')).toEqual(['科普日', '科普活动日'])
    expect(synonymsFor('全国科普日', '全国科普日')).toEqual(['科普月', '科普活动日'])
    expect(synonymsFor('科技馆', '科技馆')).toEqual([])
  })
})

describe('search index of the fixture content', () => {
  const compiled = compile(resolve(root, 'tests/fixtures/content-valid'))
  const index = buildSearchIndex(compiled)

  it('is published with the other app data', () => {
    const file = renderDataFiles(compiled).get('/data/app/search-index.json')
    expect(JSON.parse(file!)).toEqual(index)
  })

  it('has one document per venue, event record, plan and target; a recurring record is one document', () => {
    const count = (kind: string) => index.docs.filter((d) => d.k === kind).length
    expect(count('venue')).toBe(compiled.catalog.venues.length)
    expect(count('plan')).toBe(compiled.catalog.plans.length)
    expect(count('target')).toBe(compiled.catalog.targets.length)
    const caravan = index.docs.find((d) => d.id === 'caravan-a')!
    expect(compiled.events.filter((e) => e.recordId === 'caravan-a').length).toBeGreaterThan(1)
    expect(index.docs.filter((d) => d.id === 'caravan-a')).toHaveLength(1)
    expect(caravan.s).toBe(compiled.events.find((e) => e.recordId === 'caravan-a')!.status)
    expect(caravan.o!.map(([id]) => id)).toEqual(compiled.events.filter((e) => e.recordId === 'caravan-a').map((e) => e.id))
  })

  it('finds the 长辈模式 switch under the names other apps give it (适老化)', () => {
    const engine = createSearchEngine(index, compiled.catalog)
    // …and by the name the result shows in English, Uyghur and Kazakh (before, Chinese words only).
    const elderTitles = [en, ug, kkArab].map((language) => language.messages.elder!.title!)
    for (const query of ['长辈版', '亲情版', '关爱版', '关怀版', '长辈模式', '大字', 'zbms', 'senior mode', ...elderTitles]) {
      const setting = engine.search(query, { today: '2026-01-01' }).groups.find((g) => g.kind === 'setting')
      expect(
        setting?.results.map((r) => [r.title, r.href]),
        query,
      ).toEqual([['长辈模式', '/me#elder-mode']])
    }
  })

  it('gives each document its region by name, short name and id', () => {
    expect(index.docs.find((d) => d.id === 'museum-a')!.w.split(' ')).toEqual(expect.arrayContaining(['甲市', '甲', 'alpha']))
  })
})

describe('search index of the real content', () => {
  const real = compile(resolve(root, 'content'))
  const index: SearchIndex = buildSearchIndex(real)
  // As the browser builds it: the bodies of venues, plans and targets come from the catalog.
  const engine = createSearchEngine(index, real.catalog)
  const titles = (query: string, kind: string) =>
    engine
      .search(query, { today: '2026-11-26' })
      .groups.find((g) => g.kind === kind)
      ?.results.map((r) => r.title) ?? []

  it('leaves the bodies the catalog holds to the browser, which finds plans, venues and targets by them', () => {
    // Written in both files they were ~25 KB of the precache twice.
    expect(index.docs.filter((d) => ['venue', 'plan', 'target'].includes(d.k) && d.b !== undefined)).toEqual([])
    expect(index.docs.filter((d) => d.k === 'event' && !d.b)).toEqual([])
    // Words only in a summary or a note: 研学旅游 (the 昌吉 plan), 点名 (a venue's summary, a target's note).
    const found = (query: string, kind: string, within: SearchEngine) =>
      within.search(query, { today: '2026-11-26' }).groups.find((g) => g.kind === kind)?.results.length ?? 0
    const bare = createSearchEngine(index)
    for (const [query, kind] of [
      ['研学旅游', 'plan'],
      ['规划点名', 'venue'],
      ['规划只点名', 'target'],
    ] as const) {
      expect(found(query, kind, engine), `${query} ${kind}`).toBeGreaterThan(0)
      expect(found(query, kind, bare), `${query} ${kind} without the catalog`).toBe(0)
    }
    const snippet = engine.search('研学旅游', { today: '2026-11-26' }).groups.find((g) => g.kind === 'plan')!.results[0]!.snippet
    expect(snippet?.text).toContain('研学旅游')
  })

  it('finds the 科技馆 venues by initials, full pinyin and mixed input', () => {
    for (const query of ['kjg', 'kejiguan', '科技g', '科技馆']) {
      expect(titles(query, 'venue'), query).toEqual(expect.arrayContaining(['新疆科技馆', '昌吉科技馆', '第五师双河市科技馆']))
    }
  })

  it('finds the September 科普月 events for 科普日', () => {
    expect(titles('科普日', 'event').filter((t) => t.includes('科普月'))).toEqual([
      '2027年全国科普月·昌吉市活动',
      '2027年全国科普月·第五师双河市活动',
    ])
  })

  it('finds places by pinyin initials and full pinyin', () => {
    expect(titles('wlmq', 'plan')).toEqual([expect.stringContaining('乌鲁木齐市')])
    expect(titles('kashi', 'plan')).toEqual([expect.stringContaining('喀什地区')])
    expect(titles('changji', 'venue').length).toBeGreaterThan(3)
  })

  it('finds a venue by the name a reader sees in their language', () => {
    for (const query of ['Xinjiang Science', 'science and technology museum']) {
      expect(titles(query, 'venue'), query).toContain('新疆科技馆')
    }
  })

  it('stays small enough for a slow connection', () => {
    expect(gzipSync(JSON.stringify(index)).length).toBeLessThan(40 * 1024)
  })
})
