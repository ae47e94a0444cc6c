import { fileURLToPath, URL } from 'node:url'
import { defineConfig, loadEnv } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'
import { contentPlugin } from './src/build/plugin'
import { appShellPlugin } from './src/build/appShell'
import { buildNow } from './src/build/today'
import { securityHeadersPlugin } from './src/build/securityHeaders'
import { rosterTemplatePlugin } from './src/build/rosterTemplate'
import { editorPlugin } from './src/build/editor/plugin'
import { precacheIntegrity } from './src/build/precacheIntegrity'
import { backendFromEnv, editorGitOrigin } from './src/build/editor/config'
import { filingProblems } from './src/shared/filing'
import { tileOrigins, tileProvider, tileUrlPattern } from './src/shared/tiles'
import { jsonOnlyPlugin, precacheMonths } from './src/features/offline/swConfig'
import pkg from './package.json'

// Shown on /me, keys the no-service-worker copy of the catalog, and tells builds apart in the update e2e test.
// Each build gets its own id (Beijing build time), so two deploys of one package version still differ.
const buildStamp = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 16).replace(/\D/g, '')
const appVersion = process.env.VITE_APP_VERSION ?? `${pkg.version}+${buildStamp}`

export default defineConfig(({ mode }) => {
  // The same settings the map reads through import.meta.env (.env files and VITE_* variables).
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  const tiles = tileProvider(env)
  // A mistyped 备案 number would be shown to every visitor: refuse to build with it.
  const filing = filingProblems(env)
  if (filing.length) throw new Error(filing.join('\n'))
  // The web editor's Forgejo (docs/editor-setup.md): CMS_* from the environment or .env files.
  const editorBackend = backendFromEnv({ ...loadEnv(mode, process.cwd(), 'CMS_'), ...process.env })
  const integrity = precacheIntegrity()
  return {
    plugins: [
      vue(),
      appShellPlugin(),
      securityHeadersPlugin({ tileOrigins: tileOrigins(tiles), editorOrigin: editorGitOrigin(editorBackend) }),
      contentPlugin({ origin: process.env.SITE_ORIGIN, contentDir: process.env.KPXJ_CONTENT_DIR }),
      rosterTemplatePlugin(),
      editorPlugin({ contentDir: process.env.KPXJ_CONTENT_DIR, backend: editorBackend }),
      integrity.plugin,
      VitePWA({
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
          // The .ics and .xlsx roster parsers (ical.js 78 KB, read-excel-file) are used only to import a roster on
          // /me/volunteer: cached when that page warms them (runtime cache below), not precached for every visitor.
          // The web editor at /admin/ (several MB) is for staff, never part of the app's offline copy.
          // Uyghur, Kazakh and English text and the Arabic-script font are needed only by their readers:
          // cached once used (runtime cache below), so the language works offline from then on.
          globIgnores: [
            'icons/icon-512.png',
            'icons/maskable-*.png',
            'icons/apple-touch-icon.png',
            'assets/ical-*.js',
            'assets/xlsxRoster-*.js',
            'admin/**',
            'assets/{ug,kk-Arab,en}-*.js',
            'assets/arabic-*.woff2',
          ],
          // Workbox refuses files over 2 MiB by failing the build. With 100 000 events the event index and a
          // month shard pass that; they must still be precached for offline use. The real shell budget
          // (≤ 1 MB) is enforced on the real content by scripts/check-budgets.ts.
          maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
          // A portal page or a truncated body at install time is refused, not stored as the offline copy.
          manifestTransforms: [integrity.transform],
          navigateFallback: '/index.html',
          // /data/ answers with data or a 404, never the app; /admin is a separate editor with its own policy.
          navigateFallbackDenylist: [/^\/data\//, /^\/admin(\/|$)/],
          cleanupOutdatedCaches: true,
          // The first visit is controlled at once, so the shards it loads are cached for offline use.
          clientsClaim: true,
          cacheId: 'kpxj',
          runtimeCaching: [
            {
              urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/data/app/events/'),
              handler: 'StaleWhileRevalidate',
              options: {
                cacheName: 'kpxj-event-shards',
                expiration: { maxEntries: 36, maxAgeSeconds: 60 * 60 * 24 * 90, purgeOnQuotaError: true },
                cacheableResponse: { statuses: [200] },
                plugins: [jsonOnlyPlugin],
              },
            },
            {
              // Hashed file names never change content, so the first copy is kept.
              urlPattern: ({ url, sameOrigin }) =>
                sameOrigin &&
                /^\/assets\/(?:ical|xlsxRoster|ug|kk-Arab|en)-[\w-]+\.js$|^\/assets\/arabic-[\w-]+\.woff2$/.test(url.pathname),
              handler: 'CacheFirst',
              options: { cacheName: 'kpxj-lazy-code', expiration: { maxEntries: 8 }, cacheableResponse: { statuses: [200] } },
            },
            {
              // Map tiles the user has viewed (no prefetch: OSM's tile policy forbids it). Only CORS 200
              // responses, never opaque ones; 600 tiles of ~20 KB bound the cache near 12 MB.
              urlPattern: tileUrlPattern(tiles),
              handler: 'CacheFirst',
              options: {
                cacheName: 'kpxj-map-tiles',
                expiration: { maxEntries: 600, maxAgeSeconds: 60 * 60 * 24 * 14, purgeOnQuotaError: true },
                cacheableResponse: { statuses: [200] },
              },
            },
          ],
        },
      }),
    ],
    define: {
      'import.meta.env.VITE_APP_VERSION': JSON.stringify(appVersion),
    },
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    },
    build: {
      target: 'es2020',
      reportCompressedSize: false,
      manifest: true,
    },
    preview: { port: 4173, strictPort: true },
  }
})
