import { onScopeDispose, type Ref, ref, watch } from 'vue'

export interface UseOnlineOptions {
  window?: Window
}

/** Reactive `navigator.onLine`, updated on the online/offline events. */
export function useOnline(options: UseOnlineOptions = {}): Ref<boolean> {
  const win = options.window ?? (typeof window === 'undefined' ? undefined : window)
  const online = ref(win?.navigator.onLine ?? true)
  if (win) {
    const update = () => (online.value = win.navigator.onLine)
    win.addEventListener('online', update)
    win.addEventListener('offline', update)
    onScopeDispose(() => {
      win.removeEventListener('online', update)
      win.removeEventListener('offline', update)
    })
  }
  return online
}

/**
 * Back online, runs `attempt`, and again after 1 and 3 s while `failing()`: a phone says it is online a moment
 * before the connection carries anything, so what failed offline (and a first try made too early) would
 * otherwise wait for a tap on 重试 or a reload.
 */
export function useRetryOnline(attempt: () => unknown, failing: () => boolean, options: UseOnlineOptions = {}): void {
  const online = useOnline(options)
  let disposed = false
  onScopeDispose(() => (disposed = true))
  watch(online, async () => {
    for (const wait of [0, 1000, 3000]) {
      await new Promise((done) => setTimeout(done, wait))
      if (disposed || !online.value) return
      await attempt()
      if (!failing()) return
    }
  })
}
