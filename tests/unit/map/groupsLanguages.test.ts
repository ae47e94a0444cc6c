// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'

import { areaName } from '@/features/map/groups'
import { applyLanguage, term } from '@/i18n'
import type { Region } from '@/shared/types'

import { makeVenue } from '../builders'

const xinxing = { id: 'xinxing', shortName: '新星' } as Region

describe('area names of approximate venues in the reader’s language', () => {
  it('keeps the place name and says 市区 / 一带 in words of the language', async () => {
    const centre = makeVenue({ region: 'xinxing' })
    const around = makeVenue({ region: 'xinxing', location: { lat: 42.8, lng: 93.6, precision: 'approximate' } })
    expect([areaName(centre, xinxing), areaName(around, xinxing)]).toEqual(['新星市区', '新星一带'])
    await applyLanguage('en')
    expect([areaName(centre, xinxing), areaName(around, xinxing)]).toEqual(['新星 city centre', '新星 area'])
    await applyLanguage('ug')
    // The Chinese place name is isolated inside right-to-left text, and no Chinese word is left around it.
    expect(areaName(around, xinxing)).toBe('\u2068新星\u2069 ئەتراپى')
  })

  it('says the content vocabulary (kinds, audiences, subjects) in the language, and other text as it is', async () => {
    await applyLanguage('en')
    expect(['博物馆', '初中', '劳动教育', '新疆科技馆'].map(term)).toEqual(['Museum', 'Junior secondary', 'Practical skills', '新疆科技馆'])
  })
})
