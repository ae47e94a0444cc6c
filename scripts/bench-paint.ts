/**
 * `npm run bench:paint -- <dist>[,<dist>…] [route]`: an A/B of a cold first visit's paints, as a phone
 * sees them. Each build is loaded in turn (interleaved, BENCH_RUNS rounds, default 10) in Chromium with a
 * phone's viewport (412×823, touch, device scale 1.75) at 4× CPU slowdown, no service worker, from a plain
 * static server. `BENCH_NETWORK=slow4g` adds Lighthouse's applied slow-4G throttling (562.5 ms per request,
 * 1.47 Mbit/s down; the stubbed map tiles excepted). Prints each run's first contentful paint, largest
 * contentful paint and the app's mount (the `kpxj:mounted` mark), then the medians per build. For comparing builds on this machine; Lighthouse
 * (`npm run bench:lighthouse`) is the reference for the figures in the README's table.
 */
import { launchBenchBrowser, median, stubTiles } from './benchBrowser'
import { serveStatic } from './benchServer'

const [dirList, route = '/'] = process.argv.slice(2)
if (!dirList) throw new Error('usage: npm run bench:paint -- <dist>[,<dist>…] [route]')
const dirs = dirList.split(',')
const RUNS = Number(process.env.BENCH_RUNS ?? 10)

interface Paints {
  fcp: number
  lcp: number
  mounted: number
}

const servers = new Map(await Promise.all(dirs.map(async (d) => [d, await serveStatic(d)] as const)))
const browser = await launchBenchBrowser()
const results = new Map<string, Paints[]>()
try {
  for (let run = 0; run < RUNS; run++)
    for (const d of dirs) {
      const context = await browser.newContext({
        viewport: { width: 412, height: 823 },
        deviceScaleFactor: 1.75,
        isMobile: true,
        hasTouch: true,
        serviceWorkers: 'block',
        locale: 'zh-CN',
      })
      await stubTiles(context)
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
      if (process.env.BENCH_NETWORK === 'slow4g')
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: 562.5,
          downloadThroughput: (1474.56 * 1024) / 8,
          uploadThroughput: (675 * 1024) / 8,
        })
      await page.goto(`${servers.get(d)!.url}${route}`, { waitUntil: 'load' })
      // Long enough for the route's content (and on /map its tiles) to be painted after the load event.
      await page.waitForTimeout(process.env.BENCH_NETWORK ? 6000 : 2500)
      // A string, not a function: tsx would wrap helpers in its __name(), unknown in the page.
      const paints = (await page.evaluate(`new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries()
          const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN
          resolve({ fcp: at('first-contentful-paint'), lcp: entries[entries.length - 1].startTime, mounted: at('kpxj:mounted') })
        }).observe({ type: 'largest-contentful-paint', buffered: true })
      })`)) as Paints
      await context.close()
      const rounded = { fcp: Math.round(paints.fcp), lcp: Math.round(paints.lcp), mounted: Math.round(paints.mounted) }
      results.set(d, [...(results.get(d) ?? []), rounded])
      console.log(`${d}  first paint ${rounded.fcp} ms  largest paint ${rounded.lcp} ms  mounted ${rounded.mounted} ms`)
    }
} finally {
  await browser.close()
  for (const server of servers.values()) server.close()
}
for (const d of dirs) {
  const runs = results.get(d)!
  const m = (k: keyof Paints) => median(runs.map((r) => r[k]))
  console.log(
    `${d}  medians over ${RUNS} runs (${route}, 4× CPU${process.env.BENCH_NETWORK ? ', slow 4G' : ''}): first paint ${m('fcp')} ms, largest paint ${m('lcp')} ms, mounted ${m('mounted')} ms`,
  )
}
