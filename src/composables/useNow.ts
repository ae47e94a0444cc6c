/** The current instant, refreshed every minute, for "开放中 / 几点开门". */
import { onScopeDispose, type Ref, shallowRef } from 'vue'

export function useNow(options: { interval?: number } = {}): Ref<Date> {
  const now = shallowRef(new Date())
  const timer = setInterval(() => (now.value = new Date()), options.interval ?? 60_000)
  onScopeDispose(() => clearInterval(timer))
  return now
}
