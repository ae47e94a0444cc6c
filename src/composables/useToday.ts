import { onScopeDispose, type Ref, ref } from 'vue'

import { beijingDay } from '@/shared/time'

export interface UseTodayOptions {
  /** How often to re-check the date, in ms (the day changes at Beijing midnight). */
  interval?: number
}

/** Today's date in Beijing time (`YYYY-MM-DD`), whatever the device's time zone. */
export function useToday(options: UseTodayOptions = {}): Ref<string> {
  const today = ref(beijingDay(Date.now()))
  const timer = setInterval(() => (today.value = beijingDay(Date.now())), options.interval ?? 60_000)
  onScopeDispose(() => clearInterval(timer))
  return today
}
