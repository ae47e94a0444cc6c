import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import { fetchSearchIndex, loadSearchEngine } from '@/features/search/client'
import { SEARCH_INDEX_VERSION } from '@/shared/search'
import type { Catalog } from '@/shared/types'
import { useCatalogStore } from '@/stores/catalog'

import { makeDoc, makeIndex } from './fixtures'

const serve = (body: unknown) => async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })

describe('fetchSearchIndex', () => {
  it('takes an index of this version and refuses one of another format', async () => {
    const index = { version: SEARCH_INDEX_VERSION, builtAt: 'now', readings: {}, docs: [] }
    await expect(fetchSearchIndex(serve(index))).resolves.toEqual(index)
    // Version 1 carried the bodies of venues, plans and targets: an engine of one version must not read the other's.
    await expect(fetchSearchIndex(serve({ ...index, version: 1 }))).rejects.toThrow('unexpected format')
  })
})

describe('loadSearchEngine', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('built while the catalog had failed, searches the bodies once the catalog arrives', async () => {
    const catalog = useCatalogStore()
    // A first visit offline: no catalog, no saved copy.
    vi.spyOn(catalog, 'load').mockResolvedValue()
    // No body in the index: venues take theirs from the catalog.
    const index = makeIndex([makeDoc({ k: 'venue', id: 'v1', t: '昌吉市科技馆', b: undefined })])
    const engine = await loadSearchEngine(serve(index))
    const search = (text: string) => engine.search(text, { today: '2026-11-26' }).total
    expect(search('恐龙')).toBe(0)
    expect(search('科技馆')).toBe(1)
    // Back online, the content check brings the catalog: the venue's summary is searched from then on.
    catalog.catalog = { venues: [{ id: 'v1', summary: '恐龙化石展厅', feeNote: '' }], plans: [], targets: [] } as unknown as Catalog
    expect(search('恐龙')).toBe(1)
    expect(search('科技馆')).toBe(1)
  })
})
