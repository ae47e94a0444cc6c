// @vitest-environment happy-dom
/** A page's months: asked for when they change, not again as other months arrive; again when back online. */
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'

import { useMonthShards } from '@/composables/useMonthShards'
import { encodeMonthShard } from '@/shared/eventShard'
import type { Catalog } from '@/shared/types'
import { useCatalogStore } from '@/stores/catalog'
import { useEventsStore } from '@/stores/events'

const catalogOf = (months: string[]) =>
  ({
    builtAt: '2026-11-26T00:00:00Z',
    venues: [],
    targets: [],
    plans: [],
    regions: [],
    months: Object.fromEntries(months.map((m) => [m, 1])),
  }) as unknown as Catalog

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((done) => setTimeout(done, 20))
}

describe('useMonthShards', () => {
  let network = false
  const asked: string[] = []
  beforeEach(() => {
    setActivePinia(createPinia())
    network = false
    asked.length = 0
    Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => network })
    // January is saved (answers late, as a cache may); February was never saved and fails while offline.
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        const month = /(\d{4}-\d{2})\.json$/.exec(url)![1]!
        asked.push(month)
        if (month === '2027-01') await new Promise((done) => setTimeout(done, 30))
        else if (!network) throw new TypeError('Failed to fetch')
        return new Response(JSON.stringify(encodeMonthShard(month, [])), { headers: { 'content-type': 'application/json' } })
      }),
    )
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('asks for a month that failed once, not again when another month arrives or the list is recomputed', async () => {
    const catalog = useCatalogStore()
    const events = useEventsStore()
    const scope = effectScope()
    // Like a venue's list: the months asked for are recomputed as shards arrive, the same months each time.
    scope.run(() => useMonthShards(() => (events.shards.size >= 0 ? ['2027-01', '2027-02'] : [])))
    expect(asked).toEqual([])
    catalog.catalog = catalogOf(['2027-01', '2027-02'])
    await settle()
    expect(events.shards.has('2027-01')).toBe(true)
    expect(events.failed).toEqual(['2027-02'])
    expect(asked.filter((m) => m === '2027-02')).toHaveLength(1)
    scope.stop()
  })

  it('asks again for the missing months by itself once the network is back, and for new months when they change', async () => {
    const catalog = useCatalogStore()
    const events = useEventsStore()
    catalog.catalog = catalogOf(['2027-01', '2027-02', '2027-03'])
    const months = ref(['2027-02'])
    const scope = effectScope()
    scope.run(() => useMonthShards(() => months.value))
    await settle()
    expect(events.failed).toEqual(['2027-02'])
    network = true
    window.dispatchEvent(new Event('online'))
    await settle()
    expect(events.shards.has('2027-02')).toBe(true)
    expect(events.failed).toEqual([])
    months.value = ['2027-02', '2027-03']
    await nextTick()
    await settle()
    expect(events.shards.has('2027-03')).toBe(true)
    expect(asked).toEqual(['2027-02', '2027-02', '2027-03'])
    scope.stop()
  })
})
