/**
 * End-to-end tests against the production server: the build served by Debian's nginx with the config
 * of deploy/nginx.ts (deploy/local.ts runs it in the foreground, files in .tmp/nginx-<port>/).
 * Build first, with the 备案 numbers the suite expects (tests/nginx/settings.ts), e.g.:
 *
 *   npx tsx tests/nginx/build.ts dist-nginx && npx playwright test -c playwright.nginx.config.ts
 *
 * E2E_NGINX_PORT and E2E_DIST choose the port and the build (defaults 4180, dist-nginx).
 */
import { defineConfig } from '@playwright/test'

import base, { CHROMIUM_PATH, chromiumArgs, tileServer } from './playwright.config'

const PORT = Number(process.env.E2E_NGINX_PORT ?? 4180)
const DIST = process.env.E2E_DIST ?? 'dist-nginx'
const TILE_PORT = PORT + 2000

export default defineConfig({
  ...base,
  testDir: 'tests/nginx',
  // One nginx serves every test; the update test starts its own second one.
  workers: 1,
  fullyParallel: false,
  // The production server's suite is about the whole app, service worker included.
  // A trace is kept when a test fails: the update test has failed twice in CI only (the page stayed on the
  // loading line after 点击更新), and its requests are what can tell why.
  use: {
    ...base.use,
    baseURL: `http://localhost:${PORT}`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: chromiumArgs(TILE_PORT) },
    serviceWorkers: 'allow',
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: `node --import tsx deploy/local.ts ${DIST} ${PORT}`,
      url: `http://localhost:${PORT}/index.html`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    tileServer(TILE_PORT),
  ],
})
