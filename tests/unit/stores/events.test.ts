/** The events store's range query, over month shards served through a mocked fetch. */
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { encodeMonthShard } from '@/shared/eventShard'
import type { Catalog, EventItem } from '@/shared/types'
import { useCatalogStore } from '@/stores/catalog'
import { useEventsStore } from '@/stores/events'

import { makeEvent } from '../builders'

const winter = makeEvent({ id: 'winter', start: '2026-11-15', end: '2027-01-10' })
const talk = makeEvent({ id: 'talk-20261128', recordId: 'talk', start: '2026-11-28T09:30:00+08:00', end: '2026-11-28T11:00:00+08:00' })
const fair = makeEvent({ id: 'fair', start: '2026-12-02', end: '2026-12-02' })
const shards: Record<string, EventItem[]> = { '2026-11': [winter, talk], '2026-12': [winter, fair] }

describe('events store between()', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        const month = /(\d{4}-\d{2})\.json$/.exec(url)![1]!
        return new Response(JSON.stringify(encodeMonthShard(month, shards[month]!)), { headers: { 'content-type': 'application/json' } })
      }),
    )
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('lists the occurrences overlapping a range inside one month, in shard order', async () => {
    const events = useEventsStore()
    await events.loadDays('2026-11-27', '2026-11-29')
    expect(events.between('2026-11-27', '2026-11-29').map((e) => e.id)).toEqual(['winter', 'talk-20261128'])
    expect(events.between('2026-11-01', '2026-11-14')).toEqual([])
  })

  it('lists an occurrence found in two month shards once', async () => {
    const events = useEventsStore()
    await events.loadDays('2026-11-28', '2026-12-03')
    expect(events.between('2026-11-28', '2026-12-03').map((e) => e.id)).toEqual(['winter', 'talk-20261128', 'fair'])
  })

  it('gives every occurrence of a loaded month, and none of a month it has not loaded', async () => {
    const events = useEventsStore()
    await events.loadMonth('2026-12')
    expect(events.inMonth('2026-12')).toStrictEqual([winter, fair])
    expect(events.inMonth('2026-11')).toEqual([])
  })

  it('finds what runs into a month it could not load in the months it has, once and in start order', async () => {
    const events = useEventsStore()
    await events.loadMonth('2026-12')
    await events.loadMonth('2026-11')
    // 2027-01 was never loaded (offline): the range's own query knows nothing of it.
    expect(events.between('2027-01-04', '2027-01-10')).toEqual([])
    expect(events.betweenLoaded('2027-01-04', '2027-01-10').map((e) => e.id)).toEqual(['winter'])
    expect(events.betweenLoaded('2026-11-28', '2026-12-02').map((e) => e.id)).toEqual(['winter', 'talk-20261128', 'fair'])
  })

  it('stores a month the catalog does not list as empty, without asking the network', async () => {
    const events = useEventsStore()
    await events.loadMonth('2027-05', { '2026-11': 2 })
    expect(events.shards.has('2027-05')).toBe(true)
    expect(events.between('2027-05-01', '2027-05-31')).toEqual([])
    expect(fetch).not.toHaveBeenCalled()
  })

  it('no longer counts a month as failed once it is known to have no file (a failure offline, then a 404)', async () => {
    const events = useEventsStore()
    vi.mocked(fetch).mockRejectedValueOnce(new TypeError('Failed to fetch'))
    await events.loadMonth('2027-03')
    expect(events.failed).toEqual(['2027-03'])
    vi.mocked(fetch).mockResolvedValueOnce(new Response('not found', { status: 404 }))
    await events.loadMonth('2027-03')
    expect(events.between('2027-03-01', '2027-03-31')).toEqual([])
    expect(events.failed).toEqual([])
  })

  it('forgets the months of the old content when newer content replaces the catalog, in flight or held', async () => {
    const catalog = useCatalogStore()
    const events = useEventsStore()
    const built = (builtAt: string) => ({ builtAt, venues: [], targets: [], plans: [], regions: [], months: {} }) as unknown as Catalog
    catalog.catalog = built('2026-11-20T00:00:00Z')
    await events.loadMonth('2026-11')
    expect(events.inMonth('2026-11').map((e) => e.id)).toEqual(['winter', 'talk-20261128'])
    // The page applies newer content (no service worker pins the version): the talk was dropped from it.
    const asked = events.loadMonth('2026-12')
    shards['2026-11'] = [winter]
    try {
      catalog.catalog = built('2026-11-27T00:00:00Z')
      await asked
      // Held and in-flight months of the old content are gone, not shown until a reload.
      expect(events.shards.size).toBe(0)
      await events.loadMonth('2026-11')
      expect(events.inMonth('2026-11').map((e) => e.id)).toEqual(['winter'])
      expect(fetch).toHaveBeenCalledTimes(3)
    } finally {
      shards['2026-11'] = [winter, talk]
    }
  })
})
