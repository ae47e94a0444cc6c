import { describe, expect, it } from 'vitest'

import { type Box, overlapArea, PIN_GAP, type PinToPlace, placePins, settlePins } from '@/features/map/pinPlacement'

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height })
const map = box(0, 0, 400, 400)
const pin = (x: number, y: number, width = 140, height = 60): PinToPlace => ({ x, y, width, height })
/** How far a box lies from a pin's centre. */
const reach = (p: PinToPlace, b: Box) => Math.hypot(Math.max(b.left - p.x, 0, p.x - b.right), Math.max(b.top - p.y, 0, p.y - b.bottom))

describe('placePins', () => {
  it('puts a pin with room in its usual place: above its centre, a little to the right', () => {
    const [placed] = placePins([pin(100, 200)], [], [], map)
    expect(placed).toEqual(box(116, 200 - PIN_GAP - 60, 140, 60))
  })

  it('places the same way when placed again, and moved with its centre (the places are kept per pin size)', () => {
    const pins = [pin(113, 136, 120, 40), pin(175, 82, 120, 40), pin(239, 122, 90, 40)]
    const markers = [box(216, 133, 50, 50), box(159, 108, 50, 50)]
    const first = placePins(pins, markers, [], map)
    expect(placePins(pins, markers, [], map)).toEqual(first)
    const shifted = (b: Box) => box(b.left + 30, b.top + 20, b.right - b.left, b.bottom - b.top)
    const moved = placePins(
      pins.map((p) => ({ ...p, x: p.x + 30, y: p.y + 20 })),
      markers.map(shifted),
      [],
      shifted(map),
    )
    expect(moved).toEqual(first.map(shifted))
  })

  it('counts a marker reaching a pixel into a place, above or below it, and not one that only touches it', () => {
    // The places are measured against the markers level with their row only: the edges must agree with overlapArea.
    const p = pin(100, 200)
    const usual = box(116, 200 - PIN_GAP - 60, 140, 60)
    const touching = [box(116, usual.bottom, 140, 200), box(116, usual.top - 200, 140, 200)]
    expect(placePins([p], touching, [], map)).toEqual([usual])
    for (const marker of [box(116, usual.bottom - 1, 140, 200), box(116, usual.top - 199, 140, 200)]) {
      const [placed] = placePins([p], [marker], [], map)
      expect(overlapArea(usual, marker)).toBe(140)
      expect(overlapArea(placed!, marker)).toBeLessThan(140)
    }
  })

  it('steps a pin off a marker and off a button, staying beside its centre', () => {
    const p = pin(100, 200)
    const marker = box(110, 120, 60, 60)
    const button = box(180, 150, 60, 40)
    const [placed] = placePins([p], [marker], [button], map)
    expect(overlapArea(placed!, marker)).toBe(0)
    expect(overlapArea(placed!, button)).toBe(0)
    expect(reach(p, placed!)).toBeLessThanOrEqual(60 + 2 * PIN_GAP)
  })

  it('tries the pins in another order when their own order leaves one over a marker', () => {
    // Placed in the given order, the first pin takes the place the third needs (found by a random search
    // against the given order only); another order leaves all three clear and beside their centres.
    const pins = [pin(113, 136, 120, 40), pin(175, 82, 120, 40), pin(239, 122, 120, 40)]
    const markers = [box(216, 133, 50, 50), box(159, 108, 50, 50), box(126, 145, 50, 50)]
    const boxes = placePins(pins, markers, [], box(0, 0, 300, 260))
    for (const [i, b] of boxes.entries()) {
      for (const m of markers) expect(overlapArea(b, m), `pin ${i} over a marker`).toBe(0)
      for (const other of boxes.slice(i + 1)) expect(overlapArea(b, other), `pin ${i} over another pin`).toBe(0)
      expect(reach(pins[i]!, b)).toBeLessThanOrEqual(40 + 2 * PIN_GAP)
    }
  })

  it('where every place touches a marker, lies over the edge of one rather than hide it', () => {
    // Counting covered area alone, a pin here lies over 64 % of one marker to spare the edges of two.
    const pins = [pin(41, 41, 120, 40), pin(131, 40, 120, 40)]
    const markers = [box(107, 89, 50, 50), box(107, 73, 50, 50), box(54, 30, 50, 50)]
    const buttons = [box(0, 0, 30, 60)]
    const boxes = placePins(pins, markers, buttons, box(0, 0, 260, 200))
    expect(overlapArea(boxes[0]!, boxes[1]!)).toBe(0)
    for (const b of boxes) {
      expect(overlapArea(b, buttons[0]!)).toBe(0)
      for (const m of markers) expect(overlapArea(b, m)).toBeLessThanOrEqual((50 * 50) / 3)
    }
  })

  it('places many pins in their own order, each still clear of the others', () => {
    const pins = Array.from({ length: 8 }, (_, i) => pin(60 + (i % 2) * 200, 60 + Math.floor(i / 2) * 90, 100, 26))
    const boxes = placePins(pins, [], [], box(0, 0, 420, 420))
    for (const [i, b] of boxes.entries()) for (const other of boxes.slice(i + 1)) expect(overlapArea(b, other)).toBe(0)
  })
})

describe('settlePins', () => {
  const p = pin(100, 200, 140, 60)
  const usual = box(116, 200 - PIN_GAP - 60, 140, 60)

  it('draws a clear pin where it was placed', () => {
    expect(settlePins([p], [usual], [box(0, 0, 20, 20)], [], map)).toEqual([usual])
  })
  it('moves a pin off a marker it was placed over to the nearest clear place beside its centre', () => {
    const marker = box(120, 150, 30, 30)
    const [drawn] = settlePins([p], [usual], [marker], [], map)
    expect(drawn).not.toBeNull()
    expect(overlapArea(drawn!, marker)).toBe(0)
    expect(reach(p, drawn!)).toBeLessThanOrEqual(60 + 2 * PIN_GAP)
  })
  it('leaves a pin out where no clear place is beside its centre', () => {
    // A button all round the centre.
    expect(settlePins([p], [usual], [], [box(0, 0, 400, 400)], map)).toEqual([null])
    // Placed far away, with a clear place nearer: moved back beside its centre.
    const [back] = settlePins([p], [box(116, 0, 140, 60)], [], [], map)
    expect(reach(p, back!)).toBeLessThanOrEqual(60 + 2 * PIN_GAP)
  })
  it('keeps two pins apart: the second moves off the first', () => {
    const q = pin(120, 210, 140, 60)
    const [first, second] = settlePins([p, q], [usual, box(130, 150, 140, 60)], [], [], map)
    expect(first).toEqual(usual)
    expect(overlapArea(first!, second!)).toBe(0)
  })
})
