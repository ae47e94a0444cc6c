/**
 * Checks for newer content on start, when the app returns to the foreground and when the network comes
 * back. With a service worker, newer content arrives as a new app version (one build, never mixed), so a
 * newer catalog only triggers the service-worker update check; without one, it is shown directly.
 */
import { onScopeDispose } from 'vue'

import { useRetryOnline } from '@/composables/useOnline'
import { APP_DATA_BASE } from '@/shared/constants'
import { precacheMonths } from '@/shared/savedMonths'
import { useCatalogStore } from '@/stores/catalog'

const MIN_INTERVAL = 5 * 60_000

/**
 * Make sure this and the coming months' events are in the service worker's cache, even when the
 * installed build is older than those months (the precache holds the months of its build date).
 */
async function warmShards(win: Window) {
  const months = useCatalogStore().catalog?.months ?? {}
  const wanted = precacheMonths(Date.now()).filter((m) => m in months)
  await Promise.all(wanted.map((m) => win.fetch(`${APP_DATA_BASE}/events/${m}.json`).catch(() => undefined)))
}

export interface UseContentFreshnessOptions {
  window?: Window
}

export function useContentFreshness(options: UseContentFreshnessOptions = {}) {
  const win = options.window ?? window
  const catalog = useCatalogStore()

  let lastCheck = 0
  async function check() {
    if (win.document.visibilityState !== 'visible' || !win.navigator.onLine) return
    // Switching apps back and forth should not cost data each time on a slow connection.
    const sw = win.navigator.serviceWorker
    if (!sw?.controller) await catalog.load()
    // Without a service worker the catalog was just fetched from the network (data is served "no-cache"):
    // asking again at start-up would download and parse it twice, on the slowest phones included.
    const since = Math.max(lastCheck, sw?.controller ? 0 : (catalog.fetchedAt ?? 0))
    if (Date.now() - since < MIN_INTERVAL && catalog.check !== 'failed') return
    lastCheck = Date.now()
    const result = await catalog.refresh({ apply: !sw?.controller })
    if (result === 'newer' && sw) {
      const registration = await sw.getRegistration()
      await registration?.update().catch(() => {})
    }
    if (sw?.controller) void warmShards(win)
  }

  const onVisible = () => void check()
  win.document.addEventListener('visibilitychange', onVisible)
  onScopeDispose(() => win.document.removeEventListener('visibilitychange', onVisible))
  // Back online: check, and again while it fails — or while the catalog itself could not load (a first visit
  // offline), which every page shows as 内容加载失败 until it does. A check still running (the phone unlocked:
  // the page became visible too) is waited for, as it may be the one that fails.
  const unsettled = () => catalog.check === 'failed' || catalog.check === 'checking' || catalog.state === 'error'
  useRetryOnline(check, unsettled, { window: win })
  // The start-up check waits until the page is idle: on a slow link its download would otherwise compete
  // with the page's own code and data for the first screen.
  const whenIdle = win.requestIdleCallback?.bind(win) ?? ((run: () => void) => win.setTimeout(run, 1000))
  whenIdle(() => void check(), { timeout: 3000 })
  return { check }
}
