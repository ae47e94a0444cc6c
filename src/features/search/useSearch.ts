/**
 * Reactive search for one search box. The engine and its index load lazily, on `warm()` (first focus) or the
 * first keystroke, so the page that shows the box only ships this small composable.
 */
import { type MaybeRefOrGetter, type Ref, ref, type ShallowRef, shallowRef, toValue, watch } from 'vue'

import type { SearchKind } from '@/shared/search'
import { beijingDay } from '@/shared/time'

import type { SearchEngine, SearchOutcome } from './engine'

export type SearchState = 'idle' | 'loading' | 'ready' | 'error'

export interface UseSearchOptions {
  kinds?: MaybeRefOrGetter<readonly SearchKind[] | undefined>
  /** Results kept per kind. */
  limit?: number
  /** Injectable for tests. */
  load?: () => Promise<SearchEngine>
  now?: () => number
}

export interface UseSearchReturn {
  query: Ref<string>
  state: Ref<SearchState>
  outcome: ShallowRef<SearchOutcome | null>
  /** Load the engine if it is not loaded yet. */
  warm: () => Promise<void>
}

const loadEngine = async () => (await import('./client')).loadSearchEngine()

export function useSearch(options: UseSearchOptions = {}): UseSearchReturn {
  const query = ref('')
  const state = ref<SearchState>('idle')
  const outcome = shallowRef<SearchOutcome | null>(null)
  let engine: SearchEngine | null = null
  let pending: Promise<void> | null = null

  function run() {
    const text = query.value.trim()
    if (!engine || !text) {
      outcome.value = null
      return
    }
    outcome.value = engine.search(text, {
      kinds: toValue(options.kinds),
      limit: options.limit,
      today: beijingDay((options.now ?? Date.now)()),
    })
  }

  function warm(): Promise<void> {
    if (engine) return Promise.resolve()
    pending ??= (async () => {
      state.value = 'loading'
      try {
        engine = await (options.load ?? loadEngine)()
        state.value = 'ready'
        run()
      } catch {
        state.value = 'error'
      } finally {
        pending = null
      }
    })()
    return pending
  }

  // Kinds compared by value: a parent passing `:kinds="['event']"` makes a new array on every render.
  watch([query, () => toValue(options.kinds)?.join()], () => {
    if (engine) run()
    else if (query.value.trim()) void warm()
  })

  return { query, state, outcome, warm }
}
