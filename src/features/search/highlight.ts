/** Splitting a text into plain and highlighted segments, rendered as text and <mark> (never as HTML). */

export interface Segment {
  text: string
  mark: boolean
}

/** Segments of `text` with the `[start, end)` ranges marked; ranges may overlap or be out of order. */
export function toSegments(text: string, ranges: readonly (readonly [number, number])[]): Segment[] {
  const clean = ranges
    .map(([s, e]) => [Math.max(0, s), Math.min(text.length, e)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0])
  const segments: Segment[] = []
  let at = 0
  for (const [start, end] of clean) {
    if (end <= at) continue
    const from = Math.max(start, at)
    const last = segments[segments.length - 1]
    if (from > at || !last?.mark) {
      if (from > at) segments.push({ text: text.slice(at, from), mark: false })
      segments.push({ text: text.slice(from, end), mark: true })
    } else last.text += text.slice(from, end)
    at = end
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false })
  return segments
}
