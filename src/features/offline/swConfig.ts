/**
 * Pieces of the service-worker configuration that vite.config.ts passes to Workbox. Kept here so that
 * they can be unit-tested; the plugin objects are serialised into sw.js, so they must be self-contained
 * (no imports, no closures).
 */
// Relative import: vite.config.ts loads this file, and the config loader knows no '@' alias.
import { addMonths, beijingDay, monthOf } from '../../shared/time'

/** How many months of event shards, from the build month on, are precached. Others are cached on demand. */
export const PRECACHED_MONTHS = 3

/** `YYYY-MM` of the build month and the following ones, in Beijing time. */
export function precacheMonths(now: Date | number, count = PRECACHED_MONTHS): string[] {
  const first = monthOf(beijingDay(now))
  return Array.from({ length: count }, (_, i) => addMonths(first, i))
}

/**
 * Workbox plugin for data caches: only a 200 JSON response may enter the cache. A captive-portal page
 * (200 text/html), an error status or an opaque response is passed to the page but never stored, so it
 * can never replace good cached data.
 */
export const jsonOnlyPlugin = {
  cacheWillUpdate: async ({ response }: { response: Response }): Promise<Response | null> =>
    response.status === 200 && response.type !== 'opaque' && /[/+]json\b/i.test(response.headers.get('content-type') ?? '')
      ? response
      : null,
}
