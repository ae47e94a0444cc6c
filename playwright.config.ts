import { createHash, X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'

import { defineConfig, devices } from '@playwright/test'

import { TEST_TODAY } from './tests/fixtures/testDay'

/** Debian's Chromium; Playwright never downloads a browser here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
/**
 * Features switched off. Chromium keeps only the last --disable-features it is given, so this list also
 * carries Playwright's own (chromiumSwitches.ts in playwright-core; tests/build/chromiumArgs.test.ts fails
 * when an upgrade changes it). Ours: each new context opens a browser window, and with it Chromium's
 * omnibox popup and other top-chrome WebUI pages in a renderer of their own — about 0.6 s of CPU per
 * context that no page of ours needs (measured: 24 contexts, renderer main-thread time down 40 %).
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
]
const DISABLED_FEATURES = [
  ...PLAYWRIGHT_DISABLED_FEATURES,
  'WebUIOmniboxPopup',
  'WebUIOmniboxFullPopup',
  'WebUIOmniboxAimPopup',
  'PreloadTopChromeWebUI',
  // Chromium starts a spare renderer process ahead of the next navigation, but each test's context is a new
  // profile that cannot use the one made for the last: ~0.17 s of CPU a context for nothing (.ci/run's
  // e2e step opens over 200; measured with 20 contexts, each a blank page or the home page).
  'SpareRendererForSitePerProcess',
]
/** The base64 SHA-256 of the tile server's public key (tests/e2e/tileServer.ts), as Chromium takes it. */
function tileCertificateSpki(): string {
  const cert = new X509Certificate(readFileSync(new URL('./tests/fixtures/tiles/cert.pem', import.meta.url)))
  return createHash('sha256')
    .update(cert.publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64')
}

/**
 * The test browser's switches. No test reaches the internet: every host but this machine fails to resolve,
 * whatever the machine's network. With `tilePort`, the map's tile hosts resolve to the suite's tile server
 * there instead (tests/e2e/tileServer.ts), whose certificate alone is trusted.
 */
export function chromiumArgs(tilePort?: number): string[] {
  const tiles = tilePort
    ? ['tile.openstreetmap.org', '*.tianditu.gov.cn'].map((host) => `MAP ${host} 127.0.0.1:${tilePort}, `).join('')
    : ''
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    `--host-resolver-rules=${tiles}MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1`,
    ...(tilePort ? [`--ignore-certificate-errors-spki-list=${tileCertificateSpki()}`] : []),
    `--disable-features=${DISABLED_FEATURES.join(',')}`,
  ]
}
/** The web server entry of the suite's tile server on `port`. */
export function tileServer(port: number) {
  return {
    command: `node --import tsx tests/e2e/tileServer.ts ${port}`,
    url: `https://localhost:${port}/`,
    ignoreHTTPSErrors: true,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  }
}
/** The switches of browsers launched outside a suite (benchmarks, install.spec.ts): no tile server there. */
export const CHROMIUM_ARGS = chromiumArgs()
const PORT = Number(process.env.E2E_PORT ?? 4173)
/** The suite's tile server: beside the app's port, so side-by-side runs (the smoke days) each have their own. */
export const TILE_PORT = PORT + 2000
/**
 * The day this run treats as today: the build it serves is made as of it (KEPU_TODAY) and the tests start
 * page clocks on it (tests/e2e/clock.ts). The full suite runs on the fixed TEST_TODAY; the smoke run of
 * `npm test` sets E2E_TODAY to other days. Set here so that builds made inside tests inherit it.
 */
export const E2E_TODAY = (process.env.E2E_TODAY ??= TEST_TODAY)
process.env.KEPU_TODAY = E2E_TODAY
/** The suite's builds carry the demo data set (sample rosters, content/demo/); a production build does not. */
process.env.KEPU_DEMO ??= '1'
/** Which build to serve. Unless E2E_DIST names a ready one, the web server builds it as of E2E_TODAY first. */
export const DIST = process.env.E2E_DIST ?? `.tmp/dist-e2e-${E2E_TODAY}`
const BUILD = process.env.E2E_DIST ? '' : `npx vite build --outDir ${DIST} --emptyOutDir --logLevel error && `

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    ...devices['Pixel 7'],
    viewport: { width: 412, height: 823 },
    browserName: 'chromium',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: { executablePath: CHROMIUM_PATH, args: chromiumArgs(TILE_PORT) },
    trace: 'off',
    // Installing the worker precaches ~1 MB in every new context, a fifth of the suite's CPU: tests that
    // need it (offline reloads, updates, install) say so with test.use({ serviceWorkers: 'allow' }).
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
  },
  // Playwright owns the servers, so they are always stopped, whatever happens to the tests.
  webServer: [
    {
      command: `${BUILD}node --import tsx tests/e2e/server.ts ${DIST} ${PORT}`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      env: { VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', KEPU_TODAY: E2E_TODAY, KEPU_DEMO: process.env.KEPU_DEMO },
      timeout: 180_000,
    },
    tileServer(TILE_PORT),
  ],
})
