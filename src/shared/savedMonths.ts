/** Which months of events a build keeps for offline use. */
// Relative imports: vite.config.ts loads this file (through src/build/swConfig.ts), and its loader knows no '@' alias.
import { PRECACHED_MONTHS } from './constants'
import { addMonths, beijingDay, monthOf } from './time'

/** `YYYY-MM` of the month of `now` and the following ones, in Beijing time: the event shards a build precaches. */
export function precacheMonths(now: Date | number | string, count = PRECACHED_MONTHS): string[] {
  const first = monthOf(beijingDay(typeof now === 'string' ? Date.parse(now) : now))
  return Array.from({ length: count }, (_, i) => addMonths(first, i))
}
