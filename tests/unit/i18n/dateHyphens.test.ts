// @vitest-environment happy-dom
/**
 * Uyghur and Kazakh write a date with hyphens (2027-يىلى 31-مارت), after which a browser may break a line:
 * "31-" ended one line and "مارت" began the next. A word joiner after each hyphen keeps them together.
 */
import { describe, expect, it } from 'vitest'

import { applyLanguage } from '@/i18n'
import { formatFullDay, formatMonth, formatMonthDay, formatYearRange } from '@/shared/time'

/** A hyphen a line may break after: followed by neither the word joiner nor a digit (2021–2025 stays). */
const BREAKABLE_HYPHEN = /-(?![\u2060\d])/

describe.each(['ug', 'kk-Arab'] as const)('dates in %s', (code) => {
  it('never leave a hyphen a line could break after', async () => {
    await applyLanguage(code)
    const dates = [formatFullDay('2027-03-31'), formatMonthDay('2027-03-31'), formatMonth('2027-03'), formatYearRange(2021, 2025)]
    for (const date of dates) {
      expect(date).toContain('-\u2060')
      expect(date).not.toMatch(BREAKABLE_HYPHEN)
    }
  })

  it('keeps a plan period’s years before their word (no outer left-to-right isolate around both)', async () => {
    await applyLanguage(code)
    const period = formatYearRange(2021, 2025)
    expect(period.startsWith('\u20662021–2025\u2069-\u2060')).toBe(true)
    expect(period.endsWith('\u2069')).toBe(false)
  })
})
