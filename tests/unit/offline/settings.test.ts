import { describe, expect, it } from 'vitest'
import { normaliseSettings } from '@/stores/settings'

describe('normaliseSettings', () => {
  it('keeps valid values and replaces anything else with defaults', () => {
    expect(normaliseSettings({ textSize: 'large', showXinjiangTime: true })).toEqual({ textSize: 'large', showXinjiangTime: true })
    expect(normaliseSettings({ textSize: 'huge', showXinjiangTime: 'yes', extra: 1 })).toEqual({ textSize: 'standard', showXinjiangTime: false })
    expect(normaliseSettings(null)).toEqual({ textSize: 'standard', showXinjiangTime: false })
    expect(normaliseSettings('large')).toEqual({ textSize: 'standard', showXinjiangTime: false })
  })
})
