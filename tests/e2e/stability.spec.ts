/**
 * What a reader on a slow phone feels while a page arrives: nothing jumps under their eyes (cumulative
 * layout shift, the figure Lighthouse scores), and the ~1 MB offline copy is only fetched once the page
 * they asked for is in.
 */
import { expect, test } from '@playwright/test'

import { E2E_NOW, MAIN_ROUTES } from './helpers'
import { layoutShift } from './measure'
import { waitForServiceWorker } from './offline-helpers'

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(E2E_NOW)
})

test('every main route settles with a layout shift of at most 0.05', async ({ page }) => {
  for (const { path, heading } of MAIN_ROUTES) {
    await test.step(path, async () => {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
      // Let the late parts arrive (the map's markers and labels, lazy sections, the catalog's re-render).
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(500)
      expect(await layoutShift(page), `${path}: cumulative layout shift`).toBeLessThanOrEqual(0.05)
    })
  }
})

test.describe('first visit from an English browser', () => {
  test.use({ locale: 'en-GB' })

  test('the language offer floats above the tab bar and moves nothing', async ({ page }) => {
    await page.goto('/')
    const offer = page.getByTestId('language-offer')
    await expect(offer).toBeVisible()
    await page.waitForTimeout(300)
    expect(await layoutShift(page)).toBeLessThanOrEqual(0.01)
    // It covers neither the tab bar nor the page's first heading.
    const box = (await offer.boundingBox())!
    const tabs = (await page.getByRole('navigation', { name: '主导航' }).boundingBox())!
    expect(box.y + box.height).toBeLessThanOrEqual(tabs.y)
    const title = (await page.getByRole('heading', { level: 1, name: '科普新疆' }).boundingBox())!
    expect(box.y).toBeGreaterThan(title.y + title.height)
  })

  test('on the map, the list sheet stays where it was painted when the offer arrives', async ({ page }) => {
    // The map page fills the screen: shrinking it for the bar moved the sheet up by the bar's height.
    await page.goto('/map')
    await expect(page.getByTestId('language-offer')).toBeVisible()
    await expect(page.getByRole('button', { name: '展开列表' })).toBeVisible()
    await page.waitForTimeout(300)
    expect(await layoutShift(page)).toBeLessThanOrEqual(0.01)
  })
})

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' })

  test('the offline copy is fetched only after the page and its data are in', async ({ page }) => {
    // The order in which things happen, on the test's clock (the page's clock is fixed).
    const at: Record<string, number> = {}
    page.on('load', () => (at.load ??= performance.now()))
    page.on('requestfinished', (r) => {
      if (new URL(r.url()).pathname === '/data/app/catalog.json') at.catalog ??= performance.now()
    })
    await page.exposeFunction('__registering', () => (at.register ??= performance.now()))
    await page.addInitScript(() => {
      const container = navigator.serviceWorker
      const register = container.register.bind(container)
      container.register = (...args: Parameters<ServiceWorkerContainer['register']>) => {
        void (window as unknown as { __registering: () => Promise<void> }).__registering()
        return register(...args)
      }
    })
    // A slow link: the catalog takes 1.5 s to arrive.
    await page.route('**/data/app/catalog.json', async (route) => {
      await new Promise((r) => setTimeout(r, 1500))
      await route.continue()
    })
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: '科普新疆' })).toBeVisible()
    await waitForServiceWorker(page)
    expect(at.register, 'the app registered its service worker').toBeDefined()
    expect(at.register).toBeGreaterThan(at.catalog!)
    expect(at.register).toBeGreaterThan(at.load!)
    // And it did its job: the page works offline after this one visit.
    await page.context().setOffline(true)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: '科普新疆' })).toBeVisible()
  })
})
