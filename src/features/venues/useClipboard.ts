/** Copy text, with a fallback for in-app browsers (WeChat) that lack the async clipboard API. */
import { shallowRef, type Ref } from 'vue'

export type CopyState = 'idle' | 'copied' | 'failed'

export function useClipboard(options: { resetAfter?: number } = {}): { state: Ref<CopyState>; copy: (text: string) => Promise<void> } {
  const state = shallowRef<CopyState>('idle')
  let timer: ReturnType<typeof setTimeout> | undefined

  function legacyCopy(text: string): boolean {
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

  async function copy(text: string) {
    let ok = false
    try {
      await navigator.clipboard.writeText(text)
      ok = true
    } catch {
      ok = legacyCopy(text)
    }
    state.value = ok ? 'copied' : 'failed'
    clearTimeout(timer)
    timer = setTimeout(() => (state.value = 'idle'), options.resetAfter ?? 4000)
  }

  return { state, copy }
}
