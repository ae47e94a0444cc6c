/**
 * `npm run bench:interactions`: what a user feels after the first paint, at 4× CPU throttling in
 * Debian's Chromium, on a production build served by nginx with the production config (deploy/local.ts).
 *
 * 1. Interactions, measured with the Event Timing API (the figure behind INP: input delay + processing +
 *    time to the next paint), worst interaction of each run:
 *    - /map with 5 000 extra venues: tick the 免费 filter; open the folded list (its first 50 rows);
 *    - typing 科技馆 into the home page's search box, one key at a time;
 *    - /calendar: tap 下个月.
 * 2. Offline reload: each main route is visited once online (the service worker installs and takes
 *    control), the network goes away, the page reloads; LCP of that reload.
 *
 * Target: interactions ≤ 200 ms, offline LCP ≤ 1 000 ms. Medians of BENCH_RUNS (default 5); BENCH_ONLY
 * keeps the measurements whose name contains it. Prints a table and writes .tmp/bench-interactions.json.
 * Needs a build (`npm run build`, or BENCH_DIST) and Debian's nginx. Not part of npm test: timings belong
 * on a quiet machine.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'

import { type Browser, type BrowserContext, type Page } from '@playwright/test'

import { prepareLocalNginx, startLocalNginx } from '../deploy/local'
import { addBulkVenues } from '../tests/e2e/helpers'
import { launchBenchBrowser } from './benchBrowser'

const DIST = process.env.BENCH_DIST ?? 'dist'
const PORT = Number(process.env.BENCH_PORT ?? 4310)
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
/** Only the measurements whose name contains this (e.g. `BENCH_ONLY='open the list'`), for a quick A/B. */
const ONLY = process.env.BENCH_ONLY
const ORIGIN = `http://localhost:${PORT}`
const INTERACTION_TARGET_MS = 200
const OFFLINE_LCP_TARGET_MS = 1000
const TILE_HOSTS = /tile\.openstreetmap\.org|tianditu\.gov\.cn|autonavi\.com|gtimg\.com/
const TILE_PNG = readFileSync(new URL('../tests/fixtures/tiles/tile.png', import.meta.url))

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

async function throttled(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  return page
}

/** Tiles from the fixture: the bench measures the app, not a tile server across the world. */
const serveTiles = (context: BrowserContext) =>
  context.route(TILE_HOSTS, (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', headers: { 'access-control-allow-origin': '*' }, body: TILE_PNG }),
  )

/** Starts recording Event Timing entries; `worstInteraction` reads the longest interaction since. */
const observeEvents = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __events: { id: number; duration: number }[] }
    w.__events = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[])
        if (e.interactionId) w.__events.push({ id: e.interactionId, duration: e.duration })
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit)
  })

async function worstInteraction(page: Page): Promise<number> {
  // Event Timing entries arrive after the next paint: give them a moment.
  await page.waitForTimeout(600)
  return page.evaluate(() => {
    const w = window as unknown as { __events: { id: number; duration: number }[] }
    return w.__events.reduce((max, e) => Math.max(max, e.duration), 0)
  })
}

interface Interaction {
  name: string
  run: (browser: Browser) => Promise<number>
}

/** `/map` with 5 000 extra venues, throttled, once its list's heading is there. */
async function bulkMap(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' })
  await serveTiles(context)
  await addBulkVenues(context)
  const page = await throttled(context)
  await page.goto(`${ORIGIN}/map`)
  await page.getByRole('heading', { name: /(地图范围内|全部) \d+ 个场馆/ }).waitFor({ timeout: 60_000 })
  return { context, page }
}

const interactions: Interaction[] = [
  {
    name: '/map, 5 016 venues: tick 免费',
    async run(browser) {
      const { context, page } = await bulkMap(browser)
      await page.locator('.map-filters summary').click()
      await page.waitForTimeout(1500)
      await observeEvents(page)
      await page.getByRole('checkbox', { name: /免费/ }).check()
      const worst = await worstInteraction(page)
      await context.close()
      return worst
    },
  },
  {
    // A folded list builds no rows: opening it builds its first 50.
    name: '/map, 5 016 venues: open the list',
    async run(browser) {
      const { context, page } = await bulkMap(browser)
      await page.waitForTimeout(1500)
      await observeEvents(page)
      await page.getByRole('button', { name: '展开列表' }).click()
      await page.locator('.sheet-row').nth(49).waitFor()
      const worst = await worstInteraction(page)
      await context.close()
      return worst
    },
  },
  {
    name: 'home: type 科技馆 in search',
    async run(browser) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' })
      const page = await throttled(context)
      await page.goto(`${ORIGIN}/`)
      const box = page.getByRole('searchbox').first()
      await box.waitFor()
      await page.waitForTimeout(1500)
      await observeEvents(page)
      await box.click()
      // Pinyin initials as a phone user with a Latin keyboard types them, then the Chinese words.
      await box.pressSequentially('kjg', { delay: 150 })
      await box.fill('')
      await box.pressSequentially('科技馆', { delay: 150 })
      const worst = await worstInteraction(page)
      await context.close()
      return worst
    },
  },
  {
    name: '/calendar: tap 下个月',
    async run(browser) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' })
      const page = await throttled(context)
      await page.goto(`${ORIGIN}/calendar?view=month`)
      const next = page.getByRole('button', { name: '下个月' }).or(page.getByRole('link', { name: '下个月' }))
      await next.first().waitFor()
      await page.waitForTimeout(1500)
      await observeEvents(page)
      await next.first().click()
      const worst = await worstInteraction(page)
      await context.close()
      return worst
    },
  },
]

/** A venue page and an event page of the build itself (as tools/lighthouse/run.mjs picks them). */
function routes(): string[] {
  const catalog = JSON.parse(readFileSync(`${DIST}/data/app/catalog.json`, 'utf8')) as { builtAt: string; venues: { id: string }[] }
  const index = JSON.parse(readFileSync(`${DIST}/data/app/event-index.json`, 'utf8')) as Record<string, string>
  const month = catalog.builtAt.slice(0, 7)
  const event = Object.entries(index).find(([, m]) => m === month)?.[0] ?? Object.keys(index)[0]
  return ['/', '/map', '/calendar', '/targets', '/me', `/venues/${catalog.venues[0]!.id}`, `/events/${event}`]
}

async function offlineLcp(browser: Browser, route: string): Promise<number> {
  // A touch phone, as the users are: index.html draws /map's opening tiles only for a coarse pointer.
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true })
  await serveTiles(context)
  const page = await context.newPage()
  await page.goto(`${ORIGIN}${route}`)
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
  await context.setOffline(true)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await page.reload()
  await page.waitForTimeout(2500)
  const lcp = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries()
          resolve(entries[entries.length - 1]!.startTime)
        }).observe({ type: 'largest-contentful-paint', buffered: true })
        setTimeout(() => resolve(NaN), 2000)
      }),
  )
  await context.close()
  return lcp
}

const nginx = startLocalNginx(prepareLocalNginx(DIST, PORT))
const stop = () => nginx.kill('SIGTERM')
process.on('exit', stop)
for (let i = 0; i < 40; i++) {
  try {
    if ((await fetch(`${ORIGIN}/`)).ok) break
  } catch {
    /* not up yet */
  }
  await new Promise((r) => setTimeout(r, 250))
}

const browser = await launchBenchBrowser()
const rows: { what: string; medianMs: number; runs: number[]; targetMs: number }[] = []
try {
  for (const interaction of interactions.filter((i) => !ONLY || i.name.includes(ONLY))) {
    const runs: number[] = []
    for (let i = 0; i < RUNS; i++) runs.push(Math.round(await interaction.run(browser)))
    rows.push({ what: interaction.name, medianMs: median(runs), runs, targetMs: INTERACTION_TARGET_MS })
    console.log(`${interaction.name.padEnd(36)} ${median(runs)} ms (runs ${runs.join(', ')})`)
  }
  for (const route of routes().filter((r) => !ONLY || `offline reload LCP ${r}`.includes(ONLY))) {
    const runs: number[] = []
    for (let i = 0; i < RUNS; i++) runs.push(Math.round(await offlineLcp(browser, route)))
    const what = `offline reload LCP ${route}`
    rows.push({ what, medianMs: median(runs), runs, targetMs: OFFLINE_LCP_TARGET_MS })
    console.log(`${what.padEnd(36)} ${median(runs)} ms (runs ${runs.join(', ')})`)
  }
} finally {
  await browser.close()
  stop()
}
mkdirSync('.tmp', { recursive: true })
writeFileSync('.tmp/bench-interactions.json', JSON.stringify({ load: loadavg(), rows }, null, 1))
console.log(
  [
    '',
    '| what (4× CPU) | median | target |',
    '|---|---|---|',
    ...rows.map((r) => `| ${r.what} | ${r.medianMs} ms | ≤ ${r.targetMs} ms ${r.medianMs <= r.targetMs ? '✓' : '✗'} |`),
    '',
    `load average while measuring: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  ].join('\n'),
)
process.exit(0)
