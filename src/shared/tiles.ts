/**
 * Map tile providers: the one place that knows which hosts serve tiles. The map feature draws from them,
 * the service worker caches from them and the Content-Security-Policy (src/build/securityHeaders.ts)
 * allows exactly them, so a new provider cannot work in one place and be blocked in another.
 * Runs in Node (build) and the browser; the environment is passed in.
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

/** The build settings that choose a provider (VITE_TILE_PROVIDER, VITE_TIANDITU_KEY, VITE_TILE_URL). */
export type TileEnv = Partial<Record<'VITE_TILE_PROVIDER' | 'VITE_TIANDITU_KEY' | 'VITE_TILE_URL' | 'VITE_TILE_ATTRIBUTION', string>>

export const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'
const TIANDITU_SUBDOMAINS = ['0', '1', '2', '3', '4', '5', '6', '7']
/** Leaflet's own default for `{s}` when a template names no subdomains. */
const LEAFLET_SUBDOMAINS = ['a', 'b', 'c']

/** A 天地图 WMTS layer (`vec` roads and land, `cva` Chinese labels) in Web Mercator. */
const tianditu = (layer: 'vec' | 'cva', key: string) =>
  `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`

/**
 * The provider for a build. OpenStreetMap is the development default; 天地图 needs a key, and asking for
 * it without one gives no tiles at all (the map shows its offline fallback) rather than silently sending
 * users' requests to another provider.
 */
export function tileProvider(env: TileEnv): TileProvider {
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
      subdomains: TIANDITU_SUBDOMAINS,
      maxZoom: 18,
    }
  }
  return {
    id: 'osm',
    url: OSM_TILE_URL,
    attribution: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    maxZoom: 19,
  }
}

/**
 * The URL of one tile, as Leaflet's tile layer writes it (`TileLayer#getTileUrl`): x wrapped round the world,
 * the subdomain chosen from x + y. For the tiles the map page draws before Leaflet has loaded.
 */
export function tileUrl(template: string, subdomains: readonly string[] | undefined, tile: { x: number; y: number; z: number }): string {
  const n = 2 ** tile.z
  const x = ((tile.x % n) + n) % n
  const s = subdomains ?? LEAFLET_SUBDOMAINS
  // `{-y}`: rows counted from the south, as TMS servers name them.
  const data: Record<string, string | number> = {
    s: s[Math.abs(x + tile.y) % s.length]!,
    x,
    y: tile.y,
    '-y': n - 1 - tile.y,
    z: tile.z,
    r: '',
  }
  return template.replace(/\{ *([\w_ -]+) *\}/g, (_, key: string) => String(data[key] ?? ''))
}

/** Every origin the provider's tiles come from (`https://t0.tianditu.gov.cn` … with `{s}` expanded). */
export function tileOrigins(provider: TileProvider): string[] {
  const origins = new Set<string>()
  for (const template of [provider.url, provider.overlayUrl ?? '']) {
    if (!template) continue
    for (const s of template.includes('{s}') ? (provider.subdomains ?? LEAFLET_SUBDOMAINS) : ['']) {
      origins.add(new URL(template.replace('{s}', s).replace(/\{[a-z]\}/g, '0')).origin)
    }
  }
  return [...origins]
}

/**
 * Matches the URL of any tile of the provider, for the service worker's tile cache. A RegExp, not a
 * function: Workbox writes the route into sw.js as text, where a function could not see this module.
 * Matches nothing when the build has no tiles.
 */
export function tileUrlPattern(provider: TileProvider): RegExp {
  const origins = tileOrigins(provider).map((o) => o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return origins.length ? new RegExp(`^(?:${origins.join('|')})/`) : /$^/
}
