import { fileURLToPath, URL } from 'node:url'

import vue from '@vitejs/plugin-vue'
import { defineConfig, loadEnv } from 'vite'

import pkg from './package.json'
import { appShellPlugin } from './src/build/appShell'
import { compileHintsPlugin } from './src/build/compileHints'
import { backendFromEnv, editorGitOrigin } from './src/build/editor/config'
import { editorPlugin } from './src/build/editor/plugin'
import { contentPlugin } from './src/build/plugin'
import { pwaPlugin } from './src/build/pwa'
import { rosterTemplatePlugin } from './src/build/rosterTemplate'
import { securityHeadersPlugin } from './src/build/securityHeaders'
import { filingProblems } from './src/shared/filing'
import { tileOrigins, tileProvider } from './src/shared/tiles'

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
  // The app shell draws the map's opening tiles from the compiled catalog (src/boot/mapPreview.ts), and the
  // agenda's first day from files of the same build (src/boot/agendaPreview.ts).
  const content = contentPlugin({ origin: process.env.SITE_ORIGIN, contentDir: process.env.KPXJ_CONTENT_DIR })
  return {
    plugins: [
      // Every component is <script setup>; without the Options API Vue's runtime is smaller and sets up faster.
      // Template comments only outside production builds. Vue's compiler otherwise keeps them when it was first
      // loaded outside production, as in the precache test's build inside Vitest (~3 KB more than what ships).
      vue({ features: { optionsAPI: false }, template: { compilerOptions: { comments: mode !== 'production' } } }),
      // Two tile origins at most: a provider with eight subdomains would open eight idle connections.
      appShellPlugin({
        preconnect: { MapView: tileOrigins(tiles).slice(0, 2) },
        mapPreview: { tiles, catalog: () => content.api.catalog() },
        agendaPreview: { catalog: () => content.api.catalog() },
      }),
      securityHeadersPlugin({ tileOrigins: tileOrigins(tiles), editorOrigin: editorGitOrigin(editorBackend) }),
      content,
      rosterTemplatePlugin(),
      editorPlugin({ contentDir: process.env.KPXJ_CONTENT_DIR, backend: editorBackend }),
      pwaPlugin({ tiles }),
      // V8 compiles the start-up chunks off the main thread while they download (src/build/compileHints.ts).
      compileHintsPlugin(),
    ],
    define: {
      'import.meta.env.VITE_APP_VERSION': JSON.stringify(appVersion),
      // The map's provider as built (src/features/map/tiles.ts): the same object the CSP and the worker use.
      __TILE_PROVIDER__: JSON.stringify(tiles),
    },
    resolve: {
      alias: [
        { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
        // workbox-window's `module` field is its ES5 build (5.8 KB); its ES2017 build (3.3 KB) does the same in every
        // browser this build targets (es2020), and the difference keeps the precache under its 1 MB budget.
        {
          find: /^workbox-window$/,
          replacement: fileURLToPath(new URL('./node_modules/workbox-window/build/workbox-window.prod.mjs', import.meta.url)),
        },
      ],
    },
    build: {
      target: 'es2020',
      // Logical properties (inset-inline-start…) as they are: lowered for older engines, they become rules keyed
      // to a list of right-to-left languages that lacks Kazakh in Arabic script (kk-Arab), whose search icon and
      // clear button swapped sides. Every engine from these versions on has them.
      cssTarget: ['chrome87', 'edge88', 'firefox78', 'safari14.1'],
      reportCompressedSize: false,
      manifest: true,
    },
    preview: { port: 4173, strictPort: true },
  }
})
