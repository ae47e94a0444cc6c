import { describe, expect, it } from 'vitest'

import { clearOfButtons } from '@/features/map/clearOfButtons'
import { type Box, overlapArea } from '@/features/map/pinPlacement'

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height })
const moved = (b: Box, s: { dx: number; dy: number }) => box(b.left + s.dx, b.top + s.dy, b.right - b.left, b.bottom - b.top)

// 长辈模式 on a 360 × 640 phone with the no-tiles notice (measured in a browser): the map shows 360 × 250 px
// above the list sheet, the notice across its top, the zoom buttons below it on the left, 图例 on the right.
const shown = box(0, 0, 360, 250)
const notice = box(0, 0, 360, 74)
const zoom = box(10, 85, 64, 125)
const legend = box(280, 86, 68, 60)
const buttons = [notice, zoom, legend]
const clusters = [box(122, 77, 60, 60), box(177, 89, 66, 66), box(250, 109, 60, 60)]

describe('clearOfButtons', () => {
  it('leaves a view alone when no marker is under a button', () => {
    expect(clearOfButtons([box(150, 120, 60, 60)], buttons, shown)).toBeNull()
    // Touching is not covering.
    expect(clearOfButtons([box(220, 120, 60, 60)], buttons, shown)).toBeNull()
  })

  it('moves 新星 out from under 图例 by the least shift that covers nothing else', () => {
    const shift = clearOfButtons(clusters, buttons, shown)
    expect(shift).not.toBeNull()
    for (const cluster of clusters.map((c) => moved(c, shift!))) {
      for (const button of buttons) expect(overlapArea(cluster, button)).toBe(0)
      expect(cluster.left).toBeGreaterThanOrEqual(0)
      expect(cluster.bottom).toBeLessThanOrEqual(250)
    }
    // 30 px left clears 图例 (280 − 310 = −30) and keeps the first cluster off the zoom buttons (122 − 30 > 74).
    expect(Math.hypot(shift!.dx, shift!.dy)).toBeLessThanOrEqual(Math.hypot(32, 0))
  })

  it('keeps every marker that was in sight in sight', () => {
    // 图例 covers the second marker. Right takes it off the map, up puts it under the notice; down (40 px) is
    // nearer than left (80 px), and the first marker, low on the map, stays in sight.
    const markers = [box(80, 215, 40, 30), box(300, 80, 60, 60)]
    const shift = clearOfButtons(markers, [box(0, 0, 360, 74), box(10, 100, 64, 110), box(280, 60, 68, 60)], box(0, 0, 360, 400))
    expect(shift).not.toBeNull()
    expect(shift).toEqual({ dx: 0, dy: 40 })
    expect(moved(markers[0]!, shift!).bottom).toBeLessThanOrEqual(400)
  })

  it('gives up, leaving the view as it is, when no shift within reach uncovers every marker', () => {
    // A marker as wide as the map under a button: nothing can uncover it.
    expect(clearOfButtons([box(0, 80, 360, 100)], buttons, shown)).toBeNull()
    // Markers packed so tight that any shift covers one of them, or takes one out of sight.
    const row = Array.from({ length: 6 }, (_, i) => box(i * 60, 150, 60, 100))
    expect(clearOfButtons(row, [box(150, 140, 60, 20)], shown)).toBeNull()
  })
})
