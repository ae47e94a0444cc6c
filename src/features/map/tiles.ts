/** Tile provider chosen at build time (VITE_TILE_PROVIDER), with each provider's required attribution. */
export interface TileProvider {
  id: 'osm' | 'tianditu' | 'custom'
  url: string
  attribution: string
  subdomains?: string[]
  maxZoom: number
}

export function tileProvider(env: Record<string, string | undefined> = import.meta.env): TileProvider {
  if (env.VITE_TILE_URL) {
    return { id: 'custom', url: env.VITE_TILE_URL, attribution: env.VITE_TILE_ATTRIBUTION ?? '© OpenStreetMap contributors', maxZoom: 18 }
  }
  if (env.VITE_TILE_PROVIDER === 'tianditu' && env.VITE_TIANDITU_KEY) {
    // 天地图 uses CGCS2000, which matches WGS-84 at map scale: no offset is needed.
    return {
      id: 'tianditu',
      url: `https://t{s}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${env.VITE_TIANDITU_KEY}`,
      attribution: '© 天地图',
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
