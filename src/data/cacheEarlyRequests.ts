/**
 * On a first visit the service worker registers only after the page has settled, so everything the page
 * fetched before it took control went past the worker: the language chunk and Arabic-script font chosen
 * on that visit, the map tiles and month shards looked at. None of it reached a runtime cache, and the
 * next visit offline would open in Chinese, with a blank map. Once a worker controls the page, this hands
 * it those URLs with Workbox's CACHE_URLS message: each one goes through the worker's own routes, so only
 * what a route caches is cached, under that route's rules (precached files are answered from the precache
 * and cost nothing).
 */

/** The URLs this page fetched without its service worker (resource timing's `workerStart` is 0). */
export function requestsWithoutWorker(entries: readonly PerformanceEntry[], origin: string): string[] {
  const urls = new Set<string>()
  for (const entry of entries as readonly PerformanceResourceTiming[]) {
    if (entry.workerStart > 0) continue
    let url: URL
    try {
      url = new URL(entry.name, origin)
    } catch {
      continue
    }
    // data: and blob: URLs never reach a worker, nor does plain http from another origin (mixed content).
    if (url.protocol === 'https:' || (url.protocol === 'http:' && url.origin === origin)) urls.add(url.href)
  }
  return [...urls]
}

/** Once a worker controls the page (now, or when it takes over), ask it to cache what came before it. */
export function cacheEarlyRequests(): void {
  const sw = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker
  if (!sw || typeof performance?.getEntriesByType !== 'function') return
  const send = () => {
    const urlsToCache = requestsWithoutWorker(performance.getEntriesByType('resource'), location.origin)
    if (urlsToCache.length) sw.controller?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache } })
  }
  if (sw.controller) send()
  else sw.addEventListener('controllerchange', send, { once: true })
}
