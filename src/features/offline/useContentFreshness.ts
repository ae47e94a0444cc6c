/**
 * Checks for newer content on start, when the app returns to the foreground and when the network comes
 * back. With a service worker, newer content arrives as a new app version (one build, never mixed), so a
 * newer catalog only triggers the service-worker update check; without one, it is shown directly.
 */
import { onScopeDispose } from 'vue'
import { useCatalogStore } from '@/stores/catalog'

export interface UseContentFreshnessOptions {
  window?: Window
}

export function useContentFreshness(options: UseContentFreshnessOptions = {}) {
  const win = options.window ?? window
  const catalog = useCatalogStore()

  async function check() {
    if (win.document.visibilityState !== 'visible' || !win.navigator.onLine) return
    const sw = win.navigator.serviceWorker
    const result = await catalog.refresh({ apply: !sw?.controller })
    if (result === 'newer' && sw) {
      const registration = await sw.getRegistration()
      await registration?.update().catch(() => {})
    }
  }

  const onVisible = () => void check()
  win.document.addEventListener('visibilitychange', onVisible)
  win.addEventListener('online', onVisible)
  onScopeDispose(() => {
    win.document.removeEventListener('visibilitychange', onVisible)
    win.removeEventListener('online', onVisible)
  })
  void check()
  return { check }
}
