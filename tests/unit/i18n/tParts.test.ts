// @vitest-environment happy-dom
import '@/i18n/zh-CN/map'

import { afterAll, describe, expect, it } from 'vitest'

import { applyLanguage, locale, t, tParts } from '@/i18n'
import { zhCN } from '@/i18n/zh-CN'

describe('tParts: a message with its Chinese parameters apart', () => {
  afterAll(() => Object.assign(locale, { code: 'zh-CN', dir: 'ltr', messages: zhCN }))

  it('gives the parameters named as Chinese pieces of their own, the rest as t() writes it', async () => {
    await applyLanguage('ug')
    const params = { region: '昌吉', n: 4 }
    const parts = tParts('map.regionEvents.pin', params, ['region'])
    expect(parts.filter((p) => p.zh)).toEqual([{ text: '昌吉', zh: true }])
    // Joined, the same words as t(), less the isolates around the Chinese piece (its element isolates it).
    expect(parts.map((p) => (p.zh ? `\u2068${p.text}\u2069` : p.text)).join('')).toBe(t('map.regionEvents.pin', params))
    // Without Chinese parameters: one piece, exactly t().
    expect(tParts('map.regionEvents.pin', params, [])).toEqual([{ text: t('map.regionEvents.pin', params) }])
  })
  it('splices in a parameter given as pieces, its Chinese piece kept apart and the whole isolated', async () => {
    await applyLanguage('ug')
    const area = tParts('map.area.cityCentre', { name: '昌吉' }, ['name'])
    const parts = tParts('map.group.marker', { area, n: 9 }, [])
    expect(parts.filter((p) => p.zh)).toEqual([{ text: '昌吉', zh: true }])
    // The same words as t() given the area as a string.
    const joined = parts.map((p) => (p.zh ? `\u2068${p.text}\u2069` : p.text)).join('')
    expect(joined).toBe(t('map.group.marker', { area: t('map.area.cityCentre', { name: '昌吉' }), n: 9 }))
  })
  it('keeps quotes inside quotes single in a Chinese piece, as t() does', () => {
    Object.assign(locale, { code: 'zh-CN', dir: 'ltr', messages: zhCN })
    const parts = tParts('map.venue.searchHint', { city: '昌吉市', name: '“科技之冬”展厅' }, ['name'])
    expect(parts.find((p) => p.zh)).toEqual({ text: '‘科技之冬’展厅', zh: true })
    expect(parts.map((p) => p.text).join('')).toBe(t('map.venue.searchHint', { city: '昌吉市', name: '“科技之冬”展厅' }))
  })
})
