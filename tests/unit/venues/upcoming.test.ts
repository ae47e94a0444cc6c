/** A venue page's 近期活动: the months it fetches, and the list it makes of them. */
import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, ref } from 'vue'

import { useVenueUpcoming } from '@/features/venues/useVenueUpcoming'
import { encodeMonthShard } from '@/shared/eventShard'
import type { Catalog, EventItem, VenueMonths } from '@/shared/types'
import { useCatalogStore } from '@/stores/catalog'

import { makeEvent } from '../builders'

const TODAY = '2026-11-26'

/** Month shards as the build makes them: each occurrence in every month it touches, sorted by start. */
function shardsOf(events: EventItem[]): Record<string, EventItem[]> {
  const shards: Record<string, EventItem[]> = {}
  for (const e of [...events].sort((a, b) => (a.start < b.start ? -1 : 1))) {
    for (let m = e.start.slice(0, 7); m <= e.end.slice(0, 7); m = nextMonth(m)) (shards[m] ??= []).push(e)
  }
  return shards
}
const nextMonth = (m: string) => {
  const [y, mm] = m.split('-').map(Number) as [number, number]
  return mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`
}

let fetched: string[] = []

function serve(events: EventItem[], venueMonths: Record<string, VenueMonths> | undefined) {
  const shards = shardsOf(events)
  fetched = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const month = /(\d{4}-\d{2})\.json$/.exec(url)![1]!
      fetched.push(month)
      return new Response(JSON.stringify(encodeMonthShard(month, shards[month] ?? [])), { headers: { 'content-type': 'application/json' } })
    }),
  )
  const months = Object.fromEntries(Object.entries(shards).map(([m, list]) => [m, list.length]))
  useCatalogStore().catalog = { builtAt: '', regions: [], plans: [], venues: [], targets: [], months, rosters: {}, venueMonths } as Catalog
}

async function upcomingAt(venue: string) {
  const scope = effectScope()
  const result = scope.run(() => useVenueUpcoming(venue, ref(TODAY)))!
  // Batches follow one another as shards arrive.
  for (let i = 0; i < 6; i++) await flushPromises()
  return { ...result, stop: () => scope.stop() }
}

const at = (venue: string, id: string, start: string, end = start) => makeEvent({ id, venue, start, end })

describe('useVenueUpcoming', () => {
  beforeEach(() => setActivePinia(createPinia()))
  afterEach(() => vi.unstubAllGlobals())

  it('a venue without events: an empty list at once, nothing fetched', async () => {
    serve([at('other', 'o', '2026-12-05')], { other: { touched: [['2026-12', '2026-12']], started: [['2026-12', '2026-12']] } })
    const { upcoming, state, stop } = await upcomingAt('museum')
    expect(state.value).toBe('ready')
    expect(upcoming.value).toEqual([])
    expect(fetched).toEqual([])
    stop()
  })

  it('a year-long tour: this month (it is on) and the month the next one starts, not the twelve between', async () => {
    const tours = [at('caravan', 'tour-2026', '2026-01-01', '2026-12-31'), at('caravan', 'tour-2027', '2027-01-01', '2027-12-31')]
    serve(tours, {
      caravan: {
        touched: [['2026-01', '2027-12']],
        started: [
          ['2026-01', '2026-01'],
          ['2027-01', '2027-01'],
        ],
      },
    })
    const { upcoming, state, stop } = await upcomingAt('caravan')
    expect(state.value).toBe('ready')
    expect(upcoming.value.map((e) => e.id)).toEqual(['tour-2026', 'tour-2027'])
    expect(fetched.sort()).toEqual(['2026-11', '2027-01'])
    stop()
  })

  it('a busy venue: stops fetching once ten are found, and lists them in start order', async () => {
    const months = ['2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07']
    const talks = months.flatMap((m) => [5, 12, 19, 26].map((d) => at('museum', `talk-${m}-${d}`, `${m}-${String(d).padStart(2, '0')}`)))
    const other = at('other', 'elsewhere', '2026-12-01')
    serve([...talks, other], {
      museum: { touched: [['2026-12', '2027-07']], started: [['2026-12', '2027-07']] },
      other: { touched: [['2026-12', '2026-12']], started: [['2026-12', '2026-12']] },
    })
    const { upcoming, stop } = await upcomingAt('museum')
    expect(upcoming.value.map((e) => e.id)).toEqual(talks.slice(0, 10).map((e) => e.id))
    // Two months at first (8 talks), then four more: ten found, the last two months are never fetched.
    expect(fetched.sort()).toEqual(months.slice(0, 6))
    stop()
  })

  it('what ended before today is left out; what is still on comes first', async () => {
    const list = [
      at('museum', 'ended', '2026-11-02', '2026-11-20'),
      at('museum', 'winter', '2026-10-15', '2027-01-10'),
      at('museum', 'spring', '2027-04-01'),
      at('museum', 'too-far', '2027-12-20'),
    ]
    serve(list, {
      museum: {
        touched: [
          ['2026-10', '2027-01'],
          ['2027-04', '2027-04'],
          ['2027-12', '2027-12'],
        ],
        started: [
          ['2026-10', '2026-11'],
          ['2027-04', '2027-04'],
          ['2027-12', '2027-12'],
        ],
      },
    })
    const { upcoming, stop } = await upcomingAt('museum')
    expect(upcoming.value.map((e) => e.id)).toEqual(['winter', 'spring'])
    stop()
  })

  it('a catalog from before the list: the year’s months, still stopping at ten', async () => {
    const talks = ['2026-11', '2026-12', '2027-01'].flatMap((m) => [27, 28, 29, 30].map((d) => at('museum', `t-${m}-${d}`, `${m}-${d}`)))
    serve(talks, undefined)
    const { upcoming, stop } = await upcomingAt('museum')
    expect(upcoming.value).toHaveLength(10)
    expect(upcoming.value[0]!.id).toBe('t-2026-11-27')
    expect(fetched).not.toContain('2027-06')
    stop()
  })

  it('a shard that fails: ready with the failure, and retry fetches it again', async () => {
    serve([at('museum', 'talk', '2026-12-05')], { museum: { touched: [['2026-12', '2026-12']], started: [['2026-12', '2026-12']] } })
    const working = fetch
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    )
    const { upcoming, state, failed, retry, stop } = await upcomingAt('museum')
    expect(state.value).toBe('ready')
    expect(failed.value).toBe(true)
    expect(upcoming.value).toEqual([])
    vi.stubGlobal('fetch', working)
    await retry()
    await flushPromises()
    expect(failed.value).toBe(false)
    expect(upcoming.value.map((e) => e.id)).toEqual(['talk'])
    stop()
  })
})
