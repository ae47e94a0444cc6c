import { describe, expect, it } from 'vitest'
import { normaliseSettings } from '@/stores/settings'

describe('normaliseSettings', () => {
  it('keeps valid values and replaces anything else with defaults', () => {
    expect(normaliseSettings({ textSize: 'large', showXinjiangTime: true })).toEqual({
      textSize: 'large',
      showXinjiangTime: true,
      region: null,
      regionAsked: false,
      language: null,
    })
    expect(normaliseSettings({ textSize: 'huge', showXinjiangTime: 'yes', extra: 1 })).toEqual({
      textSize: 'standard',
      showXinjiangTime: false,
      region: null,
      regionAsked: false,
      language: null,
    })
    expect(normaliseSettings(null)).toEqual({
      textSize: 'standard',
      showXinjiangTime: false,
      region: null,
      regionAsked: false,
      language: null,
    })
    expect(normaliseSettings({ region: 'changji', regionAsked: true })).toMatchObject({ region: 'changji', regionAsked: true })
    expect(normaliseSettings({ region: '<script>', regionAsked: 'yes' })).toMatchObject({
      region: null,
      regionAsked: false,
      language: null,
    })
    expect(normaliseSettings('large')).toEqual({
      textSize: 'standard',
      showXinjiangTime: false,
      region: null,
      regionAsked: false,
      language: null,
    })
  })
})
