import { createRequire } from 'node:module'

import AxeBuilder from '@axe-core/playwright'
import { type BrowserContext, expect, type Page } from '@playwright/test'

import { decodeMonthShard, encodeMonthShard, isMonthShardFile } from '../../src/shared/eventShard'
import { dayOf } from '../../src/shared/time'
import type { EventItem } from '../../src/shared/types'

export { beijingMorning, E2E_NOW, E2E_TODAY, nextInstance, TECH_WEEK_NOW } from './clock'

/** The main routes every suite visits, with the heading each must show. */
export const MAIN_ROUTES = [
  { path: '/', heading: '科普新疆' },
  { path: '/map', heading: '地图' },
  { path: '/calendar', heading: '活动日历' },
  { path: '/targets', heading: '目标与规划' },
  { path: '/me', heading: '我的' },
] as const

/** Fail the test on any uncaught page error or console error (a 404 for a favicon included). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
  page.on('console', (m) => {
    if (
      m.type() === 'error' &&
      !/tile\.openstreetmap\.org|net::ERR_INTERNET_DISCONNECTED|ERR_NAME_NOT_RESOLVED|ERR_CONNECTION/.test(
        m.text() + (m.location().url ?? ''),
      )
    ) {
      errors.push(`console: ${m.text()}`)
    }
  })
  return errors
}

/**
 * axe-core's minified build: @axe-core/playwright's own is the unminified one (1.3 MB), and parsing it cost
 * about 0.1 s more a scan than this (0.6 MB), the same code.
 */
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/**
 * WCAG 2.1 A/AA violations on the current page. Legacy mode runs axe in the page itself: the default
 * mode opens a second page to merge per-frame results, which tripled the scan's cost (1.8 s against
 * 3.4–7.5 s a route) and the app has no frames to merge.
 *
 * axe-core is loaded once a document, by URL from the suite's server (tests/e2e/server.ts): given its
 * source, AxeBuilder sends those 0.6 MB through Playwright and evaluates them twice a scan (once in
 * analyze(), again for each frame in legacy mode), about 0.2 s of CPU a scan. Offline, the file comes through
 * Playwright after all.
 */
export async function axeResults(page: Page) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ url: '/__e2e__/axe.min.js' }).catch(() => page.addScriptTag({ path: AXE_PATH }))
  }
  // AxeBuilder still evaluates its source before each scan: axe is there already, so a no-op.
  const results = await new AxeBuilder({ page, axeSource: ';' })
    .setLegacyMode()
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ resultTypes: ['violations'] })
    .analyze()
  return results.violations
}

/** Serious or critical axe-core violations on the current page, as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  return (await axeResults(page))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    )
}

export async function expectHeading(page: Page, text: string) {
  await expect(page.getByRole('heading', { level: 1, name: text })).toBeVisible()
}

/** Holds the month shards back until the returned function is called: the page as on a slow connection. */
export async function holdMonthShards(page: Page): Promise<() => void> {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/data\/app\/events\/\d{4}-\d{2}\.json$/, async (route) => {
    await held
    await route.continue()
  })
  return release
}

/**
 * Serve a month shard with its occurrences edited, as the next data update would publish them. The edit
 * works on full occurrences; the response goes out in the compact shard format the build writes.
 */
export async function editMonthShard(page: Page, month: string, edit: (events: EventItem[]) => EventItem[]) {
  await page.route(`**/data/app/events/${month}.json`, async (route) => {
    let response
    try {
      response = await route.fetch()
    } catch {
      // The page moved on and dropped the request (the server then resets the socket): nothing to edit. A page
      // that still needed the month shows its error, so the test fails there, not here.
      await route.abort().catch(() => undefined)
      return
    }
    const file: unknown = await response.json()
    if (!isMonthShardFile(file)) throw new Error(`${month}: not a month shard`)
    await route.fulfill({ response, json: encodeMonthShard(month, edit(decodeMonthShard(file))) })
  })
}

/**
 * Give a November event of the content hours on its first day (the content's events are dated to the day, without
 * hours): for checks of an event page's time line.
 */
export const giveHours = (page: Page, eventPath: string) =>
  editMonthShard(page, '2026-11', (events) =>
    events.map((e) =>
      e.id === eventPath.split('/').at(-1)
        ? { ...e, start: `${dayOf(e.start)}T09:30:00+08:00`, end: `${dayOf(e.start)}T11:30:00+08:00`, allDay: false }
        : e,
    ),
  )

/**
 * Serve the real catalog with `count` extra venues spread over Xinjiang (deterministic positions), for the
 * map at scale: the map spec and `npm run bench:interactions` load the same 5 000.
 */
export async function addBulkVenues(context: BrowserContext, count = 5000) {
  await context.route('**/data/app/catalog.json', async (route) => {
    const response = await route.fetch()
    const catalog = (await response.json()) as { venues: Record<string, unknown>[] }
    const template = catalog.venues[0]!
    let seed = 42
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    for (let i = 0; i < count; i++) {
      const lat = 36 + random() * 11
      const lng = 76 + random() * 18
      catalog.venues.push({ ...template, id: `bulk-${i}`, name: `测试场馆${i}`, location: { lat, lng, precision: 'exact' } })
    }
    await route.fulfill({ response, json: catalog })
  })
}

/**
 * What `read` returns once two reads in a row agree (a layout placed again after chunks load, a slide that
 * ends): instead of a fixed wait, which either waits too long or not long enough on a busy machine.
 */
export async function settled<T>(read: () => Promise<T>): Promise<T> {
  let last = JSON.stringify(await read())
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await read())
        const same = now === last
        last = now
        return same
      },
      { intervals: [200, 300, 300] },
    )
    .toBe(true)
  return JSON.parse(last) as T
}
