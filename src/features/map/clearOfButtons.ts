/**
 * The opening view fits the venues into the map with a fixed padding, but the buttons laid over the map (zoom,
 * 图例, the no-tiles notice) are larger in 长辈模式 and a narrow phone has little room beside them: 图例 sat on
 * 新星's cluster at 360 × 640. This finds the smallest shift of the view that uncovers every marker without
 * pushing one out of sight. Pure geometry in screen pixels, tested without Leaflet.
 */
import { type Box, overlapArea } from './pinPlacement'

/** How far the view may move to clear the buttons: beyond this the fit itself is wrong, not its place. */
const MAX_SHIFT = 96
const STEP = 4

const shifted = (box: Box, dx: number, dy: number): Box => ({
  left: box.left + dx,
  top: box.top + dy,
  right: box.right + dx,
  bottom: box.bottom + dy,
})

const inside = (box: Box, area: Box) => box.left >= area.left && box.top >= area.top && box.right <= area.right && box.bottom <= area.bottom

const covered = (markers: Box[], buttons: Box[]) => markers.some((m) => buttons.some((b) => overlapArea(m, b) > 0))

/**
 * How far to move what the map shows (screen pixels, right and down) so no marker lies under a button, or null
 * when none does or no shift within reach uncovers them all. Markers wholly in the shown part stay in it.
 */
export function clearOfButtons(markers: Box[], buttons: Box[], shown: Box): { dx: number; dy: number } | null {
  if (!covered(markers, buttons)) return null
  const kept = markers.filter((m) => inside(m, shown))
  const shifts: [number, number][] = []
  for (let dx = -MAX_SHIFT; dx <= MAX_SHIFT; dx += STEP)
    for (let dy = -MAX_SHIFT; dy <= MAX_SHIFT; dy += STEP) if (dx || dy) shifts.push([dx, dy])
  shifts.sort((a, b) => a[0] ** 2 + a[1] ** 2 - (b[0] ** 2 + b[1] ** 2))
  for (const [dx, dy] of shifts) {
    if (!kept.every((m) => inside(shifted(m, dx, dy), shown))) continue
    const moved = markers.map((m) => shifted(m, dx, dy))
    if (!covered(moved, buttons)) return { dx, dy }
  }
  return null
}
