/** Plain data that crosses from the Leaflet composable to Vue (never Leaflet objects). */
export interface BoundsBox {
  south: number
  west: number
  north: number
  east: number
}

/** Whether map tiles are showing; `failed` switches to the neutral fallback background. */
export type TileState = 'loading' | 'ok' | 'failed'

export function boundsContain(box: BoundsBox, point: { lat: number; lng: number }): boolean {
  return point.lat >= box.south && point.lat <= box.north && point.lng >= box.west && point.lng <= box.east
}
