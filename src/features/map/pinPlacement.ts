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

/** What moving costs, for a place at `distance` (distanceFrom) from the pin's centre. */
const movedCost = (pin: PinToPlace, distance: number) => distance * MOVE_WEIGHT + (distance > (pin.height + 2 * PIN_GAP) ** 2 ? FAR : 0)

/** Covering a button or another pin costs this much more than covering a marker: only if nothing else fits. */
const BLOCKED = 1000

/** Over the edge of a marker, the area covered; over more than a third of it, as bad as over a button. */
function markerCost(marker: Box, box: Box) {
  const covered = overlapArea(marker, box)
  return covered > ((marker.right - marker.left) * (marker.bottom - marker.top)) / 3 ? BLOCKED * covered : covered
}

/** A place relative to a pin's centre, and its distance from it (distanceFrom). */
interface Offset {
  dx: number
  dy: number
  distance: number
}

/**
 * The places a pin may take, relative to its centre, nearest first (the usual place first among equals).
 * They depend on the pin's size only, so they are built and sorted once per size: placing runs again on
 * every zoom and every move of the list sheet, and sorting ~460 places per pin each time cost a slow phone
 * ~10 ms a pin.
 */
const offsetsBySize = new Map<string, Offset[]>()

function offsetsFor(width: number, height: number): Offset[] {
  const key = `${width}×${height}`
  const known = offsetsBySize.get(key)
  if (known) return known
  const pin: PinToPlace = { x: 0, y: 0, width, height }
  const usual = usualBox(pin)
  const keyed: { offset: Offset; key: number }[] = []
  // Rows above and below the centre by half heights; in each, places from one and a half widths right of the
  // usual one to four to its left, by quarter widths (a phone's map in 长辈模式 has little room: look wide).
  for (let row = 0; row < 10; row++) {
    const above = -PIN_GAP - height - (row * (height + 4)) / 2
    const below = PIN_GAP + (row * (height + 4)) / 2
    for (const dy of [above, below])
      for (let step = -6; step <= 16; step++) {
        const dx = PIN_SHIFT - (step * width) / 4
        const distance = distanceFrom(pin, { left: dx, top: dy, right: dx + width, bottom: dy + height }, usual)
        keyed.push({ offset: { dx, dy, distance }, key: distance * 1e6 + (dx - usual.left) ** 2 + (dy - usual.top) ** 2 })
      }
  }
  const offsets = keyed.sort((a, b) => a.key - b.key).map(({ offset }) => offset)
  // A map shows a handful of pin sizes; a long session with many languages and modes stays small too.
  if (offsetsBySize.size > 64) offsetsBySize.clear()
  offsetsBySize.set(key, offsets)
  return offsets
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
 * `markers` where there is room. Every pin gets a place: on a crowded small map the one that covers least for
 * how far it moves (settlePins then decides which are drawn). Which pin chooses first matters there (the first takes the best place,
 * the last what is left), so for a handful of pins every order is tried and the cheapest wins.
 */
export function placePins(pins: PinToPlace[], markers: Box[], blocked: Box[], shown: Box): Box[] {
  const pools = pins.map((pin) => {
    const offsets = offsetsFor(pin.width, pin.height)
    // The places inside the map, else anywhere.
    const inside = offsets.filter(
      ({ dx, dy }) =>
        pin.x + dx >= shown.left &&
        pin.x + dx + pin.width <= shown.right &&
        pin.y + dy >= shown.top &&
        pin.y + dy + pin.height <= shown.bottom,
    )
    // The places come in rows (the same dy): only the markers level with a row can be covered by a place in it.
    // Measuring every marker against each of a pin's ~460 places was most of a placement's time when its code
    // is still cold, as on a page's first load: 22 → 8 ms for five pins and 40 markers (V8 without its optimiser).
    const level = new Map<number, Box[]>()
    const markersLevelWith = (top: number, bottom: number) => {
      let found = level.get(top)
      if (!found) level.set(top, (found = markers.filter((m) => m.bottom > top && m.top < bottom)))
      return found
    }
    const pool = (inside.length ? inside : offsets).map(({ dx, dy, distance }): Candidate => {
      const left = pin.x + dx
      const top = pin.y + dy
      const box = { left, top, right: left + pin.width, bottom: top + pin.height }
      let base = movedCost(pin, distance)
      for (const m of markersLevelWith(top, box.bottom)) base += markerCost(m, box)
      return { box, base }
    })
    // Cheapest first; among equals, nearest first (the candidates' order, kept by a stable sort).
    return pool.sort((a, b) => a.base - b.base)
  })
  const given = pins.map((_, i) => i)
  let best = placeInOrder(pools, given, blocked, Infinity)!
  // Every pin in its own cheapest place, clear of the rest (the usual case): no order can do better.
  const floor = pools.reduce((sum, pool) => sum + (pool[0]?.base ?? 0), 0)
  if (pins.length > MAX_ORDERED || best.cost <= floor) return best.boxes
  for (const order of permutations(given)) best = placeInOrder(pools, order, blocked, best.cost) ?? best
  return best.boxes
}

/**
 * Where each placed pin is drawn, or null where it is left out. Placing accepts a sliver of a marker to keep a
 * pin near its city; drawn, a pin must be clear: beside its region's centre (not FAR), over no marker, button
 * or pin drawn before it. A pin that is not takes the nearest clear place beside its centre inside the map;
 * with none (four 60 px pins on a 360 px phone in 长辈模式) it is left out rather than drawn beside another
 * city or over a marker: the list under the map names every region's events.
 */
export function settlePins(pins: PinToPlace[], boxes: Box[], markers: Box[], blocked: Box[], shown: Box): (Box | null)[] {
  const drawn: Box[] = []
  const clearOf = (box: Box) => [...markers, ...blocked, ...drawn].every((b) => overlapArea(b, box) === 0)
  const inside = (box: Box) => box.left >= shown.left && box.right <= shown.right && box.top >= shown.top && box.bottom <= shown.bottom
  return pins.map((pin, i) => {
    const near = (pin.height + 2 * PIN_GAP) ** 2
    let box: Box | null = boxes[i]!
    if (distanceFrom(pin, box) > near || !clearOf(box)) {
      box = null
      // Nearest first (offsetsFor's order): the first clear one is the nearest.
      for (const { dx, dy, distance } of offsetsFor(pin.width, pin.height)) {
        if (distance > near) break
        const left = pin.x + dx
        const top = pin.y + dy
        const candidate = { left, top, right: left + pin.width, bottom: top + pin.height }
        if (inside(candidate) && clearOf(candidate)) {
          box = candidate
          break
        }
      }
    }
    if (box) drawn.push(box)
    return box
  })
}
