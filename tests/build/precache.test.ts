/**
 * Builds the app once into a scratch folder and checks what the service worker precaches and how it
 * caches at runtime, plus the web manifest. Reads the generated files, as a browser would get them.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

import { build } from 'vite'
import { beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_CONTENT_TYPE, headersFor } from '../../deploy/headers'
import { COMPILE_HINT } from '../../src/build/compileHints'
import { precacheMonths } from '../../src/build/swConfig'
import { buildNow } from '../../src/build/today'

const root = resolve(__dirname, '../..')
const outDir = join(root, '.tmp/precache-dist')
let sw = ''
let urls: string[] = []

beforeAll(async () => {
  rmSync(outDir, { recursive: true, force: true })
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true'
  // Vitest sets NODE_ENV=test, which makes vite-plugin-pwa write a development worker: build what ships.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({
      root,
      mode: 'production',
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
  sw = readFileSync(join(outDir, 'sw.js'), 'utf8')
  urls = [...sw.matchAll(/\{\s*"?url"?:\s*"([^"]+)",\s*"?revision"?:/g)].map((m) => m[1]!)
}, 120_000)

describe('service-worker precache', () => {
  it('holds index.html and the manifest, and never sw.js or the Workbox runtime', () => {
    expect(urls).toContain('index.html')
    expect(urls).toContain('manifest.webmanifest')
    expect(urls.filter((u) => /(^|\/)sw\.js$|^workbox-[\w-]+\.js$/.test(u))).toEqual([])
    expect(existsSync(join(outDir, 'sw.js'))).toBe(true)
  })

  it('leaves out the /admin editor, and never answers its navigations with the app shell', () => {
    expect(existsSync(join(outDir, 'admin/index.html'))).toBe(true)
    expect(existsSync(join(outDir, 'admin/decap-cms.js'))).toBe(true)
    expect(urls.filter((u) => u.startsWith('admin/'))).toEqual([])
    expect(sw).toMatch(/denylist:\[[^\]]*\/\^\\\/admin/)
  })

  it('leaves out the install-time icons: the browser fetches them online, no offline page shows them', () => {
    expect(urls.filter((u) => u.startsWith('icons/'))).toEqual(['icons/favicon.svg'])
  })

  it('lists every file once, and every listed file exists', () => {
    expect(urls.length).toBeGreaterThan(10)
    expect(urls.filter((u, i) => urls.indexOf(u) !== i)).toEqual([])
    expect(urls.filter((u) => !existsSync(join(outDir, u)))).toEqual([])
  })

  it('holds the data every route needs: catalog, event index and this and the coming months’ events', () => {
    expect(urls).toContain('data/app/catalog.json')
    expect(urls).toContain('data/app/event-index.json')
    // The build's day (KEPU_TODAY, fixed for the tests in vitest.config.ts), not the machine's.
    const months = precacheMonths(buildNow())
    const shards = months.map((m) => `data/app/events/${m}.json`).filter((f) => existsSync(join(outDir, f)))
    expect(shards.length).toBeGreaterThan(0)
    for (const shard of shards) expect(urls).toContain(shard)
    // Other months and the open-data downloads are fetched on demand, not precached.
    expect(urls.filter((u) => u.startsWith('data/') && !u.startsWith('data/app/'))).toEqual([])
    expect(urls.filter((u) => u.startsWith('data/app/events/')).length).toBe(shards.length)
  })

  it('leaves the .ics roster parser to a runtime cache, filled when the volunteer page opens', () => {
    expect(urls.filter((u) => /assets\/(?:ical|rosterIcs)-/.test(u))).toEqual([])
    // The reader's own chunk (with ical.js) is the volunteer page's to load, not the shell's.
    expect(readdirSync(join(outDir, 'assets')).some((f) => /^rosterIcs-/.test(f))).toBe(true)
    expect(sw).toContain('kpxj-lazy-code')
  })

  it('leaves the Uyghur, Kazakh and English text and the Arabic-script font to a runtime cache (issue #21)', () => {
    // Built files exist, so the filter below would see them if they were listed.
    expect(readdirSync(join(outDir, 'assets')).filter((f) => /^(?:ug|kk-Arab|en)-[\w-]+\.js$|^arabic-[\w-]+\.woff2$/.test(f))).toHaveLength(
      4,
    )
    expect(urls.filter((u) => /assets\/(?:ug|kk-Arab|en)-[\w-]+\.js$|assets\/arabic-[\w-]+\.woff2$/.test(u))).toEqual([])
    expect(sw).toMatch(/CacheFirst\(\{cacheName:"kpxj-lazy-code"/)
  })

  it('stays within the 1 MB shell budget', () => {
    const bytes = urls.reduce((sum, u) => sum + statSync(join(outDir, u)).size, 0)
    expect(bytes).toBeLessThanOrEqual(1024 * 1024)
  })

  it('serves deep links from index.html and keeps runtime caches bounded and free of bad responses', () => {
    expect(sw).toMatch(/createHandlerBoundToURL\("\/index\.html"\)/)
    expect(sw).toContain('kpxj-event-shards')
    expect(sw).toMatch(/CacheableResponsePlugin\(\{statuses:\[200\]\}\)/)
    expect(sw).toMatch(/ExpirationPlugin\(\{maxEntries:\d+,maxAgeSeconds:\d[\de]*,purgeOnQuotaError:!0\}\)/)
    expect(sw).toContain('cacheWillUpdate')
    // Tiles stay while there is room, whatever their age: a map viewed weeks before a spell offline still shows.
    expect(sw).toMatch(
      /"kpxj-map-tiles",matchOptions:\{ignoreVary:!0\},plugins:\[new \w+\.ExpirationPlugin\(\{maxEntries:600,purgeOnQuotaError:!0\}\)/,
    )
    // A file link (/downloads/排班表模板.xlsx) opened in the browser is the file, not the app's page.
    expect(sw).toContain(String.raw`/^\/downloads\//`)
    // A new version waits for the user's tap: the worker only skips waiting when the page asks.
    expect(sw).toMatch(/SKIP_WAITING/)
    expect(sw).not.toMatch(/self\.skipWaiting\(\)[,;]\s*\w*\.?clientsClaim/)
  })
})

describe('web manifest', () => {
  it('is complete for installation', () => {
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.webmanifest'), 'utf8')) as {
      icons: { src: string; sizes: string; purpose?: string }[]
      shortcuts: { url: string }[]
      [key: string]: unknown
    }
    expect(manifest).toMatchObject({ name: '科普新疆', short_name: '科普新疆', lang: 'zh-CN', start_url: '/', display: 'standalone' })
    expect(manifest.theme_color).toMatch(/^#/)
    expect(manifest.background_color).toMatch(/^#/)
    for (const size of ['192x192', '512x512']) {
      expect(manifest.icons.some((i) => i.sizes === size && (i.purpose ?? 'any').includes('any'))).toBe(true)
      expect(manifest.icons.some((i) => i.sizes === size && i.purpose?.includes('maskable'))).toBe(true)
    }
    for (const icon of manifest.icons) expect(existsSync(join(outDir, icon.src))).toBe(true)
    expect(manifest.shortcuts.map((s) => s.url).sort()).toEqual(['/calendar', '/map'])
  })
})

describe('start-up chunks', () => {
  it("begin with V8's compile hint, and the lazy chunks of routes do not (src/build/compileHints.ts)", () => {
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
      string,
      { file: string; imports?: string[]; isDynamicEntry?: boolean }
    >
    const entry = manifest['index.html']!
    const startup = [entry.file, ...(entry.imports ?? []).map((key) => manifest[key]!.file)]
    expect(startup.length).toBeGreaterThanOrEqual(2)
    const head = (file: string) => readFileSync(join(outDir, file), 'utf8').split('\n', 1)[0]
    for (const file of startup) expect(head(file), file).toBe(COMPILE_HINT)
    const routes = Object.values(manifest).filter((c) => c.isDynamicEntry && c.file.endsWith('.js'))
    expect(routes.length).toBeGreaterThan(5)
    for (const route of routes) expect(head(route.file), route.file).not.toBe(COMPILE_HINT)
  })
})

describe('security headers written for the server', () => {
  const conf = () => readFileSync(join(outDir, '_deploy/security-headers.conf'), 'utf8')

  it('allow every inline script of the built index.html by its hash, and nothing else inline', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8')
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!)
    expect(inline.length).toBeGreaterThanOrEqual(3)
    const csp = /Content-Security-Policy "([^"]+)"/.exec(conf())![1]!
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src '))!
    const hashes = inline.map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`)
    expect(scriptSrc.split(' ').sort()).toEqual(['script-src', "'self'", ...new Set(hashes)].sort())
    expect(csp).not.toMatch(/script-src[^;]*unsafe/)
  })

  it('name the tile hosts the service worker caches from', () => {
    expect(conf()).toMatch(/connect-src 'self' https:\/\/tile\.openstreetmap\.org;/)
    expect(sw).toContain('tile\\.openstreetmap\\.org')
  })

  it('leave no built file without a known content type', () => {
    const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => `/${relative(outDir, join(f.parentPath, f.name))}`)
    const unknown = files.filter((path) => headersFor(path)?.['Content-Type'] === DEFAULT_CONTENT_TYPE)
    expect(unknown).toEqual([])
    expect(files.filter((path) => headersFor(path) === null).sort()).toEqual([
      '/.vite/manifest.json',
      '/_deploy/admin-security-headers.conf',
      '/_deploy/headers.json',
      '/_deploy/security-headers.conf',
    ])
  })
})
