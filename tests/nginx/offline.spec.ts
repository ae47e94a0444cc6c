/**
 * The service worker under nginx and its strict policy: it installs, caches the map's tiles through its
 * own fetches (bound by the policy sent with sw.js), reloads the app offline, and a release — a new
 * build put live by deploy/release.sh, as deploy/README.md does it — reaches the user through the
 * update prompt, with the new build's script hashes.
 */
import { type ChildProcess, execFile } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { promisify } from 'node:util'

import { expect, type Page, test } from '@playwright/test'

import { type LocalNginx, prepareLocalNginx, release, reloadNginx, startLocalNginx } from '../../deploy/local'
import { TECH_WEEK_NOW } from '../e2e/helpers'
import { setOffline, waitForServiceWorker } from '../e2e/offline-helpers'
import { expectBooted, watchCsp } from './helpers'

const DIST = process.env.E2E_DIST ?? 'dist-nginx'

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TECH_WEEK_NOW)
})

test('the service worker installs, caches tiles, and the app reloads offline, all without a CSP violation', async ({ page, context }) => {
  // A worker's install and six page loads: in npm test this step shares the two cores with the three smoke runs,
  // and on a slow hour it took over 30 s (8.9 s for the worker alone) with every step passing.
  test.setTimeout(60_000)
  const violations = await watchCsp(page)
  await page.goto('/')
  await waitForServiceWorker(page)
  await page.goto('/map')
  await expectBooted(page, '地图')
  // Now fetched by the worker: connect-src must allow the tile host.
  await expect(page.locator('.venue-map-wrap')).toHaveAttribute('data-tiles', 'ok')
  const cachedTiles = await page.evaluate(async () => (await (await caches.open('kpxj-map-tiles')).keys()).length)
  expect(cachedTiles).toBeGreaterThan(0)

  await setOffline(context, page, true)
  for (const [path, heading] of [
    ['/', '科普新疆'],
    ['/calendar', '活动日历'],
    ['/venues/xinjiang-science-museum', '新疆科技馆'],
    ['/me', '我的'],
  ] as const) {
    await page.goto(path)
    await expectBooted(page, heading)
    await expect(page.getByTestId('offline-indicator')).toBeVisible()
    expect(await violations(), path).toEqual([])
  }
  await setOffline(context, page, false)
})

test.describe('a release', () => {
  const PORT = Number(process.env.E2E_NGINX_PORT ?? 4180) + 1
  const BASE = `http://localhost:${PORT}`
  // `npm test` builds the release beside its static checks and names it here (E2E_NGINX_V2); alone, the suite
  // builds it itself.
  const READY = process.env.E2E_NGINX_V2
  const V2 = READY ?? '.tmp/nginx-release-v2'
  let server: LocalNginx
  let nginx: ChildProcess

  test.beforeAll(async () => {
    test.setTimeout(180_000)
    if (!READY) await promisify(execFile)('npx', ['tsx', 'tests/nginx/build.ts', V2, 'release-v2'])
    server = prepareLocalNginx(DIST, PORT)
    nginx = startLocalNginx(server)
    await expect
      .poll(
        () =>
          fetch(`${BASE}/index.html`).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 10_000 },
      )
      .toBe(200)
  })

  test.afterAll(() => {
    nginx?.kill('SIGTERM')
  })

  const version = (page: Page) => page.getByTestId('app-version')

  test('reaches the user through the update prompt, under the new build’s policy', async ({ page }) => {
    test.setTimeout(60_000)
    const violations = await watchCsp(page)
    await page.goto(`${BASE}/me`)
    await waitForServiceWorker(page)
    await expect(version(page)).not.toHaveText('版本 release-v2')

    // What this browser's own fetch of the page gets: which inline scripts it holds, and whether the policy sent
    // with it allows them (a page whose scripts are blocked stays on 正在加载…, and a service worker would keep it).
    const served = () =>
      page.evaluate(async () => {
        const response = await fetch('/me', { cache: 'no-store' })
        const policy = response.headers.get('content-security-policy') ?? ''
        const scripts = [...(await response.text()).matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)]
        const hashes = await Promise.all(
          scripts.map(async ([, code]) => {
            const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(code))
            return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`
          }),
        )
        return { scripts: hashes.join(' '), allowed: hashes.length > 0 && hashes.every((hash) => policy.includes(hash)) }
      })
    const before = await served()
    expect(before.allowed).toBe(true)
    // The old build's hashed files that the new one does not have (its entry names its version).
    const oldOnly = readdirSync(`${DIST}/assets`).filter((file) => !existsSync(`${V2}/assets/${file}`))
    expect(oldOnly.length).toBeGreaterThan(0)

    // deploy/release.sh switches `current` first: until nginx reloads, the old release is still served whole,
    // files and policy (the root is pinned by the loaded config, not followed through the link).
    release(server, V2, { reload: false })
    for (let i = 0; i < 3; i++) expect(await served()).toEqual(before)

    // The reload is graceful: old workers finish while new ones start, each serving its own release whole.
    reloadNginx(server)
    const seen: Awaited<ReturnType<typeof served>>[] = []
    await expect
      .poll(async () => seen[seen.push(await served()) - 1]!.scripts !== before.scripts, { timeout: 10_000, intervals: [100] })
      .toBe(true)
    expect(seen.filter((s) => !s.allowed)).toEqual([])
    // The old build's files stay: a page of it still open (not yet updated) loads its chunks as it goes.
    for (const file of oldOnly) expect((await fetch(`${BASE}/assets/${file}`)).status, file).toBe(200)
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
    const prompt = page.getByTestId('update-prompt')
    await expect(prompt).toContainText('有新版本', { timeout: 15_000 })
    const reloaded = page.waitForEvent('load')
    await prompt.getByRole('button', { name: '点击更新' }).click()
    await reloaded
    // The first start of a new build: its chunks come through the new worker while the smoke runs share the
    // two cores (one CI run waited here more than 7 s on the loading line). The prompt above waits as long.
    await expect(version(page)).toHaveText('版本 release-v2', { timeout: 15_000 })
    await expectBooted(page, '我的')
    expect(await violations()).toEqual([])
  })
})
