/**
 * Pieces of the service-worker configuration that src/build/pwa.ts passes to Workbox. Kept here so that
 * they can be unit-tested; the plugin objects are serialised into sw.js, so they must be self-contained
 * (no imports, no closures).
 */
// Relative imports: vite.config.ts loads this file, and the config loader knows no '@' alias.
// The app reads the same months (the calendar offline), so the rule lives in src/shared.
export { precacheMonths } from '../shared/savedMonths'

/**
 * Workbox plugin for the event-shard cache: only a 200 JSON response whose body parses and has a month
 * shard's shape (a month and its events or records; each day's first agenda screen, src/shared/agendaHead.ts,
 * has a month and its events too) may enter the cache. A captive-portal page (200 text/html), a portal's JSON
 * (`{"code":403,"msg":"请先登录网络"}`), a truncated body, an error status or an opaque response is
 * passed to the page but never stored, so it can never replace a good cached month.
 */
export const jsonOnlyPlugin = {
  cacheWillUpdate: async ({ response }: { response: Response }): Promise<Response | null> => {
    if (response.status !== 200 || response.type === 'opaque' || !/[/+]json\b/i.test(response.headers.get('content-type') ?? ''))
      return null
    try {
      const body = (await response.clone().json()) as Record<string, unknown> | null
      const isShard =
        typeof body === 'object' &&
        body !== null &&
        !Array.isArray(body) &&
        typeof body.month === 'string' &&
        (Array.isArray(body.events) || (Array.isArray(body.records) && Array.isArray(body.occurrences)))
      return isShard ? response : null
    } catch {
      return null
    }
  },
}

/**
 * Workbox plugin for the lazy-code cache (language text, roster parsers, the Arabic-script font): only a 200
 * JavaScript or font response is stored. A host that answers a missing file with its error page under 200
 * (some object stores do) would otherwise be kept for good under a CacheFirst hashed name: Uyghur or Kazakh
 * readers would then get Chinese, even online, until a release renamed the file.
 */
export const codeOnlyPlugin = {
  cacheWillUpdate: async ({ response }: { response: Response }): Promise<Response | null> =>
    response.status === 200 &&
    /^(?:text|application)\/(?:x-)?javascript\b|^(?:font\/|application\/(?:x-)?font-)woff2\b/i.test(
      response.headers.get('content-type') ?? '',
    )
      ? response
      : null,
}
