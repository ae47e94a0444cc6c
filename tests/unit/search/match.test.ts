import { describe, expect, it } from 'vitest'

import { matchField, PinyinTable, prepareField } from '@/features/search/match'
import { foldQuery } from '@/features/search/query'

import { READINGS } from './fixtures'

const table = new PinyinTable(READINGS)
/** The matched substring of `text` for a typed query, or null. */
function match(text: string, query: string, pinyin = true): string | null {
  const term = foldQuery(query)
  const hit = matchField(prepareField(text, table, pinyin), term, /[a-z]/.test(term), table)
  return hit ? text.slice(hit.start, hit.end) : null
}

describe('pinyin matching', () => {
  it('matches initials, full pinyin and any mix of them', () => {
    expect(match('新疆科技馆', 'kjg')).toBe('科技馆')
    expect(match('新疆科技馆', 'kejiguan')).toBe('科技馆')
    expect(match('新疆科技馆', 'kejig')).toBe('科技馆')
    expect(match('新疆科技馆', 'kjguan')).toBe('科技馆')
    expect(match('新疆科技馆', 'xinjiangkjg')).toBe('新疆科技馆')
  })

  it('matches mixed characters and pinyin', () => {
    expect(match('新疆科技馆', '科技g')).toBe('科技馆')
    expect(match('新疆科技馆', '科jg')).toBe('科技馆')
    expect(match('新疆科技馆', 'x疆')).toBe('新疆')
  })

  it('tolerates typed tones', () => {
    expect(match('新疆科技馆', 'kē jì')).toBeNull() // the space makes two terms; each is matched on its own
    expect(match('新疆科技馆', 'kējìguǎn')).toBe('科技馆')
  })

  it('matches every reading of a polyphone', () => {
    expect(match('银行', 'yinhang')).toBe('银行')
    expect(match('银行', 'yh')).toBe('银行')
    expect(match('行', 'xing')).toBe('行')
    expect(match('长', 'zhang')).toBe('长')
    expect(match('长', 'chang')).toBe('长')
    expect(match('喀什', 'kashi')).toBe('喀什')
    expect(match('喀什', 'kashen')).toBe('喀什')
    expect(match('绿色', 'lvse')).toBe('绿色')
    expect(match('绿色', 'luse')).toBe('绿色')
  })

  it('matches place names by initials', () => {
    expect(match('乌鲁木齐市', 'wlmq')).toBe('乌鲁木齐')
    expect(match('乌鲁木齐市', 'wulumuqi')).toBe('乌鲁木齐')
  })

  it('does not match out of order, past the text or with letters a reading lacks', () => {
    expect(match('新疆科技馆', 'kgj')).toBeNull()
    expect(match('新疆科技馆', 'kjgx')).toBeNull()
    expect(match('新疆科技馆', 'kejiguang')).toBeNull()
    expect(match('新疆科技馆', 'keji guan')).toBeNull()
  })

  it('does not match pinyin across the spaces between keywords', () => {
    expect(match('昌吉 科技馆', 'jk')).toBeNull()
    expect(match('昌吉 科技馆', 'cj')).toBe('昌吉')
  })

  it('matches Latin words only from their start', () => {
    expect(match('changji 昌吉', 'hang')).toBeNull()
    expect(match('changji 昌吉', 'chang')).toBe('chang')
    expect(match('urumqi', 'urumqi')).toBe('urumqi')
  })

  it('leaves pinyin out of fields that are matched by characters only', () => {
    expect(match('新疆科技馆', 'kjg', false)).toBeNull()
    expect(match('新疆科技馆', '科技', false)).toBe('科技')
  })

  it('matches Chinese text as a substring, with no spaces needed', () => {
    expect(match('2026年全国科普月·昌吉市活动', '科普月')).toBe('科普月')
    expect(match('2026年全国科普月·昌吉市活动', '2026')).toBe('2026')
  })
})
