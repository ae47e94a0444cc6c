// @vitest-environment happy-dom
import { afterAll, describe, expect, it } from 'vitest'

import type { SearchResult } from '@/features/search/engine'
import { resultDetail } from '@/features/search/resultDetail'
import { applyLanguage } from '@/i18n'
import type { Plan, Region } from '@/shared/types'

const result = (kind: SearchResult['kind'], key: string, detail: string) => ({ kind, key, detail }) as SearchResult
const plans = new Map([['changji-14', { id: 'changji-14', period: { start: 2021, end: 2025 } } as unknown as Plan]])
const joined = (parts: { text: string; zh?: true }[]) => parts.map((p) => (p.zh ? `[${p.text}]` : p.text)).join('')

describe('a search result’s detail line in the reader’s language', () => {
  afterAll(() => applyLanguage('zh-CN'))

  it('is the index’s Chinese line, as it is, in Chinese', () => {
    expect(resultDetail(result('venue', 'v', '昌吉 · 科技馆'), plans)).toEqual([{ text: '昌吉 · 科技馆' }])
  })

  it('keeps the Chinese region, issuer or plan apart and says kinds, years, themes and settings in English', async () => {
    await applyLanguage('en')
    expect(joined(resultDetail(result('venue', 'v', '昌吉 · 博物馆'), plans))).toBe('[昌吉] · Museum')
    expect(joined(resultDetail(result('plan', 'changji-14', '昌吉市人民政府 · 2021—2025年'), plans))).toBe('[昌吉市人民政府] · 2021–2025')
    expect(joined(resultDetail(result('target', 't', '全国 · 科学素质'), plans))).not.toMatch(/\p{Script=Han}/u)
    expect(joined(resultDetail(result('setting', 'elder-mode', '我的 · 设置'), plans))).not.toMatch(/\p{Script=Han}/u)
    // A word without a translation stays Chinese, marked.
    expect(joined(resultDetail(result('event', 'e', '昌吉 · 某新活动'), plans))).toBe('[昌吉] · [某新活动]')
  })

  it('names a region in English where its content file does, and keeps an untranslated one Chinese', async () => {
    await applyLanguage('en')
    const regions = [
      { id: 'changji', shortName: '昌吉', i18n: { en: { name: 'Changji City', shortName: 'Changji', reviewed: false } } },
      { id: 'xinxing', shortName: '新星' },
    ] as Partial<Region>[] as Region[]
    expect(joined(resultDetail(result('venue', 'v', '昌吉 · 博物馆'), plans, regions))).toBe('Changji · Museum')
    expect(joined(resultDetail(result('event', 'e', '新星 · 博物馆'), plans, regions))).toBe('[新星] · Museum')
    // A plan's issuer is no region, even when it reads like one.
    expect(joined(resultDetail(result('plan', 'changji-14', '昌吉 · 2021—2025年'), plans, regions))).toBe('[昌吉] · 2021–2025')
  })
})
