/**
 * The map's opening view, worked out without Leaflet: which zoom and centre fit the venues, and which tiles
 * that view shows where. The page draws those tiles while Leaflet (a lazy chunk, after the first paint)
 * is still on its way, and Leaflet opens on the same view, so its tiles replace the drawn ones in place.
 * Web Mercator and the fitting rules are Leaflet 1.9's (`Map#getBoundsZoom`, `_getBoundsCenterZoom`,
 * `GridLayer#_pxBoundsToTileRange`), written out for the one case the map opens with.
 */
import type { LatLng, Region, Venue } from '../../shared/types'

const TILE_SIZE = 256
/** Leaflet's SphericalMercator.MAX_LATITUDE. */
const MAX_LATITUDE = 85.0511287798

export interface Point {
  x: number
  y: number
}

export interface FitOptions {
  /** Room kept free at the view's top-left and bottom-right corners, in pixels (Leaflet's fitBounds). */
  paddingTopLeft: [number, number]
  paddingBottomRight: [number, number]
  minZoom: number
  maxZoom: number
}

/**
 * How the map opens on its venues (useLeafletMap's fitContent): room for the zoom buttons and the legend at
 * the top, for the list sheet's handle at the foot. One object, so the drawn tiles and Leaflet's agree.
 */
export const OPENING_PADDING: Pick<FitOptions, 'paddingTopLeft' | 'paddingBottomRight'> = {
  paddingTopLeft: [40, 60],
  paddingBottomRight: [40, 90],
}
export const MIN_ZOOM = 3

/**
 * The map's box on a phone (360–480 px wide) in Chinese at the standard size, in CSS pixels from the screen's
 * top (below the map page's header, search box and toolbar: MapView) and foot (the tab bar's 4rem), with the
 * browser's default font size they hold for (main.css sets the page's at 106.25 % of it). index.html draws
 * the opening tiles there before the app runs (src/boot/mapPreview.ts); map.spec checks that the page's own
 * box is this one. Offline, the app's 当前离线 bar (TheStatusBar) lies above the page: `offlineBar` lower.
 */
export const PHONE_MAP_BOX = { top: 246.484375, offlineBar: 41.46875, bottom: 68, fontSize: 16 }

/** What the map opens on: the venues and the plan regions' centres. */
export const openingPoints = (venues: readonly Pick<Venue, 'location'>[], regions: readonly Pick<Region, 'center'>[]): LatLng[] => [
  ...venues.map((v) => v.location),
  ...regions.map((r) => r.center),
]

export interface MapView {
  zoom: number
  /** The view's centre in pixels at that zoom (what Leaflet's `map.project(map.getCenter())` gives). */
  centre: Point
}

export interface PlacedTile {
  x: number
  y: number
  z: number
  /** Its top-left corner in the map's box, in pixels. */
  left: number
  top: number
}

/** A position in pixels at `zoom` (Leaflet's `map.project`). */
function project({ lat, lng }: LatLng, zoom: number): Point {
  const scale = TILE_SIZE * 2 ** zoom
  const sin = Math.sin((Math.max(Math.min(MAX_LATITUDE, lat), -MAX_LATITUDE) * Math.PI) / 180)
  return { x: scale * (lng / 360 + 0.5), y: scale * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) }
}

/** The view that fits `points` into a box of `size` pixels, as `map.fitBounds` would choose it. */
export function fitView(points: readonly LatLng[], size: Point, options: FitOptions): MapView | null {
  if (!points.length || size.x <= 0 || size.y <= 0) return null
  const lats = points.map((p) => p.lat)
  const lngs = points.map((p) => p.lng)
  const southWest = { lat: Math.min(...lats), lng: Math.min(...lngs) }
  const northEast = { lat: Math.max(...lats), lng: Math.max(...lngs) }
  const [left, top] = options.paddingTopLeft
  const [right, bottom] = options.paddingBottomRight
  const sw0 = project(southWest, 0)
  const ne0 = project(northEast, 0)
  const scale = Math.min((size.x - left - right) / Math.abs(ne0.x - sw0.x), (size.y - top - bottom) / Math.abs(sw0.y - ne0.y))
  let zoom = Math.log2(scale)
  if (Number.isFinite(zoom)) {
    // Leaflet does not step down a level for a view within 1 % of fitting (zoomSnap 1).
    zoom = Math.floor(Math.round(zoom * 100) / 100)
  }
  zoom = Math.max(options.minZoom, Math.min(options.maxZoom, zoom))
  const sw = project(southWest, zoom)
  const ne = project(northEast, zoom)
  return { zoom, centre: { x: (sw.x + ne.x) / 2 + (right - left) / 2, y: (sw.y + ne.y) / 2 + (bottom - top) / 2 } }
}

/** The tiles a view shows in a box of `size` pixels, where its tile layer places them. */
export function viewTiles({ zoom, centre }: MapView, size: Point): PlacedTile[] {
  // The map's pixel origin (Map#_getNewPixelOrigin) and the tile layer's pixel bounds (_getTiledPixelBounds).
  const origin = { x: Math.round(centre.x - size.x / 2), y: Math.round(centre.y - size.y / 2) }
  const floor = { x: Math.floor(centre.x), y: Math.floor(centre.y) }
  const cols = [Math.floor((floor.x - size.x / 2) / TILE_SIZE), Math.ceil((floor.x + size.x / 2) / TILE_SIZE) - 1]
  const rows = [Math.floor((floor.y - size.y / 2) / TILE_SIZE), Math.ceil((floor.y + size.y / 2) / TILE_SIZE) - 1]
  const last = 2 ** zoom - 1
  const tiles: PlacedTile[] = []
  for (let y = Math.max(0, rows[0]!); y <= Math.min(last, rows[1]!); y++) {
    for (let x = cols[0]!; x <= cols[1]!; x++) {
      tiles.push({ x, y, z: zoom, left: x * TILE_SIZE - origin.x, top: y * TILE_SIZE - origin.y })
    }
  }
  return tiles
}
