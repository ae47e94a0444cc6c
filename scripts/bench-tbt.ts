/**
 * `npm run bench:tbt -- <dist>[,<dist>…] [route]`: an A/B estimate of Lighthouse's Total Blocking Time for
 * one route, steadier than Lighthouse itself on this machine (whose runs of one build spread by 5–10
 * points). Each build is loaded in turn (interleaved, BENCH_RUNS rounds, default 6) in Chromium at 1× CPU
 * from a plain static server, with a trace; every main-thread task after the first contentful paint is
 * multiplied by 4 (the simulation's CPU slowdown) and counts what exceeds 50 ms. Prints each run's
 * estimate and its tasks over 12.5 ms (the ones that count at 4×), then the median per build. An estimate
 * for comparing builds, not a score: report Lighthouse's own figures from `npm run bench:lighthouse`.
 * BENCH_COMPILE=1 also traces V8's compiler and prints the main thread's time compiling JavaScript per load
 * (src/build/compileHints.ts); the extra tracing lengthens every task a little, so compare like with like.
 */
import { launchBenchBrowser, median, stubTiles } from './benchBrowser'
import { serveStatic } from './benchServer'

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
}

const [dirList, route = '/map'] = process.argv.slice(2)
if (!dirList) throw new Error('usage: npm run bench:tbt -- <dist>[,<dist>…] [route]')
const dirs = dirList.split(',')
const RUNS = Number(process.env.BENCH_RUNS ?? 6)
const COMPILE = Boolean(process.env.BENCH_COMPILE)
// V8's compile events on the main thread (lazy compiles of functions, scripts and modules), without nesting.
const COMPILE_EVENT = /^(V8\.CompileLazy|V8\.CompileCode|v8\.compile|v8\.compileModule)$/

const servers = new Map(await Promise.all(dirs.map(async (d) => [d, await serveStatic(d)] as const)))

const browser = await launchBenchBrowser()
const estimates = new Map<string, number[]>()
const compiling = new Map<string, number[]>()
try {
  for (let run = 0; run < RUNS; run++)
    for (const d of dirs) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block', locale: 'zh-CN' })
      await stubTiles(context)
      const page = await context.newPage()
      const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading']
      await browser.startTracing(page, { categories: COMPILE ? [...categories, 'v8', 'disabled-by-default-v8.compile'] : categories })
      await page.goto(`${servers.get(d)!.url}${route}`, { waitUntil: 'load' })
      await page.waitForTimeout(2500)
      const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }
      await context.close()
      const fcp = traceEvents.find((e) => e.name === 'firstContentfulPaint')
      if (!fcp) throw new Error(`${d}: no first contentful paint in the trace`)
      const tasks = traceEvents.filter(
        (e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === fcp.pid && e.tid === fcp.tid && e.ts >= fcp.ts,
      )
      const ms = tasks.map((e) => (e.dur ?? 0) / 1000)
      const estimate = Math.round(ms.reduce((sum, t) => sum + Math.max(0, 4 * t - 50), 0))
      estimates.set(d, [...(estimates.get(d) ?? []), estimate])
      const long = ms.filter((t) => t > 12.5).map(Math.round)
      let compiled = ''
      if (COMPILE) {
        const events = traceEvents.filter((e) => e.ph === 'X' && e.pid === fcp.pid && e.tid === fcp.tid && COMPILE_EVENT.test(e.name))
        // Outermost only: a lazy compile can run inside a module's compile.
        const outer = events.filter((e) => !events.some((o) => o !== e && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0)))
        const total = Math.round(outer.reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0))
        compiling.set(d, [...(compiling.get(d) ?? []), total])
        compiled = `  main-thread compile ${total} ms`
      }
      console.log(`${d}  estimate ${estimate} ms${compiled}  tasks over 12.5 ms at 1×: ${long.join(' ')}`)
    }
} finally {
  await browser.close()
  for (const server of servers.values()) server.close()
}
for (const d of dirs) {
  const compiled = COMPILE ? `, main-thread compile ${median(compiling.get(d)!)} ms per load (whole load, 1×)` : ''
  console.log(`${d}  median estimate ${median(estimates.get(d)!)} ms over ${RUNS} runs (${route})${compiled}`)
}
