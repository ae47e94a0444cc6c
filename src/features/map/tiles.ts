/**
 * The tile provider of this build (VITE_TILE_PROVIDER, VITE_TIANDITU_KEY, VITE_TILE_URL), with each
 * provider's required attribution. The providers and their hosts live in src/shared/tiles.ts, shared
 * with the service worker's tile cache and the Content-Security-Policy.
 */
import { type TileEnv, type TileProvider, tileProvider as providerFor } from '@/shared/tiles'

export type { TileProvider }

/** The provider for this build. */
export function tileProvider(env: TileEnv = import.meta.env): TileProvider {
  return providerFor(env)
}
