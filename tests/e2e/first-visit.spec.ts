/**
 * A first visit, then the network goes: what the page fetched before its service worker took control
 * (it registers only once the page has settled) must be there offline next time, like everything else.
 * The date is fixed with fixDateOnly, not page.clock: Playwright's fake clock also empties
 * `performance.getEntriesByType()`, which is how the app finds those requests.
 */
import { expect, type Page, test } from '@playwright/test'

import { E2E_NOW, fixDateOnly } from './clock'
import { waitForServiceWorker } from './offline-helpers'

test.use({ serviceWorkers: 'allow' })

test.beforeEach(async ({ page }) => {
  await fixDateOnly(page, E2E_NOW)
})

/** The request URLs in one of the app's runtime caches. */
const cachedIn = (page: Page, cache: string) =>
  page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname).sort(), cache)

/** Where resource timing says each matching file came from: 0 = not through a service worker. */
const workerStarts = (page: Page, pattern: RegExp) =>
  page.evaluate(
    (source) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => new RegExp(source).test(e.name))
        .map((e) => (e as PerformanceResourceTiming).workerStart),
    pattern.source,
  )

test('a language chosen before the service worker took over still shows offline, in its own font', async ({ page, context }) => {
  await page.addInitScript(() => localStorage.setItem('kpxj:settings', JSON.stringify({ language: 'ug', regionAsked: true })))
  await page.goto('/me')
  expect(await page.evaluate(() => new Date().getTime()), 'the page runs on the fixed day').toBe(E2E_NOW.getTime())
  const heading = page.getByRole('heading', { level: 1 })
  // The first-paint script sets lang before the chunk arrives: wait for the words themselves.
  await expect(heading).toHaveText(/^[\u0600-\u06ff\s]+$/)
  expect(await workerStarts(page, /\/assets\/ug-[\w-]+\.js$/), 'fetched before the worker').toEqual([0])
  await waitForServiceWorker(page)
  await expect
    .poll(() => cachedIn(page, 'kpxj-lazy-code'))
    .toEqual([expect.stringMatching(/^\/assets\/arabic-[\w-]+\.woff2$/), expect.stringMatching(/^\/assets\/ug-[\w-]+\.js$/)])

  await context.setOffline(true)
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ug')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(heading).toHaveText(/^[\u0600-\u06ff\s]+$/)
  // Offline, Uyghur must not fall back to whatever Arabic-script font the phone has, if any.
  await expect
    .poll(() => page.evaluate(() => [...document.fonts].filter((f) => f.family.includes('KPXJ Arabic')).map((f) => f.status)))
    .toEqual(['loaded'])
})

test('map tiles seen before the service worker took over are there offline', async ({ page, context }) => {
  await page.goto('/map')
  await expect(page.locator('.leaflet-tile-loaded').first()).toBeVisible()
  const seen = await page
    .locator('.leaflet-tile-loaded')
    .evaluateAll((tiles) => tiles.map((t) => new URL((t as HTMLImageElement).src).pathname))
  const starts = await workerStarts(page, /tile\.openstreetmap\.org/)
  expect(starts.length).toBeGreaterThan(0)
  expect(
    starts.filter((s) => s > 0),
    'fetched before the worker',
  ).toEqual([])
  await waitForServiceWorker(page)
  await expect
    .poll(async () => {
      const cached = new Set(await cachedIn(page, 'kpxj-map-tiles'))
      return seen.filter((path) => !cached.has(path))
    })
    .toEqual([])

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('.leaflet-tile-loaded').first()).toBeVisible()
  await expect(page.locator('.venue-map--fallback')).toHaveCount(0)
})
