/**
 * The deployment tables: one header table for nginx and object storage, the committed nginx.conf in step
 * with it, the Content-Security-Policy built from the inline scripts and the tile hosts.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, realpathSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it, vi } from 'vitest'

import { cdnHeaders, policyAllowingBoth } from '../../deploy/cdn-headers'
import { contentTypeFor, headersFor, IMMUTABLE, REVALIDATE } from '../../deploy/headers'
import { renderNginxSite } from '../../deploy/nginx'
import { contentSecurityPolicy, inlineHashes, securityHeaderFiles } from '../../src/build/securityHeaders'
import { tileOrigins, tileProvider, tileUrlPattern } from '../../src/shared/tiles'

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

describe('headersFor', () => {
  it.each([
    ['/assets/index-B9hsFcnH.js', IMMUTABLE, 'text/javascript; charset=utf-8'],
    ['/assets/MapView-x1.css', IMMUTABLE, 'text/css; charset=utf-8'],
    ['/index.html', REVALIDATE, 'text/html; charset=utf-8'],
    ['/sw.js', REVALIDATE, 'text/javascript; charset=utf-8'],
    ['/workbox-cd1db433.js', REVALIDATE, 'text/javascript; charset=utf-8'],
    ['/manifest.webmanifest', REVALIDATE, 'application/manifest+json; charset=utf-8'],
    ['/data/events.ics', REVALIDATE, 'text/calendar; charset=utf-8'],
    ['/data/venues.geojson', REVALIDATE, 'application/geo+json; charset=utf-8'],
    ['/data/app/events/2026-12.json', REVALIDATE, 'application/json; charset=utf-8'],
    ['/icons/icon-192.png', 'public, max-age=86400', 'image/png'],
  ])('%s: %s, %s', (path, cacheControl, contentType) => {
    expect(headersFor(path)).toEqual({ 'Cache-Control': cacheControl, 'Content-Type': contentType })
  })

  it('never serves the server-only files or dotfiles', () => {
    for (const path of ['/_deploy/security-headers.conf', '/.vite/manifest.json', '/data/.DS_Store']) expect(headersFor(path)).toBeNull()
  })

  it('falls back to octet-stream for an unknown extension', () => {
    expect(contentTypeFor('/x.bin')).toBe('application/octet-stream')
  })
})

describe('deploy/nginx.conf', () => {
  const committed = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8')

  it('is the rendering of deploy/headers.ts (regenerate: npx tsx deploy/nginx.ts > deploy/nginx.conf)', () => {
    expect(committed).toBe(renderNginxSite())
  })

  it('has one location per rule, each with its Cache-Control and security headers, and the SPA fallback last', () => {
    expect(committed).toContain('location ~ "^\\/assets\\/" {\n        # hashed assets\n        try_files $uri =404;')
    expect(committed).toMatch(/location \/ \{\n\s+# other files and app routes\n\s+try_files \$uri \/index\.html;/)
    expect(committed.match(/include \S+\/_deploy\/security-headers\.conf;/g)).toHaveLength(9)
    expect(committed.match(/include \S+\/_deploy\/admin-security-headers\.conf;/g)).toHaveLength(1)
    expect(committed).toMatch(/application\/manifest\+json webmanifest;[\s\S]*text\/calendar ics;[\s\S]*application\/geo\+json geojson;/)
  })

  it('serves files from the folder the release pinned, never through the "current" link (deploy/release.sh)', () => {
    expect(committed).toContain('include /var/www/kepu-xinjiang/current/_deploy/root.conf;')
    expect(committed).not.toMatch(/^\s*root \/var\/www\/kepu-xinjiang\/current;/m)
  })

  it('renders plain HTTP on another port and root for local use', () => {
    const local = renderNginxSite({ tls: false, port: 4302, root: '/tmp/site' })
    expect(local).not.toContain('ssl')
    expect(local).toContain('listen 4302;')
    expect(local).toContain('include /tmp/site/_deploy/security-headers.conf;')
  })
})

describe('Content-Security-Policy', () => {
  const html =
    '<head><meta charset="UTF-8" />\n<script>var a=1</script><script type="module">import("/assets/x.js")</script>' +
    '<script type="module" crossorigin src="/assets/index.js"></script><script type="application/json">{"x":1}</script>' +
    '</head><body><noscript><style>.loading{display:none}</style></noscript><script>if(a<b&&c.onload=1){}</script></body>'

  it('hashes each inline script (not external ones or JSON data blocks) and inline styles, over their exact text', () => {
    expect(inlineHashes(html)).toEqual({
      scripts: [sha('var a=1'), sha('import("/assets/x.js")'), sha('if(a<b&&c.onload=1){}')],
      styles: [sha('.loading{display:none}')],
    })
  })

  it('refuses an inline event handler, which a hash cannot allow', () => {
    expect(() => inlineHashes('<img src="x" onerror="alert(1)">')).toThrow(/inline event handler/)
  })

  it('is strict for scripts and lists the tile hosts for images and fetches', () => {
    const csp = contentSecurityPolicy({ hashes: inlineHashes(html), tileOrigins: ['https://tile.openstreetmap.org'] })
    const directives = Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]))
    expect(directives['script-src']).toBe(`'self' ${sha('var a=1')} ${sha('import("/assets/x.js")')} ${sha('if(a<b&&c.onload=1){}')}`)
    expect(directives['img-src']).toBe("'self' data: blob: https://tile.openstreetmap.org")
    expect(directives['connect-src']).toBe("'self' https://tile.openstreetmap.org")
    expect(directives).toMatchObject({
      'default-src': "'self'",
      'worker-src': "'self'",
      'manifest-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'self'",
      'frame-ancestors': "'none'",
      'form-action': "'self'",
    })
  })

  it('writes nginx lines for the app and a looser, separate policy for /admin', () => {
    const files = securityHeaderFiles(html, [])
    expect(files['security-headers.conf']).toMatch(/^add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-/m)
    expect(files['security-headers.conf']).toContain('add_header Referrer-Policy "strict-origin-when-cross-origin" always;')
    expect(files['security-headers.conf']).toContain('add_header Permissions-Policy "geolocation=(self), camera=()')
    expect(files['security-headers.conf']).toContain('add_header Strict-Transport-Security "max-age=31536000" always;')
    expect(files['admin-security-headers.conf']).toContain("script-src 'self' 'unsafe-eval'")
    expect(files['admin-security-headers.conf']).toContain("frame-ancestors 'none'")
    expect(JSON.parse(files['headers.json']).app['X-Content-Type-Options']).toBe('nosniff')
  })
})

describe('the /admin editor policy', () => {
  it('lets the editor talk to the office Forgejo only, and leaves the app policy unchanged', () => {
    const html = '<!doctype html><script type="module">run()</script>'
    const files = securityHeaderFiles(html, [], 'https://git.kexie.example.cn')
    expect(files['admin-security-headers.conf']).toContain("connect-src 'self' https://git.kexie.example.cn;")
    expect(files['admin-security-headers.conf']).not.toContain('https:;')
    expect(files['admin-security-headers.conf']).not.toContain("'unsafe-inline' 'unsafe-eval'")
    expect(files['security-headers.conf']).toBe(securityHeaderFiles(html, [])['security-headers.conf'])
    expect(files['security-headers.conf']).not.toContain('git.kexie')
  })
})

describe('tile hosts (one list for the map, the service worker and the policy)', () => {
  it('are the provider’s origins, with subdomains expanded', () => {
    expect(tileOrigins(tileProvider({}))).toEqual(['https://tile.openstreetmap.org'])
    expect(tileOrigins(tileProvider({ VITE_TILE_PROVIDER: 'tianditu', VITE_TIANDITU_KEY: 'k' }))).toEqual(
      ['0', '1', '2', '3', '4', '5', '6', '7'].map((s) => `https://t${s}.tianditu.gov.cn`),
    )
    expect(tileOrigins(tileProvider({ VITE_TILE_URL: 'https://{s}.tiles.example.cn/{z}/{x}/{y}.png' }))).toEqual([
      'https://a.tiles.example.cn',
      'https://b.tiles.example.cn',
      'https://c.tiles.example.cn',
    ])
    expect(tileOrigins(tileProvider({ VITE_TILE_PROVIDER: 'tianditu' }))).toEqual([])
  })

  it('give the service worker a pattern for exactly those tiles', () => {
    const osm = tileUrlPattern(tileProvider({}))
    expect(osm.test('https://tile.openstreetmap.org/5/23/12.png')).toBe(true)
    expect(osm.test('https://tile.openstreetmap.org.evil.example/5/23/12.png')).toBe(false)
    expect(osm.test('https://example.org/?https://tile.openstreetmap.org/')).toBe(false)
    const tdt = tileUrlPattern(tileProvider({ VITE_TILE_PROVIDER: 'tianditu', VITE_TIANDITU_KEY: 'k' }))
    expect(tdt.test('https://t3.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS')).toBe(true)
    expect(tileUrlPattern(tileProvider({ VITE_TILE_PROVIDER: 'tianditu' })).test('https://t3.tianditu.gov.cn/x')).toBe(false)
  })
})

describe("the CDN's headers for a release (deploy/cdn-headers.ts)", () => {
  const build = (script: string, style: string) =>
    `<head><script>${script}</script><style>${style}</style></head><body><div id="app"></div></body>`
  const policyOf = (html: string) => contentSecurityPolicy({ hashes: inlineHashes(html), tileOrigins: ['https://tile.openstreetmap.org'] })
  const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `))!
  const [olderHtml, oldHtml, newHtml] = [build('start("older")', '.o{}'), build('start("old")', '.a{}'), build('start("new")', '.b{}')]

  it('allows the inline scripts and styles of both the live build and the new one, nothing else more', () => {
    const both = policyAllowingBoth(policyOf(newHtml), inlineHashes(oldHtml))
    expect(directive(both, 'script-src')).toBe(`script-src 'self' ${sha('start("new")')} ${sha('start("old")')}`)
    expect(directive(both, 'style-src-elem')).toBe(`style-src-elem 'self' ${sha('.b{}')} ${sha('.a{}')}`)
    // Every other directive is the new build's, unchanged.
    const others = (policy: string) => policy.split('; ').filter((d) => !/^(script-src|style-src-elem) /.test(d))
    expect(others(both)).toEqual(others(policyOf(newHtml)))
    // The same page twice (a content-only release with the same shell) lists each hash once.
    expect(policyAllowingBoth(policyOf(newHtml), inlineHashes(newHtml))).toBe(policyOf(newHtml))
  })

  const folder = (html: string) => {
    const root = mkdtempSync(join(tmpdir(), 'kpxj-cdn-'))
    mkdirSync(join(root, '_deploy'))
    writeFileSync(join(root, 'index.html'), html)
    writeFileSync(join(root, '_deploy/headers.json'), securityHeaderFiles(html, ['https://tile.openstreetmap.org'])['headers.json'])
    return root
  }

  it('reads the live build from its folder or its page on the site, never carrying older hashes on', async () => {
    const [oldDir, newDir] = [folder(oldHtml), folder(newHtml)]
    const headers = await cdnHeaders(newDir, oldDir)
    expect(headers['Content-Security-Policy']).toBe(policyAllowingBoth(policyOf(newHtml), inlineHashes(oldHtml)))
    expect(headers['X-Frame-Options']).toBe('DENY')
    // The live site sends a policy that still allows the build before it; only its page counts.
    const live = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(
        new Response(oldHtml, { headers: { 'content-security-policy': policyAllowingBoth(policyOf(oldHtml), inlineHashes(olderHtml)) } }),
      )
    const fromSite = await cdnHeaders(newDir, 'https://kepu.example.org.cn')
    expect(String(live.mock.calls[0]![0])).toBe('https://kepu.example.org.cn/index.html')
    expect(fromSite['Content-Security-Policy']).toBe(headers['Content-Security-Policy'])
    expect(fromSite['Content-Security-Policy']).not.toContain(sha('start("older")'))
    live.mockResolvedValue(new Response('<h1>登录</h1>', { status: 200 }))
    await expect(cdnHeaders(newDir, 'https://kepu.example.org.cn')).rejects.toThrow(/not the app's page/)
    live.mockRestore()
    await expect(cdnHeaders(join(newDir, 'nope'))).rejects.toThrow(/nope\/_deploy\/headers\.json: not found/)
    await expect(cdnHeaders(newDir, join(oldDir, 'gone'))).rejects.toThrow(/gone: not found/)
  })
})

describe('deploy/release.sh', () => {
  const RELEASE = fileURLToPath(new URL('../../deploy/release.sh', import.meta.url))

  it('runs NGINX as shell words (a path with a space stays one argument) and points current back when nginx refuses', () => {
    const root = realpathSync(mkdtempSync(join(tmpdir(), 'kpxj-release-')))
    const build = join(root, 'build')
    mkdirSync(join(build, '_deploy'), { recursive: true })
    writeFileSync(join(build, 'index.html'), '<!doctype html>')
    writeFileSync(join(build, '_deploy/security-headers.conf'), '')
    // A stand-in nginx in a folder with a space: it writes down its arguments, and fails when told to.
    const bin = join(root, 'my nginx')
    mkdirSync(bin)
    const fake = join(bin, 'nginx')
    writeFileSync(
      fake,
      '#!/bin/sh\nfor a in "$@"; do printf "[%s]" "$a"; done >>"$(dirname "$0")/calls"\necho >>"$(dirname "$0")/calls"\n[ -z "$FAIL" ]\n',
    )
    chmodSync(fake, 0o755)
    const prefix = join(root, 'my prefix')
    const site = join(root, 'site')
    const release = (name: string, env: Record<string, string> = {}) =>
      spawnSync('sh', [RELEASE, build, site, name], {
        encoding: 'utf8',
        env: { ...process.env, NGINX: `'${fake}' -p '${prefix}'`, ...env },
      })

    expect(release('r1').status).toBe(0)
    expect(readFileSync(join(bin, 'calls'), 'utf8')).toBe(`[-p][${prefix}][-t][-q]\n[-p][${prefix}][-s][reload]\n`)
    expect(readlinkSync(join(site, 'current'))).toBe(join(site, 'releases/r1'))
    expect(readFileSync(join(site, 'releases/r1/_deploy/root.conf'), 'utf8')).toContain(`root ${join(site, 'releases/r1')};`)

    const refused = release('r2', { FAIL: '1' })
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain('nginx -t failed')
    expect(readlinkSync(join(site, 'current'))).toBe(join(site, 'releases/r1'))
  })
})
