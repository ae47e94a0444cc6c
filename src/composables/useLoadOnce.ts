import { type Ref, ref } from 'vue'

export type LoadState = 'idle' | 'loading' | 'ready' | 'error'

export interface UseLoadOnceReturn {
  state: Ref<LoadState>
  error: Ref<string | null>
  /** Run the loader unless it already succeeded; concurrent callers share one run; a failure can be retried. */
  load: () => Promise<void>
}

/** The load-once state machine shared by the stores that read the user's data or the content. */
export function useLoadOnce(run: () => Promise<void>, fallbackMessage = '无法读取本机存储'): UseLoadOnceReturn {
  const state = ref<LoadState>('idle')
  const error = ref<string | null>(null)
  let pending: Promise<void> | null = null

  function load(): Promise<void> {
    if (state.value === 'ready') return Promise.resolve()
    pending ??= (async () => {
      state.value = 'loading'
      try {
        await run()
        state.value = 'ready'
        error.value = null
      } catch (e) {
        error.value = (e as Error).message || fallbackMessage
        state.value = 'error'
      } finally {
        pending = null
      }
    })()
    return pending
  }

  return { state, error, load }
}
