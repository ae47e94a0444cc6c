/**
 * `npm run bench:build`: how the production build scales with content (issue 21: 100 000 events and 1 000
 * venues; nothing in the pipeline worse than n log n).
 *
 * For each size (BENCH_SIZES="events:venues,…", default 12 500:125 up to 100 000:1 000, each a doubling):
 * 1. writes synthetic content (scripts/benchContent.ts: the real content/ plus weekly series and venues
 *    spread over the five regions) into a temp folder;
 * 2. times the content pipeline alone, wall and CPU time, in a fresh Node process (load, validate, the whole
 *    checkContent, renderDataFiles: what the Vite plugin runs at build start), with that process's peak RSS;
 *    the quicker of BENCH_COMPILE_RUNS (default 2) runs;
 * 3. runs the production build (`vite build`, as `npm run build` does, service worker and precache manifest
 *    with its integrity hashes included) into a temp outDir, and records its wall and CPU time and peak
 *    memory: GNU time's maximum resident set of the largest process, and the sum of VmRSS over the build's
 *    process tree polled every 100 ms.
 * Prints a table and the growth per doubling of every figure (time(2n) / time(n); n log n is about 2.1×), and
 * flags a step above 2.3×. CPU time is what to read on a shared machine: wall time swings with other work.
 * Writes .tmp/bench-build.json. Exits non-zero only when a build fails, never because one is slow.
 * BENCH_CPU_PROF=<dir> writes a V8 CPU profile of each compile run there; BENCH_BUILD=0 times the compile
 * only (quick, for profiling). Not part of npm test.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { generateBenchContent } from './benchContent'

const ROOT = resolve(import.meta.dirname, '..')
const SELF = resolve(import.meta.filename)
/** Above this per doubling a step grows worse than n log n (which gives about 2.1× at these sizes). */
const FLAG_RATIO = 2.3
const POLL_MS = 100
const SKIP_BUILD = process.env.BENCH_BUILD === '0'
const COMPILE_RUNS = Math.max(1, Number(process.env.BENCH_COMPILE_RUNS ?? 2))

interface Size {
  events: number
  venues: number
}

const STAGES = ['load', 'validate', 'checkContent', 'render'] as const
type Stage = (typeof STAGES)[number]

/** Wall time and CPU time (user + system, every thread) of one step, in milliseconds. */
interface Timing {
  ms: number
  cpuMs: number
}

/** The compile child's figures. */
interface CompileFigures {
  stages: Record<Stage, Timing>
  maxRssKb: number
  records: number
  occurrences: number
  files: number
}

interface Result extends Size {
  build: Timing
  /** checkContent + renderDataFiles: what the build runs on the content (the quicker of COMPILE_RUNS runs). */
  compile: Timing
  stages: Record<Stage, Timing>
  compileMaxRssKb: number
  /** GNU time %M: the largest single process's peak resident set. */
  buildMaxRssKb: number
  /** Peak of the summed VmRSS of the build's process tree (polled). */
  buildTreeRssKb: number
  dataAppBytes: number
  dataAppFiles: number
}

function parseSizes(text: string): Size[] {
  return text.split(',').map((pair) => {
    const [events, venues] = pair.split(':').map((s) => Number(s.replace(/[_\s]/g, '')))
    if (!Number.isInteger(events) || !Number.isInteger(venues) || events! <= 0 || venues! < 0) {
      throw new Error(`BENCH_SIZES: "${pair}" is not events:venues (e.g. 1000:20)`)
    }
    return { events: events!, venues: venues! }
  })
}

// ---- child mode: time the content pipeline in-process -------------------------------------------------

async function compileChild(contentDir: string) {
  const { loadContent } = await import('../src/build/load')
  const { validateContent } = await import('../src/build/validate')
  const { checkContent } = await import('../src/build/compile')
  const { renderDataFiles } = await import('../src/build/opendata')
  const { formatProblem } = await import('../src/build/errors')
  const problems: Parameters<typeof validateContent>[1] = []
  let wall = performance.now()
  let cpu = process.cpuUsage()
  const lap = (): Timing => {
    const now = performance.now()
    const used = process.cpuUsage(cpu)
    const timing = { ms: Math.round(now - wall), cpuMs: Math.round((used.user + used.system) / 1000) }
    wall = now
    cpu = process.cpuUsage()
    return timing
  }
  const records = loadContent(contentDir, ROOT, problems)
  const load = lap()
  validateContent(records, problems)
  const validate = lap()
  // The whole of what the plugin runs: load and validate again, then compile.
  const { problems: found, compiled } = checkContent({ contentDir, rootDir: ROOT })
  const checked = lap()
  if (!compiled) throw new Error(`content has ${found.length} problem(s):\n${found.slice(0, 20).map(formatProblem).join('\n')}`)
  const files = renderDataFiles(compiled)
  const render = lap()
  const figures: CompileFigures = {
    stages: { load, validate, checkContent: checked, render },
    maxRssKb: process.resourceUsage().maxRSS,
    records: records.length,
    occurrences: compiled.events.length,
    files: files.size,
  }
  process.stdout.write(`${JSON.stringify(figures)}\n`)
}

function runCompile(contentDir: string, label: string): CompileFigures {
  const prof = process.env.BENCH_CPU_PROF
  const args = [
    ...(prof ? ['--cpu-prof', '--cpu-prof-dir', resolve(prof), '--cpu-prof-name', `compile-${label}-${Date.now()}.cpuprofile`] : []),
    '--import',
    'tsx',
    SELF,
    '--compile',
    contentDir,
  ]
  const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (child.status !== 0) throw new Error(`compile failed (${label}):\n${child.stderr}`)
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as CompileFigures
}

// ---- parent mode: the production build, timed and its memory polled ----------------------------------

/** Sum of VmRSS (KB) of `pid` and every process below it. */
function treeRssKb(pid: number): number {
  const children = new Map<number, number[]>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the command name (field 2) may hold spaces, so split after ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)])
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0
  const stack = [pid]
  while (stack.length) {
    const p = stack.pop()!
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))
      total += match ? Number(match[1]) : 0
    } catch {
      // Ended.
    }
    stack.push(...(children.get(p) ?? []))
  }
  return total
}

interface BuildFigures {
  ok: boolean
  timing: Timing
  maxRssKb: number
  treeRssKb: number
}

function runBuild(contentDir: string, outDir: string, work: string) {
  const timeFile = join(work, 'time.txt')
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js')
  // GNU time gives the peak RSS of the largest process and the CPU time of the whole tree (Debian: `time`).
  const gnuTime = existsSync('/usr/bin/time')
  const command = [process.execPath, vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error']
  const [file, ...args] = gnuTime ? ['/usr/bin/time', '-f', '%M %U %S', '-o', timeFile, ...command] : command
  return new Promise<BuildFigures>((done) => {
    const started = performance.now()
    const child = spawn(file!, args, {
      cwd: ROOT,
      env: { ...process.env, KPXJ_CONTENT_DIR: contentDir, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      stdio: 'inherit',
    })
    let peak = 0
    const poll = setInterval(() => (peak = Math.max(peak, treeRssKb(child.pid!))), POLL_MS)
    child.on('exit', (code) => {
      const ms = Math.round(performance.now() - started)
      clearInterval(poll)
      // The last line: GNU time writes "Command exited with non-zero status" above it on a failure.
      const [rss = NaN, user = NaN, system = NaN] =
        gnuTime && existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) : []
      done({ ok: code === 0, timing: { ms, cpuMs: Math.round((user + system) * 1000) }, maxRssKb: rss, treeRssKb: peak })
    })
  })
}

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0
  let files = 0
  if (!existsSync(dir)) return { bytes, files }
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    bytes += statSync(join(entry.parentPath, entry.name)).size
    files++
  }
  return { bytes, files }
}

// ---- report -------------------------------------------------------------------------------------------

const seconds = (ms: number) => (ms / 1000).toFixed(1)
const mb = (kb: number) => (kb / 1024).toFixed(0)
const thousands = (n: number) => n.toLocaleString('en').replace(/,/g, ' ')
const quicker = (a: Timing, b: Timing) => (b.ms < a.ms ? b : a)

/** Growth of `value` per doubling of the content from size a to size b: (vb / va)^(1 / log2(nb / na)). */
function perDoubling(a: Result, b: Result, value: (r: Result) => number): number {
  const steps = Math.log2(b.events / a.events)
  return (value(b) / value(a)) ** (1 / steps)
}

/** Name, value, and the least value (at the larger size) worth flagging: shorter times are mostly noise. */
const FIGURES: [string, (r: Result) => number, number][] = [
  ['build, wall', (r) => r.build.ms, 1000],
  ['build, CPU', (r) => r.build.cpuMs, 1000],
  ['compile, wall', (r) => r.compile.ms, 1000],
  ['compile, CPU', (r) => r.compile.cpuMs, 1000],
  ...STAGES.map((stage): [string, (r: Result) => number, number] => [`  ${stage}, CPU`, (r) => r.stages[stage].cpuMs, 1000]),
  ['build peak RSS', (r) => Math.max(r.buildMaxRssKb, r.buildTreeRssKb), 0],
  ['compile peak RSS', (r) => r.compileMaxRssKb, 0],
  ['data/app size', (r) => r.dataAppBytes, 0],
]

function report(results: Result[]) {
  console.log('\n| events | venues | build (CPU) | compile (CPU) | build peak RSS (tree) | compile peak RSS | data/app |')
  console.log('| -----: | -----: | ----------: | ------------: | --------------------: | ---------------: | -------: |')
  for (const r of results) {
    console.log(
      `| ${thousands(r.events)} | ${thousands(r.venues)} | ${seconds(r.build.ms)} s (${seconds(r.build.cpuMs)} s) | ` +
        `${seconds(r.compile.ms)} s (${seconds(r.compile.cpuMs)} s) | ${mb(r.buildMaxRssKb)} MB (${mb(r.buildTreeRssKb)} MB) | ` +
        `${mb(r.compileMaxRssKb)} MB | ${(r.dataAppBytes / 1024 / 1024).toFixed(1)} MB, ${r.dataAppFiles} files |`,
    )
  }
  const flags: string[] = []
  const ratios: Record<string, number[]> = {}
  if (results.length > 1) {
    console.log(`\ngrowth per doubling (n log n ≈ 2.1×; flagged above ${FLAG_RATIO}× when over a second):`)
    for (const [name, value, least] of FIGURES) {
      const steps = results.slice(1).map((b, i) => perDoubling(results[i]!, b, value))
      ratios[name.trim()] = steps.map((x) => +x.toFixed(2))
      const marks = steps.map((x, i) => {
        const over = x > FLAG_RATIO && value(results[i + 1]!) >= least
        if (over) flags.push(`${name.trim()} ${thousands(results[i]!.events)} → ${thousands(results[i + 1]!.events)}: ${x.toFixed(2)}×`)
        return `${x.toFixed(2)}×${over ? ' ⚠' : ''}`
      })
      console.log(`  ${name.padEnd(20)} ${marks.join('  ')}`)
    }
  }
  if (flags.length)
    console.log(`\n⚠ worse than n log n (wall times swing when other work shares the cores; CPU times less):\n  ${flags.join('\n  ')}`)
  else if (results.length > 1) console.log('\nno step grows worse than n log n')
  return { ratios, flags }
}

async function main() {
  const sizes = parseSizes(process.env.BENCH_SIZES ?? '12500:125,25000:250,50000:500,100000:1000')
  const results: Result[] = []
  let failed = false
  for (const size of sizes) {
    const work = mkdtempSync(join(tmpdir(), 'kpxj-bench-build-'))
    try {
      const content = join(work, 'content')
      const label = `${size.events}-${size.venues}`
      const t = performance.now()
      const { series } = generateBenchContent(content, { ...size, summary: '用于测量构建在十万条活动下的耗时与内存。' })
      console.log(
        `\n${thousands(size.events)} events (${series} series), ${size.venues} venues: content written in ${seconds(performance.now() - t)} s`,
      )
      // The quicker of COMPILE_RUNS fresh processes for each stage: the compile is short, so noise matters.
      const runs = Array.from({ length: COMPILE_RUNS }, () => runCompile(content, label))
      const first = runs[0]!
      const stages = Object.fromEntries(STAGES.map((stage) => [stage, runs.map((r) => r.stages[stage]).reduce(quicker)])) as Record<
        Stage,
        Timing
      >
      const compile = runs
        .map((r) => ({
          ms: r.stages.checkContent.ms + r.stages.render.ms,
          cpuMs: r.stages.checkContent.cpuMs + r.stages.render.cpuMs,
        }))
        .reduce(quicker)
      const compileMaxRssKb = Math.max(...runs.map((r) => r.maxRssKb))
      console.log(
        `  compile ${seconds(compile.ms)} s, CPU ${seconds(compile.cpuMs)} s (${STAGES.map((s) => `${s} ${seconds(stages[s].ms)}`).join(', ')}; ` +
          `${thousands(first.occurrences)} occurrences, ${first.files} files), peak RSS ${mb(compileMaxRssKb)} MB`,
      )
      const outDir = join(work, 'dist')
      const build = SKIP_BUILD
        ? { ok: true, timing: { ms: NaN, cpuMs: NaN }, maxRssKb: NaN, treeRssKb: NaN }
        : await runBuild(content, outDir, work)
      if (!build.ok) {
        console.error(`  build FAILED for ${label}`)
        failed = true
        continue
      }
      const dataApp = folderSize(join(outDir, 'data/app'))
      if (!SKIP_BUILD) {
        console.log(
          `  build ${seconds(build.timing.ms)} s, CPU ${seconds(build.timing.cpuMs)} s, peak RSS ${mb(build.maxRssKb)} MB ` +
            `(process tree ${mb(build.treeRssKb)} MB), data/app ${(dataApp.bytes / 1024 / 1024).toFixed(1)} MB in ${dataApp.files} files`,
        )
      }
      results.push({
        ...size,
        build: build.timing,
        compile,
        stages,
        compileMaxRssKb,
        buildMaxRssKb: build.maxRssKb,
        buildTreeRssKb: build.treeRssKb,
        dataAppBytes: dataApp.bytes,
        dataAppFiles: dataApp.files,
      })
    } catch (error) {
      console.error(`  ${(error as Error).message}`)
      failed = true
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
  }
  const { ratios, flags } = report(results)
  mkdirSync(join(ROOT, '.tmp'), { recursive: true })
  writeFileSync(
    join(ROOT, '.tmp/bench-build.json'),
    JSON.stringify({ measuredAt: new Date().toISOString(), flagRatio: FLAG_RATIO, results, ratiosPerDoubling: ratios, flags }, null, 2),
  )
  console.log('\nwrote .tmp/bench-build.json')
  if (failed) process.exitCode = 1
}

if (process.argv[2] === '--compile') await compileChild(process.argv[3]!)
else await main()
