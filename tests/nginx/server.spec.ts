/**
 * What nginx (deploy/nginx.conf) answers, file type by file type: the headers of deploy/headers.ts —
 * the same table the OSS/COS upload uses — and this build's security headers.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { expect, test } from '@playwright/test'

import { headersFor } from '../../deploy/headers'
import { E2E_NOW } from '../e2e/helpers'

const DIST = process.env.E2E_DIST ?? 'dist-nginx'
const security = JSON.parse(readFileSync(join(DIST, '_deploy/headers.json'), 'utf8')) as {
  app: Record<string, string>
  admin: Record<string, string>
}
const html = readFileSync(join(DIST, 'index.html'), 'utf8')
// The entry is fetched at once by a modulepreload and run after the first paint (src/boot/start.ts).
const entry = /<link rel="modulepreload" crossorigin href="(\/assets\/index-[\w-]+\.js)">/.exec(html)!
const workbox = readdirSync(DIST).find((f) => /^workbox-[\w-]+\.js$/.test(f))!

const FILES = [
  ['html (the app shell)', '/'],
  ['html', '/index.html'],
  ['js asset', entry[1]!],
  ['service worker', '/sw.js'],
  ['service worker step', '/sw-lazy.js'],
  ['workbox runtime', `/${workbox}`],
  ['manifest', '/manifest.webmanifest'],
  ['app data', '/data/app/catalog.json'],
  ['open data json', '/data/events.json'],
  ['calendar feed', '/data/events.ics'],
  ['geojson', '/data/venues.geojson'],
  ['icon', '/icons/icon-192.png'],
  ['roster template', '/downloads/roster-template.xlsx'],
] as const

for (const [kind, path] of FILES) {
  test(`${kind} ${path}: cache, type and security headers`, async ({ request }) => {
    const response = await request.get(path)
    expect(response.status()).toBe(200)
    const expected = headersFor(path === '/' ? '/index.html' : path)!
    const headers = response.headers()
    expect(headers['cache-control']).toBe(expected['Cache-Control'])
    expect(headers['content-type']).toBe(expected['Content-Type'])
    for (const [name, value] of Object.entries(security.app)) expect(headers[name.toLowerCase()], name).toBe(value)
  })
}

test('the worker imports sw-lazy.js, which names the new names of this build’s lazy files', async ({ request }) => {
  expect(await (await request.get('/sw.js')).text()).toContain('importScripts("sw-lazy.js")')
  const script = await (await request.get('/sw-lazy.js')).text()
  const lazy = readdirSync(join(DIST, 'assets')).filter((f) =>
    /^(?:ug|kk-Arab|en|rosterIcs|xlsxRoster|papaparse\.min)-[\w-]+\.js$|^arabic-[\w-]+\.woff2$/.test(f),
  )
  // Three languages, the Arabic-script font, three roster parsers (ical.js inside rosterIcs).
  expect(lazy).toHaveLength(7)
  for (const file of lazy) expect(script).toContain(`"/assets/${file}"`)
})

test('revalidated files answer 304 to their ETag; hashed assets are immutable for a year', async ({ request }) => {
  const first = await request.get('/data/events.json')
  const etag = first.headers()['etag']!
  expect(etag).toBeTruthy()
  const again = await request.get('/data/events.json', { headers: { 'if-none-match': etag } })
  expect(again.status()).toBe(304)
  expect(again.headers()['cache-control']).toBe('no-cache')
  const asset = await request.get(entry[1]!, { headers: { 'accept-encoding': 'gzip' } })
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  expect(asset.headers()['content-encoding']).toBe('gzip')
})

test('a deep link gets the app shell; a missing data file or asset is a plain 404, never the app', async ({ request }) => {
  const deep = await request.get('/venues/xinjiang-science-museum?from=map')
  expect(deep.status()).toBe(200)
  expect(deep.headers()['content-type']).toBe('text/html; charset=utf-8')
  expect(deep.headers()['cache-control']).toBe('no-cache')
  expect(await deep.text()).toBe(html)

  for (const path of ['/data/app/events/1999-01.json', '/data/nope.ics', '/assets/index-gone.js', '/icons/gone.png', '/workbox-gone.js']) {
    const missing = await request.get(path)
    expect(missing.status(), path).toBe(404)
    expect(await missing.text(), path).not.toContain('<div id="app"')
    expect(missing.headers()['cache-control'], path).toBeUndefined()
  }
})

test('the server-only files and dotfiles are never served; the /admin editor has its own looser policy', async ({ request }) => {
  for (const path of ['/_deploy/headers.json', '/_deploy/security-headers.conf', '/.vite/manifest.json']) {
    expect((await request.get(path)).status(), path).toBe(404)
  }
  const admin = await request.get('/admin/')
  expect(admin.status()).toBe(200)
  expect(await admin.text()).toContain('<script src="/admin/decap-cms.js"></script>') // the editor, never the app
  expect(admin.headers()['content-security-policy']).toBe(security.admin['Content-Security-Policy'])
  const config = await request.get('/admin/config.yml')
  expect(config.headers()['content-type']).toBe('text/yaml; charset=utf-8')
  expect(config.headers()['content-security-policy']).toBe(security.admin['Content-Security-Policy'])
  expect(security.admin['Content-Security-Policy']).not.toBe(security.app['Content-Security-Policy'])
})

test('a release publishes no sample roster: the volunteer page says 暂无公开排班 and how to publish one', async ({ page }) => {
  await page.clock.setFixedTime(E2E_NOW)
  await page.goto('/me/volunteer')
  const available = page.locator('section[aria-labelledby=available]')
  await expect(available.getByText('暂无公开排班')).toBeVisible()
  await expect(available.getByText(/队伍负责人发布排班/)).toBeVisible()
  await expect(available.getByRole('link', { name: '下载排班表模板（.xlsx）' })).toHaveAttribute('href', '/downloads/roster-template.xlsx')
  await expect(page.getByText('示例')).toHaveCount(0)
})
