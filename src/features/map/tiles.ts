/**
 * Tile provider chosen at build time (VITE_TILE_PROVIDER, VITE_TIANDITU_KEY, VITE_TILE_URL), with each
 * provider's required attribution. OpenStreetMap is the development default; 天地图 needs a key, and
 * asking for it without one gives no tiles at all (the map shows its offline fallback) rather than
 * silently sending users' requests to another provider.
 */
export interface TileProvider {
  id: 'osm' | 'tianditu' | 'custom' | 'none'
  /** Leaflet URL template; empty for `none`. */
  url: string
  attribution: string
  /** A second, transparent layer drawn on top (天地图 serves place names separately). */
  overlayUrl?: string
  subdomains?: string[]
  maxZoom: number
}

/** A 天地图 WMTS layer (`vec` roads and land, `cva` Chinese labels) in Web Mercator. */
const tianditu = (layer: 'vec' | 'cva', key: string) =>
  `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`

type TileEnv = Partial<Record<'VITE_TILE_PROVIDER' | 'VITE_TIANDITU_KEY' | 'VITE_TILE_URL' | 'VITE_TILE_ATTRIBUTION', string>>

/** The provider for this build. */
export function tileProvider(env: TileEnv = import.meta.env): TileProvider {
  if (env.VITE_TILE_URL) {
    return { id: 'custom', url: env.VITE_TILE_URL, attribution: env.VITE_TILE_ATTRIBUTION ?? '© OpenStreetMap contributors', maxZoom: 18 }
  }
  if (env.VITE_TILE_PROVIDER === 'tianditu') {
    if (!env.VITE_TIANDITU_KEY) return { id: 'none', url: '', attribution: '', maxZoom: 18 }
    // 天地图 uses CGCS2000, which matches WGS-84 at map scale: no offset is needed.
    return {
      id: 'tianditu',
      url: tianditu('vec', env.VITE_TIANDITU_KEY),
      overlayUrl: tianditu('cva', env.VITE_TIANDITU_KEY),
      attribution: '© <a href="https://www.tianditu.gov.cn/">天地图</a>',
      subdomains: ['0', '1', '2', '3', '4', '5', '6', '7'],
      maxZoom: 18,
    }
  }
  return {
    id: 'osm',
    url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    attribution: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    maxZoom: 19,
  }
}
