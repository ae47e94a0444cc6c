/**
 * Security headers of the production site, generated at build time (issue 14). The Content-Security-Policy
 * allows each inline script of the built index.html by its SHA-256 hash (src/build/appShell.ts writes
 * them, and their text changes with every build because they name hashed files), and the tile hosts of
 * the build's provider (src/shared/tiles.ts). The plugin writes them for the server next to the site:
 *
 *   <outDir>/_deploy/security-headers.conf        nginx `add_header` lines for the app (deploy/nginx.conf)
 *   <outDir>/_deploy/admin-security-headers.conf  the same for /admin, with a looser policy
 *   <outDir>/_deploy/headers.json                 the same as data, for a CDN's response-header settings
 *
 * `_deploy/` is never served (deploy/nginx.conf answers 404) nor uploaded (deploy/upload.ts).
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

import type { Plugin } from 'vite'

export const DEPLOY_DIR = '_deploy'

export interface InlineHashes {
  scripts: string[]
  styles: string[]
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/** Script types a browser runs (and so checks against script-src); JSON data blocks are not run. */
const RUNNABLE = /^(|module|text\/javascript|application\/javascript)$/i

/** The hash of every inline <script> and <style> in the HTML, over their exact text as served. */
export function inlineHashes(html: string): InlineHashes {
  const scripts: string[] = []
  const styles: string[] = []
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1] ?? ''
    if (/\ssrc\s*=/i.test(attrs)) continue
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? ''
    if (RUNNABLE.test(type)) scripts.push(sha256(m[2]!))
  }
  for (const m of html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style\s*>/gi)) styles.push(sha256(m[2]!))
  // An inline event handler (onload="…") can only be allowed by 'unsafe-hashes': keep them out instead.
  const markup = html.replace(/<(script|style)(\s[^>]*)?>[\s\S]*?<\/\1\s*>/gi, '')
  const handler = /<[a-z][^>]*\son[a-z]+\s*=/i.exec(markup)
  if (handler) throw new Error(`index.html: inline event handler in "${handler[0].slice(0, 80)}" is blocked by the Content-Security-Policy`)
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] }
}

export interface PolicyOptions {
  hashes: InlineHashes
  /** Origins the map's tiles come from (tileOrigins() of the build's provider). */
  tileOrigins: string[]
}

const join_ = (directives: [string, ...string[]][]) => directives.map((d) => d.join(' ')).join('; ')

/** The app's policy: nothing runs or loads that the build did not put there, except the map's tiles. */
export function contentSecurityPolicy({ hashes, tileOrigins }: PolicyOptions): string {
  return join_([
    ['default-src', "'self'"],
    ['script-src', "'self'", ...hashes.scripts],
    // Style attributes must stay allowed: Leaflet and markercluster write style="…" into markup they build
    // as HTML, and Vue writes static style attributes as HTML for large static trees. An injected style
    // can restyle the page but cannot run code or send data out (img-src and connect-src still hold).
    // Browsers that know style-src-elem/-attr (Chrome 75, Safari 15.4, Firefox 108) get the stricter
    // split: no inline <style> element except the hashed one in index.html.
    ['style-src', "'self'", "'unsafe-inline'"],
    ['style-src-elem', "'self'", ...hashes.styles],
    ['style-src-attr', "'unsafe-inline'"],
    // data: for the marker icons Vite inlines; blob: for images the app makes itself.
    ['img-src', "'self'", 'data:', 'blob:', ...tileOrigins],
    // The service worker fetches tiles into its cache: sw.js is bound by the policy sent with it.
    ['connect-src', "'self'", ...tileOrigins],
    ['font-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['frame-ancestors', "'none'"],
    ['form-action', "'self'"],
  ])
}

/**
 * For /admin only (the web editor, src/build/editor/): Decap CMS compiles its config validator with
 * `new Function` ('unsafe-eval') and styles its React components with inline <style> elements. It talks
 * to the office's Forgejo only (`editorOrigin`, from CMS_FORGEJO_URL), loads no script from elsewhere,
 * cannot be framed nor post forms elsewhere. The app's own policy above is unaffected.
 */
export function adminContentSecurityPolicy(editorOrigin?: string): string {
  const git = editorOrigin ? [editorOrigin] : []
  return join_([
    ['default-src', "'self'"],
    ['script-src', "'self'", "'unsafe-eval'"],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:', ...git],
    ['connect-src', "'self'", ...git],
    ['font-src', "'self'", 'data:'],
    ['frame-src', "'self'", 'blob:'],
    ['worker-src', "'self'", 'blob:'],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['frame-ancestors', "'none'"],
    ['form-action', "'self'", ...git],
  ])
}

/** Every security header, in the order they are sent. */
export function securityHeaders(csp: string): [string, string][] {
  return [
    ['Content-Security-Policy', csp],
    ['X-Content-Type-Options', 'nosniff'],
    // Sends the origin (not the path) to the tile servers, as OpenStreetMap's tile usage policy asks.
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    // Only the page itself may ask for the location ("附近的科普场馆"); everything else is off.
    [
      'Permissions-Policy',
      'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), accelerometer=(), gyroscope=(), magnetometer=()',
    ],
    // A year of HTTPS only. Not includeSubDomains: other hosts of the domain may not have HTTPS yet.
    ['Strict-Transport-Security', 'max-age=31536000'],
    // For old WebViews that ignore frame-ancestors.
    ['X-Frame-Options', 'DENY'],
  ]
}

/** nginx `add_header` lines; `always` so 404s and errors carry them too. */
export function nginxHeaderLines(headers: [string, string][]): string {
  return headers.map(([name, value]) => `add_header ${name} "${value.replace(/["\\]/g, '\\$&')}" always;`).join('\n') + '\n'
}

export interface SecurityHeaderFiles {
  'security-headers.conf': string
  'admin-security-headers.conf': string
  'headers.json': string
}

/** The files written into `<outDir>/_deploy/` for one built index.html. */
export function securityHeaderFiles(html: string, tileOrigins: string[], editorOrigin?: string): SecurityHeaderFiles {
  const app = securityHeaders(contentSecurityPolicy({ hashes: inlineHashes(html), tileOrigins }))
  const admin = [...securityHeaders(adminContentSecurityPolicy(editorOrigin)), ['X-Robots-Tag', 'noindex'] as [string, string]]
  const note = '# Generated by `vite build` (src/build/securityHeaders.ts) for this build. Do not edit.\n'
  return {
    'security-headers.conf': note + nginxHeaderLines(app),
    'admin-security-headers.conf': note + nginxHeaderLines(admin),
    'headers.json': JSON.stringify({ app: Object.fromEntries(app), admin: Object.fromEntries(admin) }, null, 2) + '\n',
  }
}

/** Vite plugin: after the build has written index.html, writes its security headers into `_deploy/`. */
export function securityHeadersPlugin(options: { tileOrigins: string[]; editorOrigin?: string }): Plugin {
  let outDir = ''
  return {
    name: 'kpxj-security-headers',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      // A failed bundle has no index.html: let its own error be the one reported.
      if (!existsSync(join(outDir, 'index.html'))) return
      const files = securityHeaderFiles(readFileSync(join(outDir, 'index.html'), 'utf8'), options.tileOrigins, options.editorOrigin)
      mkdirSync(join(outDir, DEPLOY_DIR), { recursive: true })
      for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, DEPLOY_DIR, name), text)
    },
  }
}
