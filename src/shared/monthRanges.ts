/** Sets of `YYYY-MM` months written as inclusive runs, which stay short however many months they cover. */
import { addMonths } from './time'
import type { MonthRange } from './types'

/** Sorted, distinct months → the fewest inclusive runs covering exactly them. */
export function toMonthRanges(sortedMonths: readonly string[]): MonthRange[] {
  const ranges: MonthRange[] = []
  for (const month of sortedMonths) {
    const last = ranges.at(-1)
    if (last && addMonths(last[1], 1) === month) last[1] = month
    else if (!last || month > last[1]) ranges.push([month, month])
  }
  return ranges
}

/** The months of `ranges` from `from` to `to` (inclusive), in order. */
export function monthsInRanges(ranges: readonly MonthRange[], from: string, to: string): string[] {
  const months: string[] = []
  for (const [first, last] of ranges) {
    for (let m = first < from ? from : first; m <= last && m <= to; m = addMonths(m, 1)) months.push(m)
  }
  return months
}
