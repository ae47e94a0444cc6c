/**
 * `npm test`: every check in order, fail-fast free (each step runs, so one run shows every failure),
 * then one closing line `N passed, N failed` that sums the test runners and the single checks.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { delimiter, resolve } from 'node:path'

import { TEST_TODAY } from '../tests/fixtures/testDay'
import { smokeDays } from './smokeDays'

interface Counts {
  passed: number
  failed: number
}
interface Step {
  name: string
  command: string
  env?: Record<string, string>
  /** Read the runner's own counts; a step without one counts as one check. */
  counts?: () => Counts | null
  /** Steps that make no sense when an earlier one failed (e2e without a build). */
  needs?: string[]
  /** Steps with the same group run side by side (their output is printed when each ends). */
  group?: string
}

mkdirSync('.tmp', { recursive: true })
const VITEST_JSON = '.tmp/vitest.json'
const PLAYWRIGHT_JSON = '.tmp/playwright.json'
const PLAYWRIGHT_NGINX_JSON = '.tmp/playwright-nginx.json'
for (const f of [VITEST_JSON, PLAYWRIGHT_JSON, PLAYWRIGHT_NGINX_JSON]) rmSync(f, { force: true })

const readJson = <T>(file: string): T | null => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null)

type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }
const playwrightCounts = (file: string) => () => {
  const r = readJson<PlaywrightReport>(file)
  return r && { passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky + r.stats.skipped }
}

// The smoke set on three days (KEPU_TODAY=YYYY-MM-DD moves "today"). Today's run serves the production
// build of the `build` step, made as of the same day: what a release published today would be. The two
// other days get their own (demo) builds, made as of their day beside the static checks, where the unit
// tests' last minute leaves a core free, rather than in the smoke group, where every core is busy.
const days = smokeDays()
const today = days.find((d) => d.label === 'today')!.day
const smokeBuilds: Step[] = days
  .filter(({ day }) => day !== today)
  .map(({ day }) => ({
    name: `build-smoke-${day}`,
    command: `vite build --outDir .tmp/dist-e2e-${day} --emptyOutDir --logLevel error`,
    env: { KEPU_TODAY: day, KEPU_DEMO: '1' },
    group: 'static',
  }))
const smokeSteps: Step[] = days.map(({ label, day }, i) => {
  const json = `.tmp/playwright-smoke-${day}.json`
  rmSync(json, { force: true })
  const dist = day === today ? 'dist' : `.tmp/dist-e2e-${day}`
  return {
    name: `smoke ${day} (${label})`,
    // Own output folder: the three runs go side by side, and Playwright empties its output folder at start.
    // The file named: Playwright loads only it to list the tests (with --grep alone it loaded every spec, three times).
    command: `playwright test tests/e2e/smoke.spec.ts --grep @smoke --workers=1 --output .tmp/test-results-smoke-${day}`,
    env: { E2E_TODAY: day, E2E_PORT: String(4190 + i), PLAYWRIGHT_JSON_OUTPUT_FILE: json, E2E_DIST: dist },
    needs: [day === today ? 'build' : `build-smoke-${day}`],
    counts: playwrightCounts(json),
    group: 'smoke',
  }
})

// The full suite runs on the fixed TEST_TODAY (tests/fixtures/testDay.ts) against its own demo build.
const E2E_DIST = `.tmp/dist-e2e-${TEST_TODAY}`
const NGINX_V2 = '.tmp/nginx-release-v2'

const steps: Step[] = [
  // Everything that needs no browser goes side by side: mostly single-threaded, so two cores stay busy
  // instead of idling through one check after another (about a minute and a half saved on CI).
  { name: 'typecheck', command: 'vue-tsc --build', group: 'static' },
  { name: 'lint', command: 'eslint .', group: 'static' },
  { name: 'format', command: 'prettier --check .', group: 'static' },
  { name: 'content', command: 'node --import tsx src/build/cli.ts check', group: 'static' },
  {
    name: 'unit',
    // Two workers (vitest's default on two cores is one): the other static checks end about half a minute
    // before the unit tests, and one worker then left a core idle.
    command: `vitest run --maxWorkers=2 --reporter=default --reporter=json --outputFile.json=${VITEST_JSON}`,
    counts: () => {
      const r = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(VITEST_JSON)
      // Skipped and todo tests count as failures: a test that does not run proves nothing.
      return r && { passed: r.numPassedTests, failed: r.numFailedTests + r.numPendingTests + r.numTodoTests }
    },
    group: 'static',
  },
  // The production build (budgets, and today's smoke run), as of the smoke set's today.
  { name: 'build', command: 'vite build', env: { KEPU_TODAY: today }, group: 'static' },
  {
    name: 'build-e2e',
    command: `vite build --outDir ${E2E_DIST} --emptyOutDir --logLevel error`,
    env: { KEPU_TODAY: TEST_TODAY, KEPU_DEMO: '1' },
    group: 'static',
  },
  // The production server's build: a release (with 备案 numbers), served by nginx with deploy/nginx.conf.
  { name: 'build-nginx', command: 'node --import tsx tests/nginx/build.ts dist-nginx', group: 'static' },
  // The nginx suite's second release (its update test): built here, it no longer holds up the smoke group's end.
  { name: 'build-nginx-v2', command: `node --import tsx tests/nginx/build.ts ${NGINX_V2} release-v2`, group: 'static' },
  ...smokeBuilds,
  { name: 'budget', command: 'node --import tsx scripts/check-budgets.ts', needs: ['build'] },
  {
    name: 'e2e',
    // The @smoke tests run below, once per smoke day.
    command: 'playwright test --grep-invert @smoke',
    env: { E2E_DIST, PLAYWRIGHT_JSON_OUTPUT_FILE: PLAYWRIGHT_JSON },
    needs: ['build-e2e'],
    counts: playwrightCounts(PLAYWRIGHT_JSON),
  },
  // One worker each: nginx and the three smoke runs share the two cores.
  {
    name: 'e2e-nginx',
    // Its own output folder: Playwright empties the one it writes to at start, and the default is the e2e
    // step's, whose failure screenshots were gone by the end of the run.
    command: 'playwright test -c playwright.nginx.config.ts --output .tmp/test-results-nginx',
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: PLAYWRIGHT_NGINX_JSON, E2E_NGINX_V2: NGINX_V2 },
    needs: ['build-nginx', 'build-nginx-v2'],
    counts: playwrightCounts(PLAYWRIGHT_NGINX_JSON),
    group: 'smoke',
  },
  ...smokeSteps,
]

const total: Counts = { passed: 0, failed: 0 }
const failedSteps: string[] = []
const timings: string[] = []

/** Runs one step; with `quiet` its output is collected and printed when it ends (for side-by-side steps). */
function run(step: Step, quiet: boolean): Promise<boolean> {
  // The project's tools by name, as `npm run` finds them, without npx: npx itself (npm's command line) and
  // tsx's launcher (a second Node process) cost ~1 s of CPU a start, and a run starts about thirty.
  const path = `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`
  const env = { ...process.env, PATH: path, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...step.env }
  return new Promise((resolve) => {
    const child = spawn(step.command, { shell: true, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', env })
    const chunks: Buffer[] = []
    child.stdout?.on('data', (c: Buffer) => chunks.push(c))
    child.stderr?.on('data', (c: Buffer) => chunks.push(c))
    child.on('close', (code) => {
      if (quiet) process.stdout.write(`\n▶ ${step.name} (output):\n${Buffer.concat(chunks).toString()}`)
      resolve(code === 0)
    })
  })
}

async function runStep(step: Step, quiet: boolean) {
  if (step.needs?.some((n) => failedSteps.includes(n))) {
    console.log(`\n▶ ${step.name}: not run (needs ${step.needs.join(', ')})`)
    total.failed += 1
    failedSteps.push(step.name)
    return
  }
  console.log(`\n▶ ${step.name}: ${step.command}`)
  const started = Date.now()
  const ok = await run(step, quiet)
  const counts = step.counts?.() ?? null
  if (counts) {
    total.passed += counts.passed
    total.failed += counts.failed
    if (!ok && counts.failed === 0) total.failed += 1 // the runner failed without a failing test (e.g. a crash)
  } else if (ok) total.passed += 1
  else total.failed += 1
  if (!ok) failedSteps.push(step.name)
  timings.push(`${step.name} ${ok ? 'ok' : 'FAILED'} ${((Date.now() - started) / 1000).toFixed(1)}s`)
}

const started = Date.now()
for (let i = 0; i < steps.length;) {
  const group = steps[i]!.group
  let end = i + 1
  while (group && steps[end]?.group === group) end++
  const batch = steps.slice(i, end)
  await Promise.all(batch.map((step) => runStep(step, batch.length > 1)))
  i += batch.length
}

console.log(`\n${timings.join(' · ')} · total ${((Date.now() - started) / 1000).toFixed(0)}s`)
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(', ')}`)
console.log(`${total.passed} passed, ${total.failed} failed`)
process.exit(failedSteps.length ? 1 : 0)
