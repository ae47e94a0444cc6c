/**
 * The service worker and web manifest (vite-plugin-pwa, Workbox): what is precached with the app shell,
 * what is cached at run time and under which names. See src/features/offline/README.md for why.
 */
// Relative imports: vite.config.ts loads this file, and the config loader knows no '@' alias.
import type { PluginOption } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

import { APP_PREFIX, EVENT_SHARDS_CACHE, LAZY_CODE_CACHE, MAP_TILES_CACHE } from '../shared/constants'
import { type TileProvider, tileUrlPattern } from '../shared/tiles'
import { precacheIntegrity } from './precacheIntegrity'
import { codeOnlyPlugin, jsonOnlyPlugin, precacheMonths } from './swConfig'
import { SW_LAZY_SCRIPT, swLazyCodePlugin } from './swLazyCode'
import { buildNow } from './today'

export interface PwaPluginOptions {
  /** The map tile provider this build uses: its tiles are cached once viewed. */
  tiles: TileProvider
}

/** The vite-plugin-pwa plugin with the app's manifest and Workbox settings. */
export function pwaPlugin({ tiles }: PwaPluginOptions): PluginOption {
  const integrity = precacheIntegrity()
  const pwa = VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    // public/ and the data files are covered by globPatterns; listing them again duplicates entries.
    includeAssets: [],
    includeManifestIcons: false,
    manifest: {
      id: '/',
      name: '科普新疆',
      short_name: '科普新疆',
      description: '新疆的科技馆、科普教育基地、科普活动日历和科学素质目标，离线可用。',
      lang: 'zh-CN',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      orientation: 'portrait',
      theme_color: '#0b6e4f',
      background_color: '#f5f7f6',
      categories: ['education', 'lifestyle'],
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
        { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
      shortcuts: [
        { name: '活动日历', short_name: '日历', url: '/calendar', icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] },
        { name: '场馆地图', short_name: '地图', url: '/map', icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] },
      ],
    },
    workbox: {
      // The manifest is added by the plugin itself; globbing *.webmanifest too would precache it twice.
      // Data every route needs is precached with the shell, so content and code always come from one build:
      // the catalog, the event index and the event shards of the build month and the next ones.
      globPatterns: [
        '**/*.{js,css,html,svg,png,woff2}',
        'data/app/catalog.json',
        'data/app/event-index.json',
        // Search works offline from the first visit (≈18 KB gzip).
        'data/app/search-index.json',
        ...precacheMonths(buildNow()).map((month) => `data/app/events/${month}.json`),
      ],
      // Install-time icons are fetched by the browser while online; the offline pages never show them.
      // The CSV, .ics and .xlsx roster parsers (papaparse 19 KB, ical.js with rosterIcs.ts 83 KB, read-excel-file) are used only to import a roster on
      // /me/volunteer: cached when that page warms them (runtime cache below), not precached for every visitor.
      // The web editor at /admin/ (several MB) is for staff, never part of the app's offline copy.
      // Uyghur, Kazakh and English text and the Arabic-script font are needed only by their readers:
      // cached once used (runtime cache below), so the language works offline from then on.
      globIgnores: [
        'icons/icon-{192,512}.png',
        'icons/maskable-*.png',
        'icons/apple-touch-icon.png',
        'assets/ical-*.js',
        'assets/rosterIcs-*.js',
        'assets/xlsxRoster-*.js',
        'assets/papaparse*.js',
        'admin/**',
        'assets/{ug,kk-Arab,en}-*.js',
        'assets/arabic-*.woff2',
        SW_LAZY_SCRIPT,
      ],
      // The new names of the lazy files this device already uses, fetched while the new worker installs.
      importScripts: [SW_LAZY_SCRIPT],
      // Workbox refuses files over 2 MiB by failing the build. With 100 000 events the event index and a
      // month shard pass that; they must still be precached for offline use. The real shell budget
      // (≤ 1 MB) is enforced on the real content by scripts/check-budgets.ts.
      maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      // A portal page or a truncated body at install time is refused, not stored as the offline copy.
      manifestTransforms: [integrity.transform],
      navigateFallback: '/index.html',
      // /data/ answers with data or a 404, never the app; /admin is a separate editor with its own policy;
      // /downloads/ are files (排班表模板.xlsx): opened from a link, the app's page came instead.
      navigateFallbackDenylist: [/^\/data\//, /^\/admin(\/|$)/, /^\/downloads\//],
      cleanupOutdatedCaches: true,
      // The first visit is controlled at once, so the shards it loads are cached for offline use.
      clientsClaim: true,
      cacheId: APP_PREFIX,
      runtimeCaching: [
        {
          // The month shards, and each day's first agenda screen that index.html draws (src/shared/agendaHead.ts):
          // kept alike, so the reload offline draws it too.
          urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/data\/app\/(?:events|agenda)\//.test(url.pathname),
          handler: 'StaleWhileRevalidate',
          options: {
            cacheName: EVENT_SHARDS_CACHE,
            expiration: { maxEntries: 36, maxAgeSeconds: 60 * 60 * 24 * 90, purgeOnQuotaError: true },
            cacheableResponse: { statuses: [200] },
            plugins: [jsonOnlyPlugin],
          },
        },
        {
          // Hashed file names never change content, so the first copy is kept.
          urlPattern: ({ url, sameOrigin }) =>
            sameOrigin &&
            /^\/assets\/(?:ical|rosterIcs|xlsxRoster|papaparse(?:\.min)?|ug|kk-Arab|en)-[\w-]+\.js$|^\/assets\/arabic-[\w-]+\.woff2$/.test(
              url.pathname,
            ),
          handler: 'CacheFirst',
          options: {
            cacheName: LAZY_CODE_CACHE,
            // The three roster parsers, three languages, the Arabic-script font, and room for a chunk they split off.
            expiration: { maxEntries: 12 },
            cacheableResponse: { statuses: [200] },
            plugins: [codeOnlyPlugin],
            // A copy the page asked the worker to cache (src/data/cacheEarlyRequests.ts) was requested
            // without the Origin header a module import sends; under `Vary: Origin` it would never match.
            // One URL is one content here, whatever the request's headers.
            matchOptions: { ignoreVary: true },
          },
        },
        {
          // Map tiles the user has viewed (no prefetch: OSM's tile policy forbids it). Only CORS 200
          // responses, never opaque ones; 600 tiles of ~20 KB bound the cache near 12 MB. No maxAgeSeconds:
          // Workbox stops serving an entry past that age, so a map viewed more than two weeks before a spell
          // without signal came up blank, its tiles still in the cache. The least recently used go first.
          urlPattern: tileUrlPattern(tiles),
          handler: 'CacheFirst',
          options: {
            cacheName: MAP_TILES_CACHE,
            expiration: { maxEntries: 600, purgeOnQuotaError: true },
            cacheableResponse: { statuses: [200] },
            // As above: a tile is the same image whichever request fetched it.
            matchOptions: { ignoreVary: true },
          },
        },
      ],
    },
  })
  return [integrity.plugin, swLazyCodePlugin(), pwa]
}
