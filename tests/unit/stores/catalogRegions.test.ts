// @vitest-environment happy-dom
/** The catalog store's regions in the reader's language, and how a region name is marked (textLang, tParts). */
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'

import { applyLanguage, textLang, tParts } from '@/i18n'
import type { Catalog, Region } from '@/shared/types'
import { useCatalogStore } from '@/stores/catalog'

const changji = {
  id: 'changji',
  name: '昌吉市',
  shortName: '昌吉',
  mapCity: '昌吉市',
  i18n: {
    ug: { name: 'سانجى شەھىرى', shortName: 'سانجى', reviewed: false },
    en: { name: 'Changji City', shortName: 'Changji', reviewed: false },
  },
} as Partial<Region> as Region
const shuanghe = {
  id: 'shuanghe',
  name: '第五师双河市',
  shortName: '双河',
  i18n: { en: { name: 'Fifth Division, Shuanghe City', shortName: 'Shuanghe', reviewed: false } },
} as Partial<Region> as Region

/** A fresh store holding a catalog with the two regions (the UI language is set before, as at boot). */
function store() {
  setActivePinia(createPinia())
  const catalog = useCatalogStore()
  catalog.catalog = { regions: [changji, shuanghe] } as Partial<Catalog> as Catalog
  return catalog
}

describe('region names in the reader’s language', () => {
  it('are the Chinese ones in Chinese', () => {
    const catalog = store()
    expect(catalog.regionNames).toEqual({ changji: '昌吉', shuanghe: '双河' })
    expect(catalog.regionsById.get('shuanghe')?.name).toBe('第五师双河市')
    expect(textLang('昌吉')).toBeUndefined()
    // A message keeps its Chinese region apart as before (the page is Chinese: the mark changes nothing).
    expect(tParts('home.regionMine', { name: '昌吉' }, ['name'])).toEqual([{ text: '我的地区：' }, { text: '昌吉', zh: true }])
  })

  it('are translated where the content file has them, else Chinese and marked zh-CN', async () => {
    await applyLanguage('ug')
    const catalog = store()
    expect(catalog.regionNames).toEqual({ changji: 'سانجى', shuanghe: '双河' })
    expect(catalog.regions.map((r) => r.name)).toEqual(['سانجى شەھىرى', '第五师双河市'])
    expect(catalog.regionsById.get('changji')?.shortName).toBe('سانجى')
    // Map apps are still asked for the Chinese city.
    expect(catalog.regionsById.get('changji')?.mapCity).toBe('昌吉市')
    // The raw catalog keeps the Chinese originals.
    expect(catalog.catalog?.regions[0]?.shortName).toBe('昌吉')

    expect([textLang('سانجى'), textLang('双河')]).toEqual([undefined, 'zh-CN'])
    // In a message, only the Chinese fallback gets its own Chinese-marked piece; a translated name is isolated text.
    expect(tParts('home.regionMine', { name: 'سانجى' }, ['name']).some((p) => p.zh)).toBe(false)
    expect(tParts('home.regionMine', { name: '双河' }, ['name'])).toContainEqual({ text: '双河', zh: true })
  })

  it('fall back per region and per language', async () => {
    await applyLanguage('en')
    const catalog = store()
    expect(catalog.regionNames).toEqual({ changji: 'Changji', shuanghe: 'Shuanghe' })
    expect(catalog.regionsById.get('shuanghe')?.name).toBe('Fifth Division, Shuanghe City')
    // A region with no English name keeps its Chinese one.
    catalog.catalog = { regions: [{ ...changji, i18n: undefined }] } as Partial<Catalog> as Catalog
    expect(catalog.regionNames).toEqual({ changji: '昌吉' })
    expect(textLang(catalog.regionNames.changji)).toBe('zh-CN')
  })
})
