import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'
import { contentPlugin } from './src/build/plugin'

export default defineConfig({
  plugins: [
    vue(),
    contentPlugin({ origin: process.env.SITE_ORIGIN, contentDir: process.env.KPXJ_CONTENT_DIR }),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // public/ and the data files are covered by globPatterns; listing them again duplicates entries.
      includeAssets: [],
      includeManifestIcons: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest}', 'data/app/catalog.json', 'data/app/event-index.json'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/data\//],
        cleanupOutdatedCaches: true,
        cacheId: 'kpxj',
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/data/app/events/'),
            handler: 'StaleWhileRevalidate',
            options: {
              cacheName: 'kpxj-event-shards',
              expiration: { maxEntries: 60, maxAgeSeconds: 60 * 60 * 24 * 90, purgeOnQuotaError: true },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2020',
    reportCompressedSize: false,
  },
  preview: { port: 4173, strictPort: true },
})
