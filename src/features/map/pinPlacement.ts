/**
 * Where the regions' event pins go on the map: beside their region's centre, clear of the venue markers,
 * the buttons and each other. Pure geometry in the map's layer pixels, so it can be tested without Leaflet.
 */

/** A laid-out box. */
export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/** A pin to place: its region's centre and its laid-out size. */
export interface PinToPlace {
  x: number
  y: number
  width: number
  height: number
}

/** The gap between a region's centre and its pin. */
export const PIN_GAP = 8
/** How far right of the centre a pin starts in its usual place (above its centre, to the right). */
const PIN_SHIFT = 16
/** Beyond this many pins, placing them in every order would cost too much: their own order is used. */
const MAX_ORDERED = 5

export const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top))

/** A pin's usual place: above its centre, to the right. */
const usualBox = (pin: PinToPlace): Box => {
  const left = pin.x + PIN_SHIFT
  const top = pin.y - PIN_GAP - pin.height
  return { left, top, right: left + pin.width, bottom: top + pin.height }
}

/**
 * How far a box is from a pin's centre (squared pixels), counted from the usual place: places nearer than that
 * (right above the centre) are no better than the usual one.
 */
function distanceFrom(pin: PinToPlace, box: Box, usual = usualBox(pin)) {
  const from = (b: Box) => Math.max(b.left - pin.x, 0, pin.x - b.right) ** 2 + Math.max(b.top - pin.y, 0, pin.y - b.bottom) ** 2
  return Math.max(from(box), from(usual))
}

/**
 * What distance from the centre costs, per squared pixel, against one square pixel of a marker covered: a
 * pin moves 60 px away (3 600 × 1/10) rather than cover a tenth of a 60 px marker (360 px²), but does not
 * wander off towards another city to spare a sliver.
 */
const MOVE_WEIGHT = 1 / 10
/**
 * Further than a pin's height from its centre, a pin sits beside another city and is read as its: only
 * where every nearer place would hide a marker or cover a pin.
 */
const FAR = 5000

function movedCost(pin: PinToPlace, box: Box) {
  const distance = distanceFrom(pin, box)
  return distance * MOVE_WEIGHT + (distance > (pin.height + 2 * PIN_GAP) ** 2 ? FAR : 0)
}

/** Covering a button or another pin costs this much more than covering a marker: only if nothing else fits. */
const BLOCKED = 1000

/** Over the edge of a marker, the area covered; over more than a third of it, as bad as over a button. */
function markerCost(marker: Box, box: Box) {
  const covered = overlapArea(marker, box)
  return covered > ((marker.right - marker.left) * (marker.bottom - marker.top)) / 3 ? BLOCKED * covered : covered
}

/** The places a pin may take, nearest to its centre first (its usual place first among equals). */
function candidatesFor(pin: PinToPlace): Box[] {
  const boxAt = (left: number, top: number): Box => ({ left, top, right: left + pin.width, bottom: top + pin.height })
  const candidates: Box[] = []
  // Rows above and below the centre by half heights; in each, places from one and a half widths right of the
  // usual one to four to its left, by quarter widths (a phone's map in 长辈模式 has little room: look wide).
  for (let row = 0; row < 10; row++) {
    const above = pin.y - PIN_GAP - pin.height - (row * (pin.height + 4)) / 2
    const below = pin.y + PIN_GAP + (row * (pin.height + 4)) / 2
    for (const top of [above, below])
      for (let step = -6; step <= 16; step++) candidates.push(boxAt(pin.x + PIN_SHIFT - (step * pin.width) / 4, top))
  }
  const usual = usualBox(pin)
  const keyed = candidates.map((c) => ({
    c,
    key: distanceFrom(pin, c, usual) * 1e6 + (c.left - usual.left) ** 2 + (c.top - usual.top) ** 2,
  }))
  return keyed.sort((a, b) => a.key - b.key).map(({ c }) => c)
}

interface Placement {
  boxes: Box[]
  /** Area laid over markers, buttons or other pins, plus the weighted distance moved. */
  cost: number
}

/** A place and what it costs before other pins are counted: its distance and the markers it covers. */
interface Candidate {
  box: Box
  base: number
}

/**
 * Each pin in turn takes the place that costs least given the pins placed before it. Gives up (null) once the
 * cost passes `bound`, the best order's so far.
 */
function placeInOrder(pools: Candidate[][], order: number[], blocked: Box[], bound: number): Placement | null {
  const boxes: Box[] = new Array(pools.length)
  const used = [...blocked]
  let cost = 0
  for (const i of order) {
    let best = pools[i]![0]!
    let bestCost = Infinity
    for (const c of pools[i]!) {
      // Sorted by their own cost, which other pins only add to: nothing further on can cost less.
      if (c.base >= bestCost) break
      const candidateCost = c.base + used.reduce((sum, t) => sum + BLOCKED * overlapArea(t, c.box), 0)
      if (candidateCost < bestCost) [best, bestCost] = [c, candidateCost]
    }
    boxes[i] = best.box
    used.push(best.box)
    cost += bestCost
    if (cost >= bound) return null
  }
  return { boxes, cost }
}

function* permutations(items: number[]): Generator<number[]> {
  if (items.length <= 1) {
    yield items
    return
  }
  for (const [i, first] of items.entries())
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)])) yield [first, ...rest]
}

/**
 * Boxes for the pins, in their order, clear of the `blocked` boxes (buttons) and of each other, and of the
 * `markers` where there is room. Nothing is hidden: on a crowded small map a pin takes the place that covers
 * least for how far it moves. Which pin chooses first matters there (the first takes the best place,
 * the last what is left), so for a handful of pins every order is tried and the cheapest wins.
 */
export function placePins(pins: PinToPlace[], markers: Box[], blocked: Box[], shown: Box): Box[] {
  const fits = (box: Box) => box.left >= shown.left && box.right <= shown.right && box.top >= shown.top && box.bottom <= shown.bottom
  // The places inside the map, else anywhere.
  const pools = pins.map((pin) => {
    const all = candidatesFor(pin)
    const inView = all.filter(fits)
    const pool = (inView.length ? inView : all).map((box): Candidate => {
      const moved = movedCost(pin, box)
      return { box, base: moved + markers.reduce((sum, m) => sum + markerCost(m, box), 0) }
    })
    // Cheapest first; among equals, nearest first (the candidates' order, kept by a stable sort).
    return pool.sort((a, b) => a.base - b.base)
  })
  const given = pins.map((_, i) => i)
  let best = placeInOrder(pools, given, blocked, Infinity)!
  if (pins.length > MAX_ORDERED) return best.boxes
  for (const order of permutations(given)) best = placeInOrder(pools, order, blocked, best.cost) ?? best
  return best.boxes
}
