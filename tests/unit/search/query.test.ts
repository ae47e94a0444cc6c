import { describe, expect, it } from 'vitest'

import { chunkWords, foldQuery, parseQuery } from '@/features/search/query'
import { foldText } from '@/shared/search'

describe('foldQuery', () => {
  it('folds full-width letters and case, drops tone marks and types ü as v', () => {
    expect(foldQuery('ＫＪＧ')).toBe('kjg')
    expect(foldQuery('KeJiGuan')).toBe('kejiguan')
    expect(foldQuery('kē jì guǎn')).toBe('ke ji guan')
    expect(foldQuery('lǜ lü')).toBe('lv lv')
    expect(foldQuery('科技馆')).toBe('科技馆')
  })
})

describe('parseQuery', () => {
  const split = (text: string) =>
    ({ 乌鲁木齐科技馆: ['乌鲁木齐', '科技馆'], 科普日: ['科普', '日'], 乌鲁木齐的科技馆: ['乌鲁木齐', '的', '科技馆'] })[text] ?? [text]

  it('splits on spaces and punctuation, half- and full-width, and drops duplicates', () => {
    expect(parseQuery('  科技馆　乌鲁木齐，kjg、kjg ', { split }).map((t) => t.text)).toEqual(['科技馆', '乌鲁木齐', 'kjg'])
    // The Arabic script's comma and question mark, and corner brackets: before, kept inside the term, no match.
    expect(parseQuery('ئۈرۈمچى، مۇزېي؟', { split }).map((t) => t.text)).toEqual(['ئۈرۈمچى', 'مۇزېي'])
    expect(parseQuery('「科技馆」', { split }).map((t) => t.text)).toEqual(['科技馆'])
  })

  it('flags terms that may be pinyin', () => {
    expect(parseQuery('科技g kjg 科技馆 2026', { split }).map((t) => t.latin)).toEqual([true, true, false, false])
  })

  it('gives a Chinese term its words, so text without spaces still matches across fields', () => {
    expect(parseQuery('乌鲁木齐科技馆', { split })[0]!.words).toEqual(['乌鲁木齐', '科技馆'])
    // One-character words (的, 日) would match nearly everything.
    expect(parseQuery('乌鲁木齐的科技馆', { split })[0]!.words).toEqual(['乌鲁木齐', '科技馆'])
    expect(parseQuery('科普日', { split })[0]!.words).toBeNull()
    expect(parseQuery('科技', { split })[0]!.words).toBeNull()
    expect(parseQuery('kejiguan', { split })[0]!.words).toBeNull()
  })

  it('uses Intl.Segmenter by default', () => {
    expect(parseQuery('乌鲁木齐科技馆')[0]!.words).toContain('乌鲁木齐')
  })

  it('falls back to two-character chunks without Intl.Segmenter', () => {
    expect(chunkWords('科技活动周')).toEqual(['科技', '活动', '周'])
  })

  it('returns nothing for blank or punctuation-only input', () => {
    expect(parseQuery('')).toEqual([])
    expect(parseQuery(' ，。 ')).toEqual([])
  })
})

describe('foldText', () => {
  it('keeps one unit per unit, so highlight ranges stay aligned', () => {
    for (const text of ['ＡＢＣ新疆１２３', 'Ⅻ㎡科技', 'Urumqi 乌鲁木齐（新疆）']) expect(foldText(text)).toHaveLength(text.length)
    expect(foldText('ＡＢＣ新疆１２３（Urumqi）')).toBe('abc新疆123(urumqi)')
  })
})
