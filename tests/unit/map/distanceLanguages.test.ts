// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'

import { applyLanguage } from '@/i18n'
import { formatAreaKm, formatKm } from '@/shared/distance'

describe('distances in the reader’s language', () => {
  it('says km in English and the Uyghur word in Uyghur, with the same numbers', async () => {
    expect([formatKm(2.64), formatAreaKm(1234.5)]).toEqual(['2.6 公里', '1,235 公里'])
    await applyLanguage('en')
    expect([formatKm(2.64), formatKm(12.4), formatAreaKm(0.3)]).toEqual(['2.6 km', '12 km', '1 km'])
    await applyLanguage('ug')
    // Numbers inside right-to-left text are isolated (LRI … PDI), as dates are.
    expect(formatKm(2.64)).toBe('\u20662.6\u2069 كىلومېتىر')
  })
})
