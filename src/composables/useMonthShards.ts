/**
 * Keeps the month shards a page shows loaded. It asks when the months change, not each time another month
 * arrives: a watchEffect tracked the store's shards, so offline a month that had failed was asked for again with
 * every month that came in (two to four failed requests each). Back online it asks for the missing months by
 * itself, a few times, as the connection may be announced a moment before it carries anything.
 */
import { watch } from 'vue'

import { useCatalogStore } from '@/stores/catalog'
import { useEventsStore } from '@/stores/events'

import { useRetryOnline } from './useOnline'

/** `months`: the months the page shows (asked for once the catalog is in), or none. */
export function useMonthShards(months: () => string[]): void {
  const catalog = useCatalogStore()
  const events = useEventsStore()
  const load = async () => {
    const known = catalog.catalog?.months
    if (known) await Promise.all(months().map((m) => events.loadMonth(m, known)))
  }
  // Two sources, compared one by one: a getter returning [catalog, months] would be a new array each time.
  watch([() => catalog.catalog, () => months().join()], load, { immediate: true })

  useRetryOnline(load, () => months().some((m) => events.failed.includes(m)))
}
