/**
 * Lighthouse mobile (default throttling) on the main routes of the production build, 3 runs each,
 * reporting the median performance score and LCP. Run from the repo root: `npm run bench:lighthouse`
 * (builds first). Scores swing on a busy 2-core machine: medians, not a gate.
 */
import { spawn } from 'node:child_process'
import { writeFileSync, mkdirSync } from 'node:fs'
import lighthouse from 'lighthouse'
import * as chromeLauncher from 'chrome-launcher'

const PORT = 4300
const ROUTES = (process.env.LH_ROUTES ?? '/,/map,/calendar,/targets,/me').split(',')
const RUNS = Number(process.env.LH_RUNS ?? 3)

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
  env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
})
const stop = () => server.kill('SIGTERM')
process.on('exit', stop)
for (let i = 0; i < 60; i++) {
  try {
    if ((await fetch(`http://localhost:${PORT}/`)).ok) break
  } catch {}
  await new Promise((r) => setTimeout(r, 500))
}

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
  ],
})
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const rows = []
try {
  for (const route of ROUTES) {
    const scores = []
    const lcps = []
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`http://localhost:${PORT}${route}`, {
        port: chrome.port,
        onlyCategories: ['performance'],
        formFactor: 'mobile',
        logLevel: 'error',
      })
      scores.push(Math.round(result.lhr.categories.performance.score * 100))
      lcps.push(result.lhr.audits['largest-contentful-paint'].numericValue)
    }
    rows.push({ route, performance: median(scores), lcpMs: Math.round(median(lcps)), runs: scores })
    console.log(`${route.padEnd(10)} performance ${median(scores)} (runs ${scores.join(', ')})  LCP ${(median(lcps) / 1000).toFixed(2)} s`)
  }
} finally {
  await chrome.kill()
  stop()
}
mkdirSync('.tmp', { recursive: true })
writeFileSync('.tmp/lighthouse.json', JSON.stringify(rows, null, 1))
