// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'

import { formatTargetValue } from '@/features/targets/format'
import { applyLanguage } from '@/i18n'

describe('target values with the page in English', () => {
  it('say the plan’s qualifier in English, not 以上 or 力争', async () => {
    expect(formatTargetValue({ value: 13, qualifier: '以上' }, '%')).toBe('13%以上')
    await applyLanguage('en')
    expect(formatTargetValue({ value: 13, qualifier: '以上' }, '%')).toBe('13% or more')
    expect(formatTargetValue({ value: 14, qualifier: '力争' }, '%')).toBe('aiming for 14%')
    expect(formatTargetValue({ value: 1.6, qualifier: '力争以上' }, '件')).toBe('aiming for 1.6件 or more')
    expect(formatTargetValue({ value: 12.5 }, '%')).toBe('12.5%')
    // Beside a chart's point, signs: the words do not fit.
    expect(formatTargetValue({ value: 13, qualifier: '以上' }, '%', { compact: true })).toBe('≥13%')
    expect(formatTargetValue({ value: 14, qualifier: '力争' }, '%', { compact: true })).toBe('14%')
  })
})
