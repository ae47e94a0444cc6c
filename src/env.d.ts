/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_TILE_PROVIDER?: 'osm' | 'tianditu'
  readonly VITE_TIANDITU_KEY?: string
  /** Overrides the provider, e.g. a local tile fixture in end-to-end tests. */
  readonly VITE_TILE_URL?: string
  readonly VITE_TILE_ATTRIBUTION?: string
  /** App version shown on /me (defined in vite.config.ts from package.json or the env). */
  readonly VITE_APP_VERSION?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
