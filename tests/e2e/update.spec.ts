/**
 * Safe updates, end to end. Serves the suite's own build (v1) or a second build of the same day with another
 * version (v2) from a small static server of this spec, so a "deploy" is switching the served folder, as on
 * a real host.
 */
import { execFile } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import { expect, type Page, test } from '@playwright/test'

import { DIST } from '../../playwright.config'
import { E2E_NOW, expectHeading } from './helpers'
import { putUserRecord, readUserStore, scheduleEntry, waitForServiceWorker } from './offline-helpers'

// This file is about the service worker: let it register (the suite blocks it elsewhere).
test.use({ serviceWorkers: 'allow' })

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)))
// v1 is the build the suite serves (made as of the same day, with the same demo data): one build less.
const dirs = { v1: resolve(root, DIST), v2: join(root, '.tmp/offline-update-v2') }
const PORT = Number(process.env.E2E_PORT ?? 4173) + 50
const BASE = `http://localhost:${PORT}`
let served: keyof typeof dirs = 'v1'
let server: Server

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
}

const buildV2 = () =>
  promisify(execFile)('npx', ['vite', 'build', '--outDir', dirs.v2, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: root,
    env: { ...process.env, VITE_APP_VERSION: 'test-v2', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  })

test.describe.configure({ mode: 'serial' })
test.setTimeout(60_000)

test.beforeAll(async () => {
  test.setTimeout(180_000)
  await buildV2()
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', BASE).pathname)
    let file = join(dirs[served], path)
    // Like a static host with an SPA fallback: routes get index.html, missing files a 404.
    if (!extname(path)) file = join(dirs[served], 'index.html')
    if (!file.startsWith(dirs[served]) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' })
    res.end(readFileSync(file))
  })
  await new Promise<void>((done) => server.listen(PORT, done))
})

test.afterAll(async () => {
  await new Promise((done) => server?.close(done))
})

test.beforeEach(async ({ page }) => {
  served = 'v1'
  // A fixed day: both builds are made as of it (playwright.config.ts sets KEPU_TODAY).
  await page.clock.setFixedTime(E2E_NOW)
})

const version = (page: Page) => page.getByTestId('app-version')

test('a new version waits for the tap, then gives v2 everywhere and keeps my schedule', async ({ page, context }) => {
  await page.goto(`${BASE}/me`)
  await waitForServiceWorker(page)
  // The suite's build has its own version (by default the package's and a build stamp): anything but v2's.
  await expect(version(page)).toHaveText(/^版本 \S+$/)
  const v1 = (await version(page).textContent())!
  expect(v1).not.toBe('版本 test-v2')
  await putUserRecord(page, 'schedule', scheduleEntry('kept-across-update'))

  served = 'v2'
  // Returning to the foreground checks for an update.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
  const prompt = page.getByTestId('update-prompt')
  await expect(prompt).toContainText('有新版本', { timeout: 15_000 })
  await page.screenshot({ path: '.tmp/offline-shots/update-prompt.png' })

  // Until the tap, everything is still v1, lazy routes included: never a mix.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '日历' }).click()
  await expectHeading(page, '活动日历')
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '我的' }).click()
  await expect(version(page)).toHaveText(v1)

  const reloaded = page.waitForEvent('load')
  await prompt.getByRole('button', { name: '点击更新' }).click()
  await reloaded
  await expect(version(page)).toHaveText('版本 test-v2')
  await expect(page.getByTestId('update-prompt')).toHaveCount(0)
  expect((await readUserStore(page, 'schedule')).map((e) => e.id)).toEqual(['kept-across-update'])
  await expect(page.getByTestId('my-data-counts')).toHaveText(/日程 1 条/)

  // A second tab, and the same tab offline, get v2 too.
  const other = await context.newPage()
  await other.goto(`${BASE}/me`)
  await expect(version(other)).toHaveText('版本 test-v2')
  await context.setOffline(true)
  await other.reload()
  await expect(version(other)).toHaveText('版本 test-v2')
  await context.setOffline(false)
})

test('the update check also runs when the app starts', async ({ page }) => {
  await page.goto(`${BASE}/`)
  await waitForServiceWorker(page)
  served = 'v2'
  await page.reload()
  await expect(page.getByTestId('update-prompt')).toBeVisible({ timeout: 15_000 })
  // "稍后" keeps v1 running, without a blank page.
  await page.getByRole('button', { name: '稍后' }).click()
  await expect(page.getByTestId('update-prompt')).toHaveCount(0)
  await expectHeading(page, '科普新疆')
})

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' })

  test('a lazy chunk that vanished in a deploy causes one reload into the new version, not an error', async ({ page }) => {
    await page.goto(`${BASE}/`)
    await expectHeading(page, '科普新疆')
    served = 'v2'
    let loads = 0
    page.on('load', () => loads++)
    // v1's MeView chunk differs from v2's (it shows the version), so v2's server no longer has it.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '我的' }).click()
    await expect(page).toHaveURL(`${BASE}/me`)
    await expect(version(page)).toHaveText('版本 test-v2')
    expect(loads).toBe(1)
  })
})
