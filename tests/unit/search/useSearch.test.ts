import { describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'

import { createSearchEngine, type SearchEngine } from '@/features/search/engine'
import { useSearch } from '@/features/search/useSearch'
import type { SearchKind } from '@/shared/search'

import { makeDoc, makeIndex } from './fixtures'

const engine = createSearchEngine(
  makeIndex([makeDoc({ k: 'venue', id: 'xj', t: '新疆科技馆' }), makeDoc({ k: 'target', id: 'visitors', t: '科技馆累计服务人次' })]),
)
// Results are built after the next frame (a timer here, without frames).
const flush = async () => {
  for (let i = 0; i < 3; i++) {
    await nextTick()
    await new Promise((resolve) => setTimeout(resolve))
  }
}

function setup(kinds = ref<readonly SearchKind[] | undefined>(undefined), load = vi.fn(async (): Promise<SearchEngine> => engine)) {
  const scope = effectScope()
  const search = scope.run(() => useSearch({ kinds, load, now: () => Date.parse('2026-11-26T02:00:00Z') }))!
  return { ...search, load, kinds, scope }
}

describe('useSearch', () => {
  it('loads nothing until the first keystroke, then loads once and searches', async () => {
    const { query, state, outcome, load } = setup()
    expect(load).not.toHaveBeenCalled()
    query.value = 'kjg'
    await flush()
    expect(load).toHaveBeenCalledTimes(1)
    expect(state.value).toBe('ready')
    expect(outcome.value?.total).toBe(2)
    query.value = 'xinjiang'
    await flush()
    expect(load).toHaveBeenCalledTimes(1)
    expect(outcome.value?.total).toBe(1)
    query.value = ''
    await flush()
    expect(outcome.value).toBeNull()
  })

  it('warms on focus, and follows a change of kinds', async () => {
    const { query, outcome, warm, kinds, load } = setup()
    await warm()
    expect(load).toHaveBeenCalledTimes(1)
    query.value = 'kjg'
    await flush()
    expect(outcome.value?.groups.map((g) => g.kind)).toEqual(['venue', 'target'])
    kinds.value = ['venue']
    await flush()
    expect(outcome.value?.groups.map((g) => g.kind)).toEqual(['venue'])
  })

  it('reports a failed load and retries on the next warm', async () => {
    const load = vi.fn<() => Promise<SearchEngine>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(engine)
    const { query, state, outcome, warm } = setup(undefined, load)
    query.value = 'kjg'
    await flush()
    expect(state.value).toBe('error')
    await warm()
    expect(state.value).toBe('ready')
    expect(outcome.value?.total).toBe(2)
  })

  it('builds results after the keystroke, once for keys typed within one frame', async () => {
    const search = vi.spyOn(engine, 'search')
    const { query, outcome, warm } = setup()
    await warm()
    search.mockClear()
    query.value = 'k'
    query.value = 'kj'
    await nextTick()
    // The keystroke's own update is done; the results wait for the next frame.
    expect(search).not.toHaveBeenCalled()
    query.value = 'kjg'
    await flush()
    expect(search).toHaveBeenCalledTimes(1)
    expect(search.mock.calls[0]![0]).toBe('kjg')
    expect(outcome.value?.total).toBe(2)
    search.mockRestore()
  })

  it('builds nothing after its scope is gone', async () => {
    const search = vi.spyOn(engine, 'search')
    const { query, warm, scope } = setup()
    await warm()
    search.mockClear()
    query.value = 'kjg'
    await nextTick()
    scope.stop()
    await flush()
    expect(search).not.toHaveBeenCalled()
    search.mockRestore()
  })
})
