/**
 * Lighthouse mobile (default throttling) on the main routes of the production build, served by nginx
 * with the production site config (deploy/local.ts: the same headers, gzip and caching as a release),
 * over HTTPS and HTTP/2 as the real server speaks (a throwaway localhost certificate). Over plain HTTP/1.1
 * Lighthouse's simulation counts six connections and a round trip per small chunk that the site never pays.
 * Five runs per route by default; the table reports medians. Run from the repo root:
 * `npm run bench:lighthouse` (builds first). Scores swing on a busy 2-core machine: run it on a quiet
 * one and read medians, not single runs.
 *
 * Map tiles: this machine cannot reach a tile server, and a map without tiles shows a notice that then
 * becomes the page's largest paint. `npm run bench:lighthouse` builds with VITE_TILE_URL pointing at a
 * local HTTPS tile server started here (LH_TILE_PORT, 4301), which answers every tile with the test
 * fixture, as a tile CDN would from its own origin.
 *
 * Environment: LH_DIST (default dist), LH_RUNS (5), LH_ROUTES (comma list; default: the main routes
 * plus the first venue and a current event page found in the build), LH_PORT (4300), LH_TILE_PORT (4301),
 * LH_SAVE (a folder to keep each run's full Lighthouse report in).
 */
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:https'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

const DIST = process.env.LH_DIST ?? 'dist'
const PORT = Number(process.env.LH_PORT ?? 4300)
const RUNS = Number(process.env.LH_RUNS ?? 5)

/** A venue page and an event page from the build itself, so the routes exist whatever the content. */
function detailRoutes() {
  const catalog = JSON.parse(readFileSync(`${DIST}/data/app/catalog.json`, 'utf8'))
  const index = JSON.parse(readFileSync(`${DIST}/data/app/event-index.json`, 'utf8'))
  const month = catalog.builtAt.slice(0, 7)
  // An event of the build month (its shard is the one a visitor today would load), else the first.
  const event = Object.entries(index).find(([, m]) => m === month)?.[0] ?? Object.keys(index)[0]
  return [`/venues/${catalog.venues[0].id}`, `/events/${event}`]
}

const ROUTES = process.env.LH_ROUTES?.split(',') ?? ['/', '/map', '/calendar', '/targets', '/me', ...detailRoutes()]

// A server already on the port (an earlier run's nginx, left behind) would be measured instead of this
// build, with the other build's Content-Security-Policy: refuse rather than measure the wrong thing.
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'
const answers = async () => {
  try {
    return (await fetch(`https://localhost:${PORT}/`)).ok
  } catch {
    return false
  }
}
if (await answers()) {
  console.error(`something already answers on port ${PORT}: stop it (or set LH_PORT) and run again`)
  process.exit(1)
}
// Its own process group, so stopping it stops nginx too (killing npx alone left nginx running).
const server = spawn('npx', ['tsx', 'deploy/local.ts', DIST, String(PORT), '--tls'], { stdio: 'ignore', detached: true })
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM')
  } catch {}
}
process.on('exit', stop)
let up = false
for (let i = 0; i < 60 && !up; i++) {
  up = await answers()
  if (!up) await new Promise((r) => setTimeout(r, 500))
}
if (!up) {
  console.error(`nginx did not answer on port ${PORT} (is Debian's nginx installed? see deploy/README.md)`)
  process.exit(1)
}

const TILE_PORT = Number(process.env.LH_TILE_PORT ?? 4301)
const tile = readFileSync(new URL('../../tests/fixtures/tiles/tile.png', import.meta.url))
const tiles = createServer(
  { cert: readFileSync(`.tmp/nginx-${PORT}/localhost.crt`), key: readFileSync(`.tmp/nginx-${PORT}/localhost.key`) },
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=86400' })
    res.end(tile)
  },
).listen(TILE_PORT)
process.on('exit', () => tiles.close())

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    // The local certificate is self-signed.
    '--ignore-certificate-errors',
    // Desktop Chromium's omnibox popup and other top-chrome WebUI pages load in a renderer of their own
    // beside the page under test, on the same two cores; a phone's browser runs nothing of the kind. The
    // last --disable-features is the one Chromium keeps, so chrome-launcher's own list goes in with them.
    `${chromeLauncher.Launcher.defaultFlags().find((f) => f.startsWith('--disable-features=')) ?? '--disable-features='},WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup,PreloadTopChromeWebUI`,
  ],
})
// A fresh desktop Chromium spends 200–300 ms of its first layout of Chinese text setting up the CJK font (once
// per browser, in its font service), which the simulation multiplies by 4 into the first route's first run. A
// phone's browser has drawn Chinese long before, so a page of Chinese text of its own is drawn first.
const warm = await (
  await fetch(
    `http://127.0.0.1:${chrome.port}/json/new?${encodeURIComponent('data:text/html;charset=utf-8,<h1 lang=zh-CN>科普新疆</h1><p lang=zh-CN>正在加载… 首页 地图 日历</p>')}`,
    {
      method: 'PUT',
    },
  )
).json()
await new Promise((resolve) => setTimeout(resolve, 1000))
await fetch(`http://127.0.0.1:${chrome.port}/json/close/${warm.id}`)

/** A first paint this late on localhost, where every file arrives by ~0.3 s, is the harness holding it. */
const HELD_FCP_MS = 1000
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const summarise = (runs) => ({
  performance: median(runs.map((r) => r.score)),
  lcpMs: Math.round(median(runs.map((r) => r.lcp))),
  tbtMs: Math.round(median(runs.map((r) => r.tbt))),
})
const rows = []
try {
  for (const route of ROUTES) {
    const runs = []
    for (let i = 0; i < RUNS; i++) {
      const { lhr, artifacts } = await lighthouse(`https://localhost:${PORT}${route}`, {
        port: chrome.port,
        onlyCategories: ['performance'],
        formFactor: 'mobile',
        logLevel: 'error',
      })
      // The static shell's loading line as the largest paint means the app never started (a blocked
      // script, a stale Content-Security-Policy): such a run measures nothing.
      const lcpNode = lhr.audits['largest-contentful-paint-element'].details?.items?.[0]?.items?.[0]?.node
      if (!lcpNode || /\bloading\b/.test(lcpNode.snippet ?? '')) {
        throw new Error(
          `${route}: the largest paint is the loading line, not the page (${lcpNode?.snippet ?? 'none'}): the app did not start`,
        )
      }
      if (process.env.LH_SAVE) {
        const file = `${process.env.LH_SAVE}/${route.replace(/\W+/g, '_')}-${i}`
        mkdirSync(process.env.LH_SAVE, { recursive: true })
        writeFileSync(`${file}.json`, JSON.stringify(lhr))
        writeFileSync(`${file}.trace.json`, JSON.stringify(artifacts.Trace))
      }
      runs.push({
        lcpElement: lcpNode.selector,
        score: Math.round(lhr.categories.performance.score * 100),
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        observedFcp: lhr.audits.metrics.details?.items?.[0]?.observedFirstContentfulPaint ?? NaN,
      })
    }
    // Headless Chromium under Lighthouse sometimes holds the first paint for 1–2 s although every file has
    // arrived by 0.3 s (the cause is not found; a phone paints at once). Start-up work inside the hold does
    // not count as blocking time, so such a run scores ~5–10 points higher: say which runs were held, and
    // give the unheld runs' median beside the overall one.
    const unheld = runs.filter((r) => !(r.observedFcp > HELD_FCP_MS))
    const row = {
      route,
      ...summarise(runs),
      cls: Number(median(runs.map((r) => r.cls)).toFixed(3)),
      // The unthrottled trace's own first paint, which the simulation starts from.
      observedFcpMs: Math.round(median(runs.map((r) => r.observedFcp))),
      scores: runs.map((r) => r.score),
      heldRuns: runs.length - unheld.length,
      unheld: unheld.length ? summarise(unheld) : null,
      lcpElement: runs[Math.floor(runs.length / 2)].lcpElement,
    }
    rows.push(row)
    console.log(
      `${route.padEnd(28)} performance ${row.performance} (runs ${row.scores.join(', ')})  LCP ${(row.lcpMs / 1000).toFixed(2)} s  TBT ${row.tbtMs} ms  CLS ${row.cls}  observed FCP ${row.observedFcpMs} ms  (LCP: ${row.lcpElement})`,
    )
    console.log(
      `${''.padEnd(28)} paint held in ${row.heldRuns} of ${runs.length} runs${row.unheld ? `; unheld: performance ${row.unheld.performance}, LCP ${(row.unheld.lcpMs / 1000).toFixed(2)} s, TBT ${row.unheld.tbtMs} ms` : ''}`,
    )
  }
} finally {
  await chrome.kill()
  stop()
  tiles.close()
}
mkdirSync('.tmp', { recursive: true })
writeFileSync('.tmp/lighthouse.json', JSON.stringify(rows, null, 1))
const unheldCell = (r) =>
  r.unheld ? `${r.unheld.performance}, ${(r.unheld.lcpMs / 1000).toFixed(2)} s, ${r.unheld.tbtMs} ms (${RUNS - r.heldRuns} runs)` : 'none'
const table = [
  '| route | score | LCP | TBT | CLS | runs with the paint held | unheld runs: score, LCP, TBT |',
  '|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| \`${r.route}\` | ${r.performance} | ${(r.lcpMs / 1000).toFixed(2)} s | ${r.tbtMs} ms | ${r.cls} | ${r.heldRuns} of ${RUNS} | ${unheldCell(r)} |`,
  ),
].join('\n')
writeFileSync('.tmp/lighthouse.md', `${table}\n`)
console.log(`\n${table}\n\nMedian of ${RUNS} runs, nginx with the production config (deploy/local.ts).`)
