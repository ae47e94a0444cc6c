import { describe, expect, it } from 'vitest'

import { normaliseSettings } from '@/stores/settings'

const DEFAULTS = { elderMode: false, readAloud: true, showXinjiangTime: false, region: null, regionAsked: false, language: null }

describe('normaliseSettings', () => {
  it('keeps valid values and replaces anything else with defaults', () => {
    expect(normaliseSettings({ elderMode: true, readAloud: false, showXinjiangTime: true })).toEqual({
      ...DEFAULTS,
      elderMode: true,
      readAloud: false,
      showXinjiangTime: true,
    })
    expect(normaliseSettings({ elderMode: 'yes', readAloud: 0, showXinjiangTime: 'yes', extra: 1 })).toEqual(DEFAULTS)
    expect(normaliseSettings(null)).toEqual(DEFAULTS)
    expect(normaliseSettings({ region: 'changji', regionAsked: true })).toMatchObject({ region: 'changji', regionAsked: true })
    expect(normaliseSettings({ region: '<script>', regionAsked: 'yes' })).toMatchObject({ region: null, regionAsked: false })
    expect(normaliseSettings('large')).toEqual(DEFAULTS)
  })

  it('turns a 大字 saved before 长辈模式 replaced it into 长辈模式, and drops the old field', () => {
    expect(normaliseSettings({ textSize: 'large', showXinjiangTime: true })).toEqual({
      ...DEFAULTS,
      elderMode: true,
      showXinjiangTime: true,
    })
    expect(normaliseSettings({ textSize: 'standard' })).toEqual(DEFAULTS)
    // A choice made since wins over the old field.
    expect(normaliseSettings({ textSize: 'large', elderMode: false })).toEqual(DEFAULTS)
  })
})
