import { onScopeDispose, type Ref, ref } from 'vue'

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
