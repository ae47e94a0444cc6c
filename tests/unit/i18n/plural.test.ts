// @vitest-environment happy-dom
import { afterAll, describe, expect, it } from 'vitest'

import { applyLanguage, locale, t } from '@/i18n'
import { zhCN } from '@/i18n/zh-CN'

describe('counts in English', () => {
  afterAll(() => Object.assign(locale, { code: 'zh-CN', dir: 'ltr', messages: zhCN }))

  it('says "1 result" and "2 results", and "1 problem to resolve"', async () => {
    expect(t('search.count', { n: 1 })).toBe('找到 1 条结果')
    await applyLanguage('en')
    expect(t('search.count', { n: 1 })).toBe('1 result')
    expect(t('search.count', { n: 2 })).toBe('2 results')
    expect(t('search.count', { n: 0 })).toBe('0 results')
    expect(t('planner.problems', { n: 1 })).toBe('1 problem to resolve')
    expect(t('calendar.dayCell', { date: 'December 9, 2026', n: 1 })).toBe('December 9, 2026, 1 event')
  })
})
