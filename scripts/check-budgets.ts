/**
 * Budget check on the production build (dist/): first-route JavaScript, chunk sizes, the map chunk,
 * Leaflet's absence from the first route, the user-data schemas' absence from the main routes, and the
 * service-worker precache. Exit 1 on any breach.
 * Prints a table and writes .tmp/budgets.json, whose figures the README reports.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const DIST = process.env.E2E_DIST ?? 'dist'
const KB = 1024
const BUDGET = {
  firstRouteJs: 75 * KB,
  chunk: 100 * KB,
  mapChunk: 70 * KB,
  precache: 1024 * KB,
}

interface ManifestChunk {
  file: string
  src?: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}

const manifestPath = join(DIST, '.vite/manifest.json')
if (!existsSync(manifestPath)) {
  console.error('dist/.vite/manifest.json is missing: run `npm run build` first')
  process.exit(1)
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>
const gz = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`

/** A chunk and everything it imports statically. */
function closure(keys: string[]): Set<string> {
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    for (const dep of manifest[key]?.imports ?? []) visit(dep)
  }
  keys.forEach(visit)
  return seen
}

const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!
const homeKey = Object.keys(manifest).find((k) => k.endsWith('views/HomeView.vue'))!
const mapKey = Object.keys(manifest).find((k) => k.endsWith('views/MapView.vue'))!
const firstRoute = closure([entryKey, homeKey])
const firstRouteFiles = [...firstRoute].map((k) => manifest[k]!.file)
const firstRouteJs = firstRouteFiles.reduce((sum, f) => sum + gz(f), 0)

const failures: string[] = []
const rows: [string, string, string][] = []
const check = (name: string, value: number, budget: number) => {
  rows.push([name, kb(value), kb(budget)])
  if (value > budget) failures.push(`${name}: ${kb(value)} > ${kb(budget)}`)
}

check('first route JS (gzip, entry + home)', firstRouteJs, BUDGET.firstRouteJs)

const jsFiles = [...new Set(Object.values(manifest).map((c) => c.file))].filter((f) => f.endsWith('.js'))
const largest = jsFiles.map((f) => [f, gz(f)] as const).sort((a, b) => b[1] - a[1])
check(`largest chunk (${largest[0]![0]})`, largest[0]![1], BUDGET.chunk)

// The map view loads Leaflet lazily after it paints; the map budget covers the view and that chunk.
const venueMapKey = Object.keys(manifest).find((k) => k.endsWith('features/map/VenueMap.vue'))
const mapFiles = [...closure([mapKey, ...(venueMapKey ? [venueMapKey] : [])])].filter((k) => !firstRoute.has(k))
const mapBytes = mapFiles.reduce((sum, k) => sum + gz(manifest[k]!.file) + (manifest[k]!.css ?? []).reduce((s, c) => s + gz(c), 0), 0)
check('map chunk JS + CSS (gzip, lazy)', mapBytes, BUDGET.mapChunk)

const leafletOnFirstRoute = firstRouteFiles.filter((f) => readFileSync(join(DIST, f), 'utf8').includes('leaflet-pane'))
if (leafletOnFirstRoute.length) failures.push(`Leaflet is on the first route: ${leafletOnFirstRoute.join(', ')}`)

// The user-data schemas (zod) load when saved records or a chosen file need checking, never with a main page
// (src/data/storedRecords.ts): a first visit to any of these routes must not download them.
const MAIN_VIEWS = ['Home', 'Map', 'Calendar', 'Targets', 'Me', 'Venue', 'Event']
const withSchemas = MAIN_VIEWS.filter((view) => {
  const key = Object.keys(manifest).find((k) => k.endsWith(`views/${view}View.vue`))
  if (!key) throw new Error(`src/views/${view}View.vue is not in the build's manifest`)
  return [...closure([entryKey, key])].some((k) => readFileSync(join(DIST, manifest[k]!.file), 'utf8').includes('$ZodType'))
})
if (withSchemas.length) failures.push(`the user-data schemas (zod) load with ${withSchemas.map((v) => `${v}View`).join(', ')}`)

// The precache list is the workbox manifest inside sw.js: [{url, revision}, …].
const sw = readFileSync(join(DIST, 'sw.js'), 'utf8')
const precacheUrls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!)
const precacheBytes = precacheUrls.reduce((sum, url) => sum + (existsSync(join(DIST, url)) ? statSync(join(DIST, url)).size : 0), 0)
check(`app shell precache (${precacheUrls.length} files, uncompressed)`, precacheBytes, BUDGET.precache)

const width = Math.max(...rows.map((r) => r[0].length))
console.log(`${'budget'.padEnd(width)}  measured   limit`)
for (const [name, value, budget] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(9)}  ${budget}`)
console.log(`Leaflet on the first route: ${leafletOnFirstRoute.length ? 'YES' : 'no'}`)
console.log(`user-data schemas on a main route: ${withSchemas.length ? withSchemas.join(', ') : 'none'}`)

mkdirSync('.tmp', { recursive: true })
writeFileSync(
  '.tmp/budgets.json',
  JSON.stringify({ firstRouteJs, largestChunk: largest[0], mapBytes, precacheBytes, precacheFiles: precacheUrls.length }, null, 1),
)

if (failures.length) {
  console.error(`\n✗ budget exceeded:\n${failures.join('\n')}`)
  process.exit(1)
}
console.log('✓ all budgets met')
