import { describe, expect, it } from 'vitest'

import { fetchSearchIndex } from '@/features/search/client'
import { SEARCH_INDEX_VERSION } from '@/shared/search'

const serve = (body: unknown) => async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })

describe('fetchSearchIndex', () => {
  it('takes an index of this version and refuses one of another format', async () => {
    const index = { version: SEARCH_INDEX_VERSION, builtAt: 'now', readings: {}, docs: [] }
    await expect(fetchSearchIndex(serve(index))).resolves.toEqual(index)
    // Version 1 carried the bodies of venues, plans and targets: an engine of one version must not read the other's.
    await expect(fetchSearchIndex(serve({ ...index, version: 1 }))).rejects.toThrow('unexpected format')
  })
})
