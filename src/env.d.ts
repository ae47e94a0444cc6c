/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_TILE_PROVIDER?: 'osm' | 'tianditu'
  readonly VITE_TIANDITU_KEY?: string
  /** Overrides the provider, e.g. a local tile fixture in end-to-end tests. */
  readonly VITE_TILE_URL?: string
  readonly VITE_TILE_ATTRIBUTION?: string
  /** ICP 备案号 shown at the foot of the home page and 我的, e.g. 新ICP备2026000001号-1 (absent: no footer). */
  readonly VITE_ICP_NUMBER?: string
  /** 公安备案号, e.g. 新公网安备65010202000001号; links to its record in the 公安 registry. */
  readonly VITE_PSB_NUMBER?: string
  /** App version shown on /me (defined in vite.config.ts from package.json or the env). */
  readonly VITE_APP_VERSION?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}

/** The map's tile provider, chosen when the app is built (vite.config.ts, from the VITE_TILE_* settings above). */
declare const __TILE_PROVIDER__: import('./shared/tiles').TileProvider
