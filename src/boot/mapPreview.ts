/**
 * On a phone's plain visit to /map, draws the map's opening tiles in the static shell, where the map page
 * will draw the same tiles (MapStage's preview, with firstView.ts's rules): the reader sees Xinjiang while the
 * app is still downloading and starting. Before, the first tile waited for the app's start-up and was the
 * page's largest paint: at 4× CPU on slow 4G a cold visit painted it at 4.7–5.3 s, now at ~1.9 s (README:
 * Benchmarks). The app's mount replaces the shell, these tiles with it, and draws its own from the cache;
 * start.ts lets them be painted first (300 ms at most).
 *
 * Only where the box's place is known before any app code runs (plainPhoneVisit: a saved region would open
 * the map on it; filters, 附近 or a venue in the query change the view). Offline the box starts below the
 * app's 当前离线 bar, and the tiles come from the service worker's cache.
 * Elsewhere the page draws the tiles itself, as before.
 */
import { fitView, MIN_ZOOM, OPENING_PADDING, viewTiles } from '../features/map/firstView'
import { tileUrl } from '../shared/tiles'
import type { LatLng } from '../shared/types'
import { plainPhoneVisit } from './plainPhoneVisit'

export interface MapPreviewOptions {
  /** What the map opens on (firstView's openingPoints): their bounding corners are enough. */
  points: LatLng[]
  /** The tile layers' URL templates, drawn in order (天地图's place names over its map). */
  layers: string[]
  subdomains?: string[]
  maxZoom: number
  /** The map's box on a phone (firstView's PHONE_MAP_BOX), in CSS px from the screen's top and foot. */
  box: { top: number; offlineBar: number; bottom: number; fontSize: number }
}

/** Draws the box into the shell (appShell's MAP_PREVIEW_ATTACH, inlined after the shell, calls it). */
declare global {
  interface Window {
    __kpxjBootMap?: (shell: Element | null) => void
  }
}

/**
 * Runs in <head>, after prePaint and before the stylesheet: the page is still empty, so the window's size costs
 * no layout (after the shell, reading it laid the page out first: ~100 ms at 1× CPU on the Chinese text's first
 * shaping, before any tile was asked for). The tiles are asked for at once, by preload; the images that show
 * them are made once the shell is there (an image loaded while detached was never a largest-paint candidate).
 */
export default function drawMapPreview({ points, layers, subdomains, maxZoom, box }: MapPreviewOptions): void {
  if (!plainPhoneVisit('/map', box.fontSize)) return
  // Offline the app puts its 当前离线 bar above the page: the map's box starts lower.
  const top = box.top + (navigator.onLine ? 0 : box.offlineBar)
  const size = { x: innerWidth, y: innerHeight - top - box.bottom }
  const view = fitView(points, size, { ...OPENING_PADDING, minZoom: MIN_ZOOM, maxZoom })
  if (!view) return
  const placed = viewTiles(view, size)
  // Layer by layer, as MapStage draws them: the map's own tiles are asked for first.
  const tiles = layers.flatMap((layer) => placed.map((tile) => ({ ...tile, url: tileUrl(layer, subdomains, tile) })))
  for (const { url } of tiles) {
    const link = document.createElement('link')
    link.rel = 'preload'
    link.as = 'image'
    // As the page asks for them (MapStage, Leaflet): one cached response serves all three.
    link.crossOrigin = 'anonymous'
    link.fetchPriority = 'high'
    link.href = url
    document.head.appendChild(link)
  }
  window.__kpxjBootMap = (shell) => {
    if (!shell) return
    const box = document.createElement('div')
    box.className = 'boot-map'
    box.setAttribute('aria-hidden', 'true')
    box.style.top = `${top}px`
    box.style.height = `${size.y}px`
    for (const tile of tiles) {
      const img = document.createElement('img')
      img.alt = ''
      img.width = img.height = 256
      img.crossOrigin = 'anonymous'
      img.style.transform = `translate(${tile.left}px, ${tile.top}px)`
      // No broken-image frame offline.
      img.onerror = () => (img.hidden = true)
      img.src = tile.url
      box.appendChild(img)
    }
    shell.appendChild(box)
    window.__kpxjBootDrawn = Promise.all([...box.querySelectorAll('img')].map((img) => img.decode().catch(() => {})))
  }
}
