// @vitest-environment happy-dom
/** A search index that could not load offline loads by itself back online, if the box has text. */
import { describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'

import { createSearchEngine, type SearchEngine } from '@/features/search/engine'
import { useSearch } from '@/features/search/useSearch'

import { makeDoc, makeIndex } from './fixtures'

const engine = createSearchEngine(makeIndex([makeDoc({ k: 'venue', id: 'xj', t: '新疆科技馆' })]))

describe('useSearch back online', () => {
  it('loads the index again once the phone is online, and searches what was typed', async () => {
    let online = false
    Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online })
    const load = vi.fn<() => Promise<SearchEngine>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(engine)
    const scope = effectScope()
    const { query, state, outcome } = scope.run(() => useSearch({ load, now: () => Date.parse('2026-11-26T02:00:00Z') }))!
    query.value = 'kjg'
    await vi.waitFor(() => expect(state.value).toBe('error'))
    online = true
    window.dispatchEvent(new Event('online'))
    await vi.waitFor(() => expect(outcome.value?.total).toBe(1))
    expect(load).toHaveBeenCalledTimes(2)
    expect(state.value).toBe('ready')
    scope.stop()
  })
})
