import { describe, expect, it } from 'vitest'

import { tileProvider } from '@/shared/tiles'

describe('tileProvider', () => {
  it('defaults to OpenStreetMap with its required attribution', () => {
    const osm = tileProvider({})
    expect(osm.id).toBe('osm')
    expect(osm.url).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png')
    expect(osm.attribution).toContain('OpenStreetMap')
    expect(osm.attribution).toContain('https://www.openstreetmap.org/copyright')
  })

  it('uses 天地图 (vector + labels, key in the URL) when a key is given', () => {
    const tdt = tileProvider({ VITE_TILE_PROVIDER: 'tianditu', VITE_TIANDITU_KEY: 'abc 123' })
    expect(tdt.id).toBe('tianditu')
    expect(tdt.url).toContain('vec_w/wmts')
    expect(tdt.url).toContain('tk=abc%20123')
    expect(tdt.overlayUrl).toContain('cva_w/wmts')
    expect(tdt.attribution).toContain('天地图')
    expect(tdt.subdomains).toHaveLength(8)
  })

  it('gives no tiles (the fallback map) when 天地图 is chosen without a key, never silently OSM', () => {
    expect(tileProvider({ VITE_TILE_PROVIDER: 'tianditu' })).toMatchObject({ id: 'none', url: '' })
  })

  it('lets a build point at its own tile server', () => {
    expect(tileProvider({ VITE_TILE_URL: 'https://tiles.example.cn/{z}/{x}/{y}.png', VITE_TILE_ATTRIBUTION: '© 示例' })).toMatchObject({
      id: 'custom',
      attribution: '© 示例',
    })
  })
})
