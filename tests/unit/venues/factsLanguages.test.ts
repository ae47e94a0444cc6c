// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'

import { formatPublished } from '@/features/venues/facts'
import { applyLanguage } from '@/i18n'

describe('publication dates in the reader’s language', () => {
  it('writes a venue source’s date in Uyghur and English, not in Chinese', async () => {
    await applyLanguage('ug')
    // Numbers inside right-to-left text are isolated (LRI … PDI) by the date words.
    expect(formatPublished('2021-11-24')).toMatch(/2021.*-يىلى.*24.*نويابىر/)
    expect(formatPublished('2021-04')).toMatch(/2021.*-يىلى ئاپرېل/)
    await applyLanguage('en')
    expect([formatPublished('2021-11-24'), formatPublished('2021-04')]).toEqual(['November 24, 2021', 'April 2021'])
  })
})
