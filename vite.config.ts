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
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest}', 'data/app/catalog.json', 'data/app/event-index.json', 'data/app/search-index.json'],
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
    manifest: true,
  },
  preview: { port: 4173, strictPort: true },
})
