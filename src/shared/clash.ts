/**
 * Time clashes between things a person has committed to (starred events, volunteer shifts).
 * A roster may hold thousands of shifts at the same hour, i.e. millions of overlapping pairs: the work
 * here is O(n log n) (sort, binary search, a sweep with a heap) and what it reports is capped, so the
 * page says "另有 N 处冲突" instead of listing n² warnings.
 */

export interface Timed {
  id: string
  /** ISO date-time with offset, or `YYYY-MM-DD` for all-day (Beijing). */
  start: string
  end: string
}

const DAY_MS = 86_400_000

/** [start, end) in epoch ms; an all-day range covers whole Beijing days, its end inclusive. */
export function interval(item: Pick<Timed, 'start' | 'end'>): [number, number] {
  const allDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v)
  const start = allDay(item.start) ? Date.parse(`${item.start}T00:00:00+08:00`) : Date.parse(item.start)
  const end = allDay(item.end) ? Date.parse(`${item.end}T00:00:00+08:00`) + DAY_MS : Date.parse(item.end)
  return [start, end]
}

export interface ClashOptions {
  /** How many of the items it overlaps are named per item. */
  perItem?: number
  /** How many overlapping pairs are listed. */
  maxPairs?: number
  /** Counts elementary steps, so tests can check the growth without timing anything. */
  counter?: { steps: number }
}

export interface ClashReport<T> {
  /** id → how many other items it overlaps (exact). */
  counts: Map<string, number>
  /** id → up to `perItem` ids of items it overlaps. */
  named: Map<string, string[]>
  /** Up to `maxPairs` overlapping pairs, earlier start first. */
  pairs: [T, T][]
  /** How many overlapping pairs there are in all. */
  totalPairs: number
  /** How many items overlap at least one other. */
  clashing: number
}

/** Index of the first value in sorted `list` that is ≥ x (strict: > x). */
function bound(list: Float64Array, x: number, strict: boolean, counter: { steps: number }): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    counter.steps++
    const mid = (lo + hi) >>> 1
    if (strict ? list[mid]! <= x : list[mid]! < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** A binary min-heap of item positions keyed by their end, for the sweep's "still running" set. */
class EndHeap {
  private items: number[] = []
  constructor(
    private ends: Float64Array,
    private counter: { steps: number },
  ) {}
  get size() {
    return this.items.length
  }
  peek() {
    return this.items[0]!
  }
  push(i: number) {
    const a = this.items
    a.push(i)
    for (let k = a.length - 1; k > 0;) {
      this.counter.steps++
      const parent = (k - 1) >> 1
      if (this.ends[a[parent]!]! <= this.ends[a[k]!]!) break
      ;[a[parent], a[k]] = [a[k]!, a[parent]!]
      k = parent
    }
  }
  pop() {
    const a = this.items
    const top = a[0]!
    const last = a.pop()!
    if (a.length) {
      a[0] = last
      for (let k = 0; ;) {
        this.counter.steps++
        const l = 2 * k + 1
        const r = l + 1
        let m = k
        if (l < a.length && this.ends[a[l]!]! < this.ends[a[m]!]!) m = l
        if (r < a.length && this.ends[a[r]!]! < this.ends[a[m]!]!) m = r
        if (m === k) break
        ;[a[m], a[k]] = [a[k]!, a[m]!]
        k = m
      }
    }
    return top
  }
}

/**
 * Which items overlap (touching end-to-start does not count). Items whose times cannot be read, or
 * whose end is not after their start, take part in nothing.
 */
export function clashReport<T extends Timed>(items: readonly T[], options: ClashOptions = {}): ClashReport<T> {
  const perItem = options.perItem ?? 3
  const maxPairs = options.maxPairs ?? 20
  const counter = options.counter ?? { steps: 0 }
  const valid = items
    .map((item) => ({ item, range: interval(item) }))
    .filter(({ range: [s, e] }) => Number.isFinite(s) && Number.isFinite(e) && e > s)
  valid.sort((a, b) => (counter.steps++, a.range[0] - b.range[0] || (a.item.id < b.item.id ? -1 : 1)))
  const n = valid.length
  const starts = Float64Array.from(valid, (v) => v.range[0])
  const ends = Float64Array.from(valid, (v) => v.range[1])
  const sortedEnds = Float64Array.from(ends).sort()

  const report: ClashReport<T> = { counts: new Map(), named: new Map(), pairs: [], totalPairs: 0, clashing: 0 }
  // Exact counts: the others that start before my end, minus those that ended by my start, minus me.
  let sum = 0
  for (let i = 0; i < n; i++) {
    const count = bound(starts, ends[i]!, false, counter) - bound(sortedEnds, starts[i]!, true, counter) - 1
    if (count > 0) {
      report.counts.set(valid[i]!.item.id, count)
      report.clashing++
      sum += count
    }
  }
  report.totalPairs = sum / 2

  // Names and pairs: sweep in start order; `running` holds the items still going, oldest first.
  const running = new Set<number>()
  const heap = new EndHeap(ends, counter)
  const name = (i: number, other: number) => {
    const id = valid[i]!.item.id
    const list = report.named.get(id) ?? []
    if (list.length < perItem) report.named.set(id, [...list, valid[other]!.item.id])
  }
  for (let i = 0; i < n; i++) {
    while (heap.size && ends[heap.peek()]! <= starts[i]!) running.delete(heap.pop())
    let seen = 0
    for (const j of running) {
      counter.steps++
      // Each running item overlaps i; stop once i is named enough and the pair list is full.
      if (seen >= perItem && report.pairs.length >= maxPairs) break
      seen++
      name(i, j)
      name(j, i)
      if (report.pairs.length < maxPairs) report.pairs.push([valid[j]!.item, valid[i]!.item])
    }
    running.add(i)
    heap.push(i)
  }
  return report
}
