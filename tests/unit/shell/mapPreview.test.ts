// @vitest-environment happy-dom
/**
 * index.html draws the map's opening tiles on a phone's plain visit to /map (src/boot/mapPreview.ts): the same
 * tiles at the same places as the map page then draws (firstView.ts), asked for from <head>, and nothing where
 * the page would open elsewhere or lay its header out differently. map.spec checks the places in a browser.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import drawMapPreview, { type MapPreviewOptions } from '@/boot/mapPreview'
import { mapPreviewOptions, renderAppShell } from '@/build/appShell'
import { bootScript } from '@/build/bootScripts'
import { fitView, MIN_ZOOM, OPENING_PADDING, PHONE_MAP_BOX, viewTiles } from '@/features/map/firstView'
import { WECHAT_HINT_DISMISSED_KEY } from '@/shared/constants'
import { OSM_TILE_URL, tileProvider, tileUrl } from '@/shared/tiles'
import type { LatLng } from '@/shared/types'

const venues = [{ location: { lat: 43.8, lng: 87.6 } }, { location: { lat: 39.47, lng: 75.99 } }, { location: { lat: 42.95, lng: 89.19 } }]
const regions = [{ center: { lat: 44.01, lng: 87.31 } }, { center: { lat: 47.84, lng: 88.14 } }]
const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 12; V2111A) AppleWebKit/537.36 Chrome/116.0 Mobile Safari/537.36 XWEB/1160117 MicroMessenger/8.0.47'
const options = mapPreviewOptions(tileProvider({}), { venues, regions } as never)!

/** A phone's window on `url`, with the static shell parsed; `wide`, `mouse` and `font` change one thing. */
function phone(url: string, { width = 412, height = 823, mouse = false, font = '16px' } = {}) {
  window.history.replaceState(null, '', url)
  vi.stubGlobal('innerWidth', width)
  vi.stubGlobal('innerHeight', height)
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(pointer: coarse)' ? !mouse : false }))
  const real = window.getComputedStyle.bind(window)
  vi.stubGlobal('getComputedStyle', (el: Element) => (el === document.documentElement ? { fontSize: font } : real(el)))
  document.head.innerHTML = ''
  document.body.innerHTML = `<div id="app">${renderAppShell('')}</div>`
}
const preloads = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=preload]')]
const attach = () => window.__kpxjBootMap?.(document.querySelector('#app .shell'))

beforeEach(() => {
  document.documentElement.lang = 'zh-CN'
  delete document.documentElement.dataset.elder
  localStorage.clear()
  sessionStorage.clear()
  delete window.__kpxjBootMap
  delete window.__kpxjBootDrawn
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe("the map's opening tiles in index.html", () => {
  it('are asked for from <head> and drawn in the shell where the map page draws them', () => {
    phone('/map')
    drawMapPreview(options)
    // The page's own box: the window below the header, above the tab bar.
    const size = { x: 412, y: 823 - PHONE_MAP_BOX.top - PHONE_MAP_BOX.bottom }
    const view = fitView([...venues.map((v) => v.location), ...regions.map((r) => r.center)], size, {
      ...OPENING_PADDING,
      minZoom: MIN_ZOOM,
      maxZoom: 19,
    })!
    const tiles = viewTiles(view, size).map((t) => ({ url: tileUrl(OSM_TILE_URL, undefined, t), at: `translate(${t.left}px, ${t.top}px)` }))
    expect(tiles.length).toBeGreaterThan(3)
    expect(preloads().map((l) => [l.href, l.getAttribute('as'), l.crossOrigin, l.fetchPriority])).toEqual(
      tiles.map((t) => [t.url, 'image', 'anonymous', 'high']),
    )
    // Nothing drawn until the shell is there.
    expect(document.querySelector('.boot-map')).toBeNull()
    attach()
    const box = document.querySelector<HTMLElement>('#app .shell > .boot-map')!
    expect(box.getAttribute('aria-hidden')).toBe('true')
    expect([box.style.top, box.style.height]).toEqual([`${PHONE_MAP_BOX.top}px`, `${size.y}px`])
    const imgs = [...box.querySelectorAll('img')]
    expect(imgs.map((img) => ({ url: img.src, at: img.style.transform }))).toEqual(tiles)
    expect(imgs.every((img) => img.alt === '' && img.crossOrigin === 'anonymous')).toBe(true)
    // start.ts waits for them (300 ms at most).
    expect(window.__kpxjBootDrawn).toBeInstanceOf(Promise)
  })

  it('draws both of 天地图’s layers, place names over the map', () => {
    phone('/map', { width: 360, height: 640 })
    const tianditu = mapPreviewOptions(tileProvider({ VITE_TILE_PROVIDER: 'tianditu', VITE_TIANDITU_KEY: 'k' }), {
      venues,
      regions,
    } as never)!
    drawMapPreview(tianditu)
    attach()
    const urls = [...document.querySelectorAll('.boot-map img')].map((img) => (img as HTMLImageElement).src)
    const half = urls.length / 2
    expect(urls.slice(0, half).every((u) => /\/vec_w\//.test(u))).toBe(true)
    expect(urls.slice(half).every((u) => /\/cva_w\//.test(u))).toBe(true)
    expect(urls.every((u) => /^https:\/\/t\d\.tianditu\.gov\.cn\//.test(u))).toBe(true)
  })

  it('draws nothing where the page would open elsewhere or lay out differently', () => {
    const cases: [string, () => void][] = [
      ['a filter', () => phone('/map?type=museum')],
      ['another page', () => phone('/calendar')],
      ['a venue page', () => phone('/venues/x')],
      ['a wide screen', () => phone('/map', { width: 900 })],
      ['a narrow one', () => phone('/map', { width: 320 })],
      ['a phone on its side', () => phone('/map', { width: 412, height: 412 })],
      ['a mouse', () => phone('/map', { mouse: true })],
      ['a larger text setting', () => phone('/map', { font: '20px' })],
      [
        'WeChat, its hint above the page',
        () => {
          phone('/map')
          vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(WECHAT_UA)
        },
      ],
      [
        '长辈模式',
        () => {
          phone('/map')
          document.documentElement.dataset.elder = ''
        },
      ],
      [
        'Uyghur',
        () => {
          phone('/map')
          document.documentElement.lang = 'ug'
        },
      ],
      [
        'my region',
        () => {
          phone('/map')
          localStorage.setItem('kpxj:settings', JSON.stringify({ region: 'changji' }))
        },
      ],
      [
        'a damaged settings mirror',
        () => {
          phone('/map')
          localStorage.setItem('kpxj:settings', '{')
        },
      ],
    ]
    for (const [what, setUp] of cases) {
      vi.restoreAllMocks()
      delete window.__kpxjBootMap
      delete document.documentElement.dataset.elder
      document.documentElement.lang = 'zh-CN'
      localStorage.clear()
      sessionStorage.clear()
      setUp()
      drawMapPreview(options)
      attach()
      expect([what, preloads().length, document.querySelectorAll('.boot-map').length]).toEqual([what, 0, 0])
    }
  })

  it('offline, draws them below the app’s 当前离线 bar, where the page’s box then starts', () => {
    phone('/map', { width: 360, height: 640 })
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    drawMapPreview(options)
    attach()
    const top = PHONE_MAP_BOX.top + PHONE_MAP_BOX.offlineBar
    const size = { x: 360, y: 640 - top - PHONE_MAP_BOX.bottom }
    const box = document.querySelector<HTMLElement>('.boot-map')!
    expect([box.style.top, box.style.height]).toEqual([`${top}px`, `${size.y}px`])
    const view = fitView([...venues.map((v) => v.location), ...regions.map((r) => r.center)], size, {
      ...OPENING_PADDING,
      minZoom: MIN_ZOOM,
      maxZoom: 19,
    })!
    const at = [...box.querySelectorAll('img')].map((img) => img.style.transform)
    expect(at).toEqual(viewTiles(view, size).map((t) => `translate(${t.left}px, ${t.top}px)`))
  })

  it('in WeChat, once its hint is dismissed for the session', () => {
    phone('/map')
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(WECHAT_UA)
    sessionStorage.setItem(WECHAT_HINT_DISMISSED_KEY, '1')
    drawMapPreview(options)
    attach()
    expect(document.querySelectorAll('.boot-map img').length).toBeGreaterThan(3)
  })

  it('has nothing to draw without tiles or places', () => {
    expect(mapPreviewOptions(tileProvider({ VITE_TILE_PROVIDER: 'tianditu' }), { venues, regions } as never)).toBeNull()
    expect(mapPreviewOptions(tileProvider({}), { venues: [], regions: [] })).toBeNull()
    // Two corners hold every point.
    const corners: LatLng[] = options.points
    expect(corners).toEqual([
      { lat: 39.47, lng: 75.99 },
      { lat: 47.84, lng: 89.19 },
    ])
  })

  it('compiles to a self-contained script that leaves only its two globals', async () => {
    phone('/map')
    const script = await bootScript('mapPreview', options satisfies MapPreviewOptions)
    expect(script).not.toMatch(/\bimport\b|\bexport\b/)
    const before = new Set(Object.keys(window))
    new Function(script)()
    attach()
    expect(document.querySelectorAll('.boot-map img').length).toBeGreaterThan(3)
    expect(Object.keys(window).filter((k) => !before.has(k))).toEqual(['__kpxjBootMap', '__kpxjBootDrawn'])
  }, 30_000)
})
