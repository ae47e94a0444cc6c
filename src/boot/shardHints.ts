/**
 * Asks for the month shards of the agenda's first week (today, ?date= or ?month=, Beijing time, seven
 * days) while the JavaScript starts. Only for the agenda, the phone's default view (the same test as
 * CalendarView): the month grid spans other months and asks for its own. It runs with the boot, after the
 * first paint: at 100 000 events the shards are megabytes, and receiving them during parsing delayed the
 * first paint by ~100 ms. The URLs are fetchMonthShard()'s (monthShardUrl), so nothing downloads twice.
 * Not under a service worker: it answers from its caches at once, and a preload can be served from the
 * browser's memory cache without passing the worker, so a month would never reach its runtime cache.
 */
import { BEIJING_OFFSET_MINUTES, monthShardUrl } from '../shared/constants'

const DAY_MS = 86_400_000

export function hintAgendaShards(): void {
  try {
    if (location.pathname !== '/calendar' || navigator.serviceWorker?.controller) return
    const query = new URLSearchParams(location.search)
    const view = query.get('view')
    if (view === 'month' || view === 'mine' || (!view && matchMedia('(min-width: 60rem)').matches)) return
    let day = query.get('date')
    const month = query.get('month')
    if (!day && /^\d{4}-\d{2}$/.test(month ?? '')) day = `${month}-01`
    const from = /^\d{4}-\d{2}-\d{2}$/.test(day ?? '') ? Date.parse(`${day}T00:00:00Z`) : Date.now() + BEIJING_OFFSET_MINUTES * 60_000
    const months = new Set([0, 6].map((n) => new Date(from + n * DAY_MS).toISOString().slice(0, 7)))
    for (const m of months) {
      const link = document.createElement('link')
      link.rel = 'preload'
      link.as = 'fetch'
      // fetch()'s request mode, or the browser downloads the shard twice.
      link.crossOrigin = 'anonymous'
      link.href = monthShardUrl(m)
      document.head.appendChild(link)
    }
  } catch {
    // A hint is only a head start: the agenda asks for its months itself.
  }
}
