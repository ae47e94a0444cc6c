// @vitest-environment happy-dom
/**
 * The page draws the map's opening tiles before Leaflet has loaded (MapStage): they must be the tiles Leaflet
 * then asks for, at the same places, or the map would jump when Leaflet's cover them. Checked against
 * Leaflet itself, for phone and desktop boxes and for the content's own spread of points.
 */
import L from 'leaflet'
import { describe, expect, it, onTestFinished } from 'vitest'

import { fitView, MIN_ZOOM, OPENING_PADDING, viewTiles } from '@/features/map/firstView'
import { OSM_TILE_URL, tileUrl } from '@/shared/tiles'
import type { LatLng } from '@/shared/types'

/** A Leaflet map in a box of the given size (happy-dom lays nothing out: the size is given). */
function leafletMap(width: number, height: number) {
  const el = document.createElement('div')
  Object.defineProperty(el, 'clientWidth', { value: width })
  Object.defineProperty(el, 'clientHeight', { value: height })
  document.body.append(el)
  const map = L.map(el, { minZoom: MIN_ZOOM, maxZoom: 19, fadeAnimation: false, zoomAnimation: false })
  onTestFinished(() => {
    map.remove()
    el.remove()
  })
  return map
}

/** The venues of the five plan regions as the content places them (city centres and a few sites). */
const XINJIANG: LatLng[] = [
  { lat: 44.01, lng: 87.31 }, // 昌吉
  { lat: 39.47, lng: 75.99 }, // 喀什
  { lat: 44.9, lng: 82.07 }, // 双河
  { lat: 43.83, lng: 87.62 }, // 乌鲁木齐
  { lat: 42.27, lng: 94.1 }, // 新星
  { lat: 44.3, lng: 86.05 },
]
const ONE_CITY: LatLng[] = [
  { lat: 44.01, lng: 87.31 },
  { lat: 44.02, lng: 87.29 },
  { lat: 43.99, lng: 87.33 },
]

const SIZES: [number, number][] = [
  [412, 508], // a 412×823 phone under the page's header
  [360, 325], // 360×640
  [320, 240],
  [768, 600],
  [1000, 700], // beside the list on a desktop
  [411, 509], // odd halves: the pixel origin rounds
]

describe('the map opening view drawn before Leaflet', () => {
  for (const [name, points] of [
    ['all of Xinjiang', XINJIANG],
    ['one city', ONE_CITY],
    ['a single venue', [XINJIANG[0]!]],
  ] as const) {
    for (const [width, height] of SIZES) {
      it(`matches Leaflet's fitBounds and tiles: ${name}, ${width}×${height}`, () => {
        const map = leafletMap(width, height)
        map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lng] as L.LatLngTuple)), OPENING_PADDING)
        const view = fitView(points, { x: width, y: height }, { ...OPENING_PADDING, minZoom: MIN_ZOOM, maxZoom: 19 })!
        expect(view.zoom).toBe(map.getZoom())
        const centre = map.project(map.getCenter(), map.getZoom())
        expect(view.centre.x).toBeCloseTo(centre.x, 6)
        expect(view.centre.y).toBeCloseTo(centre.y, 6)

        // Leaflet's own tiles, by URL and by place in the map's box.
        const layer = L.tileLayer(OSM_TILE_URL, { subdomains: 'abc', maxZoom: 19 }).addTo(map)
        const origin = map.getPixelOrigin()
        const theirs = Object.values((layer as unknown as { _tiles: Record<string, { el: HTMLImageElement; coords: L.Coords }> })._tiles)
          .map(({ el, coords }) => {
            const at = L.DomUtil.getPosition(el)
            // The tile's level sits at the view's origin: a tile's place in the box is its place in the level.
            return `${el.src} @${at.x},${at.y} (${coords.x * 256 - origin.x},${coords.y * 256 - origin.y})`
          })
          .sort()
        const ours = viewTiles(view, { x: width, y: height })
          .map((t) => `${tileUrl(OSM_TILE_URL, undefined, t)} @${t.left},${t.top} (${t.left},${t.top})`)
          .sort()
        expect(ours.length).toBeGreaterThan(0)
        expect(ours).toEqual(theirs)
      })
    }
  }

  it('writes subdomains and wrapped columns as Leaflet does', () => {
    const map = leafletMap(300, 300)
    map.setView([0, 179.9], 3)
    const template = 'https://t{s}.example.cn/{z}/{x}/{y}.png'
    const subdomains = ['0', '1', '2', '3', '4', '5', '6', '7']
    const layer = L.tileLayer(template, { subdomains }).addTo(map)
    const theirs = [...map.getContainer().querySelectorAll<HTMLImageElement>('img.leaflet-tile')].map((img) => img.src).sort()
    const size = map.getSize()
    const view = { zoom: 3, centre: map.project(map.getCenter(), 3) }
    const ours = viewTiles(view, { x: size.x, y: size.y })
      .map((t) => tileUrl(template, subdomains, t))
      .sort()
    expect(layer.getContainer()).toBeTruthy()
    // Columns past the antimeridian come back round the world (x = 8 is x = 0).
    expect(ours.some((url) => url.includes('/3/0/'))).toBe(true)
    expect(ours).toEqual(theirs)
  })

  it('writes a TMS server’s {-y} rows as Leaflet does', () => {
    const map = leafletMap(400, 300)
    map.setView([43.8, 87.6], 6)
    const template = 'https://tiles.example.cn/{z}/{x}/{-y}.png'
    L.tileLayer(template).addTo(map)
    const theirs = [...map.getContainer().querySelectorAll<HTMLImageElement>('img.leaflet-tile')].map((img) => img.src).sort()
    const ours = viewTiles({ zoom: 6, centre: map.project(map.getCenter(), 6) }, { x: 400, y: 300 })
      .map((t) => tileUrl(template, undefined, t))
      .sort()
    expect(ours.length).toBeGreaterThan(0)
    expect(ours).toEqual(theirs)
  })

  it('draws nothing without points or without a box', () => {
    expect(fitView([], { x: 400, y: 400 }, { ...OPENING_PADDING, minZoom: MIN_ZOOM, maxZoom: 19 })).toBeNull()
    expect(fitView(XINJIANG, { x: 0, y: 500 }, { ...OPENING_PADDING, minZoom: MIN_ZOOM, maxZoom: 19 })).toBeNull()
  })
})
