/**
 * Share a link with the system share sheet where there is one (phones), else copy it (WeChat's browser,
 * desktops). One implementation for every share button; the state drives the button's status line.
 */
import { onScopeDispose, type ShallowRef, shallowRef } from 'vue'

import { copyText } from './copyText'
import { legacyCopy } from './useClipboard'

/** What the last share did: 'cancelled' is the user closing the sheet, nothing to report. */
export type ShareState = 'idle' | 'shared' | 'copied' | 'cancelled' | 'failed'
export type ShareResult = Exclude<ShareState, 'idle'>

export interface ShareData {
  title: string
  text?: string
  url: string
}

export type ShareNavigator = Partial<Pick<Navigator, 'share' | 'clipboard'>>

export interface UseShareOptions {
  /** Milliseconds until the state goes back to 'idle'; 0 (the default) keeps it until the next share. */
  resetAfter?: number
  /** Injectable for tests. */
  navigator?: ShareNavigator
}

export interface UseShareReturn {
  state: ShallowRef<ShareState>
  share: (data: ShareData) => Promise<ShareResult>
}

/** Share `data` via navigator.share, or copy its URL; a failed sheet (not a dismissed one) falls back to copying. */
export async function shareOrCopy(data: ShareData, nav: ShareNavigator | undefined = globalThis.navigator): Promise<ShareResult> {
  if (typeof nav?.share === 'function') {
    try {
      await nav.share(data)
      return 'shared'
    } catch (error) {
      if ((error as Error | undefined)?.name === 'AbortError') return 'cancelled'
    }
  }
  return (await copyText(data.url, legacyCopy, nav)) ? 'copied' : 'failed'
}

/** Reactive share-or-copy, VueUse-style: `const { state, share } = useShare()`. */
export function useShare(options: UseShareOptions = {}): UseShareReturn {
  const state = shallowRef<ShareState>('idle')
  let timer: ReturnType<typeof setTimeout> | undefined
  onScopeDispose(() => clearTimeout(timer))

  async function share(data: ShareData): Promise<ShareResult> {
    const result = await shareOrCopy(data, options.navigator)
    state.value = result
    clearTimeout(timer)
    if (options.resetAfter) timer = setTimeout(() => (state.value = 'idle'), options.resetAfter)
    return result
  }

  return { state, share }
}
