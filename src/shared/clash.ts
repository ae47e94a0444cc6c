/** Time clashes between things a person has committed to (starred events, volunteer shifts). */

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

/** Every pair of items whose times overlap (touching end-to-start does not count). */
export function findClashes<T extends Timed>(items: T[]): [T, T][] {
  const sorted = items.map((item) => ({ item, range: interval(item) })).sort((a, b) => a.range[0] - b.range[0])
  const pairs: [T, T][] = []
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j]!.range[0] < sorted[i]!.range[1]; j++) {
      pairs.push([sorted[i]!.item, sorted[j]!.item])
    }
  }
  return pairs
}

/** id → ids of the items it clashes with. */
export function clashMap<T extends Timed>(items: T[]): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const [a, b] of findClashes(items)) {
    map.set(a.id, [...(map.get(a.id) ?? []), b.id])
    map.set(b.id, [...(map.get(b.id) ?? []), a.id])
  }
  return map
}
