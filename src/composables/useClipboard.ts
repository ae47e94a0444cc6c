/** Copy text to the clipboard, with a state for a role="status" line. */
import { onScopeDispose, type ShallowRef, shallowRef } from 'vue'

import { type CopyFallback, type CopyState, copyText } from './copyText'

export type { CopyState }

export interface UseClipboardOptions {
  /** Milliseconds until the state goes back to 'idle'; 0 (the default) keeps it until the next copy. */
  resetAfter?: number
  /** Where the clipboard API fails; `legacyCopy` by default. */
  fallback?: CopyFallback
  /** Injectable for tests. */
  navigator?: Partial<Pick<Navigator, 'clipboard'>>
}

export interface UseClipboardReturn {
  state: ShallowRef<CopyState>
  /** Copy `text`; resolves to whether it worked (also set in `state`). */
  copy: (text: string) => Promise<boolean>
}

/** execCommand('copy') from a hidden text area: in-app browsers (WeChat) without the clipboard API still copy so. */
export function legacyCopy(text: string): boolean {
  if (typeof document === 'undefined') return false
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.append(area)
  area.select()
  let ok = false
  try {
    ok = document.execCommand('copy')
  } catch {
    ok = false
  }
  area.remove()
  return ok
}

/** Reactive copy-to-clipboard, VueUse-style: `const { state, copy } = useClipboard()`. */
export function useClipboard(options: UseClipboardOptions = {}): UseClipboardReturn {
  const state = shallowRef<CopyState>('idle')
  let timer: ReturnType<typeof setTimeout> | undefined
  onScopeDispose(() => clearTimeout(timer))

  async function copy(text: string): Promise<boolean> {
    const ok = await copyText(text, options.fallback ?? legacyCopy, options.navigator)
    state.value = ok ? 'copied' : 'failed'
    clearTimeout(timer)
    if (options.resetAfter) timer = setTimeout(() => (state.value = 'idle'), options.resetAfter)
    return ok
  }

  return { state, copy }
}
