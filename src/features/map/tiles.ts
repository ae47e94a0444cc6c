/**
 * The tile provider of this build (VITE_TILE_PROVIDER, VITE_TIANDITU_KEY, VITE_TILE_URL), with each
 * provider's required attribution. The providers and their hosts live in src/shared/tiles.ts, shared
 * with the service worker's tile cache and the Content-Security-Policy. vite.config.ts chooses the provider
 * when it builds and writes only that one into the app: the others' URLs never reach a phone.
 */
import type { TileProvider } from '@/shared/tiles'

export type { TileProvider }

/** The provider for this build. */
export const tileProvider = (): TileProvider => __TILE_PROVIDER__
