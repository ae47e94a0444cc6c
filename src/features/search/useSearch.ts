/**
 * Reactive search for one search box. The engine and its index load lazily, on `warm()` (first focus) or the
 * first keystroke, so the page that shows the box only ships this small composable.
 */
import { type MaybeRefOrGetter, onScopeDispose, type Ref, ref, type ShallowRef, shallowRef, toValue, watch } from 'vue'

import { useRetryOnline } from '@/composables/useOnline'
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

/** Runs `fn` once the next frame has been painted (a timer where there are no frames: tests, workers). */
const afterNextPaint = (fn: () => void) =>
  typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => setTimeout(fn)) : setTimeout(fn)

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

  // A keystroke's own frame (the typed character) comes first and the results in the next one: building
  // them in the same task made each key wait for the whole list at 4× CPU (the interaction bench). Keys
  // typed within one frame build the results once, for the latest text.
  let scheduled = false
  let disposed = false
  onScopeDispose(() => (disposed = true))
  function runSoon() {
    if (scheduled) return
    scheduled = true
    afterNextPaint(() => {
      scheduled = false
      if (!disposed) run()
    })
  }

  // Kinds compared by value: a parent passing `:kinds="['event']"` makes a new array on every render.
  watch([query, () => toValue(options.kinds)?.join()], () => {
    if (engine) runSoon()
    else if (query.value.trim()) void warm()
  })

  // An index that could not load (offline, no service worker) loads back online if the box has text.
  const failed = () => state.value === 'error' && !!query.value.trim()
  useRetryOnline(() => failed() && warm(), failed)

  return { query, state, outcome, warm }
}
