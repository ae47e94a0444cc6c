/**
 * The one table of response headers per file of the built site, used by both ways of serving it:
 * deploy/nginx.ts renders it into the nginx site config, deploy/upload.ts sets it on every object it puts
 * into OSS/COS. tests/build/deploy.test.ts and the nginx e2e suite (tests/nginx/) check that nginx
 * really answers with it.
 *
 * Caching follows the vite-plugin-pwa deployment guide: hashed files never change, so they are kept a
 * year; everything whose name stays the same across releases (the HTML shell, the service worker, the
 * manifest, the data) is revalidated on every use (`no-cache` + ETag: a 304 when nothing changed).
 */

/** Content types by file extension (nginx's `types` block and the uploader's Content-Type). */
export const CONTENT_TYPES: Record<string, { type: string; text: boolean }> = {
  html: { type: 'text/html', text: true },
  js: { type: 'text/javascript', text: true },
  mjs: { type: 'text/javascript', text: true },
  css: { type: 'text/css', text: true },
  json: { type: 'application/json', text: true },
  map: { type: 'application/json', text: true },
  webmanifest: { type: 'application/manifest+json', text: true },
  ics: { type: 'text/calendar', text: true },
  geojson: { type: 'application/geo+json', text: true },
  txt: { type: 'text/plain', text: true },
  xml: { type: 'application/xml', text: true },
  // The web editor's generated config (/admin/config.yml) and the WebAssembly its script loads.
  yml: { type: 'text/yaml', text: true },
  wasm: { type: 'application/wasm', text: false },
  svg: { type: 'image/svg+xml', text: false },
  png: { type: 'image/png', text: false },
  jpg: { type: 'image/jpeg', text: false },
  jpeg: { type: 'image/jpeg', text: false },
  webp: { type: 'image/webp', text: false },
  ico: { type: 'image/x-icon', text: false },
  woff2: { type: 'font/woff2', text: false },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', text: false },
}

export const DEFAULT_CONTENT_TYPE = 'application/octet-stream'

/** What a path gets. `pattern` is written into nginx as a regex location, so keep it PCRE-compatible. */
export interface FileRule {
  name: string
  pattern: RegExp
  /** Cache-Control; absent for paths that are never served. */
  cacheControl?: string
  /** A missing file: 404 (data, code), the app (routes the app draws itself), or a folder's index.html, else 404. */
  missing?: 'not-found' | 'app' | 'folder-index'
  /** Which security headers: the app's strict policy, or the looser one of the /admin editor. */
  policy?: 'app' | 'admin'
  /**
   * Upload order: hashed files first, then the files that point at them, sw.js last (its precache list
   * names index.html's revision: a new worker that found the old index.html would keep it as the new one).
   */
  uploadStage?: number
  /** Never served nor uploaded (build-time files for the server, dotfiles such as .vite/manifest.json). */
  hidden?: true
}

export const IMMUTABLE = 'public, max-age=31536000, immutable'
export const REVALIDATE = 'no-cache'

/** First match wins, in nginx (regex locations in order) and in the uploader alike. */
export const FILE_RULES: FileRule[] = [
  { name: 'server-only files', pattern: /^\/(_deploy\/|\.|.*\/\.)/, hidden: true },
  { name: 'hashed assets', pattern: /^\/assets\//, cacheControl: IMMUTABLE, missing: 'not-found', policy: 'app', uploadStage: 1 },
  { name: 'data', pattern: /^\/data\//, cacheControl: REVALIDATE, missing: 'not-found', policy: 'app', uploadStage: 2 },
  // Not hashed but rarely changed; the service worker keeps its own revisioned copies anyway.
  { name: 'icons', pattern: /^\/icons\//, cacheControl: 'public, max-age=86400', missing: 'not-found', policy: 'app', uploadStage: 2 },
  // 排班表模板.xlsx, rebuilt with each release under the same name.
  { name: 'downloads', pattern: /^\/downloads\//, cacheControl: REVALIDATE, missing: 'not-found', policy: 'app', uploadStage: 2 },
  { name: 'admin editor', pattern: /^\/admin(\/|$)/, cacheControl: REVALIDATE, missing: 'folder-index', policy: 'admin', uploadStage: 3 },
  {
    name: 'service worker',
    pattern: /^\/(sw\.js|workbox-[\w-]+\.js)$/,
    cacheControl: REVALIDATE,
    missing: 'not-found',
    policy: 'app',
    uploadStage: 4,
  },
  // Imported by sw.js (src/build/swLazyCode.ts): revalidated like it, and a 404 when missing (the app's index.html
  // in its place failed every install). Before sw.js, which names it.
  {
    name: 'service worker step',
    pattern: /^\/sw-lazy\.js$/,
    cacheControl: REVALIDATE,
    missing: 'not-found',
    policy: 'app',
    uploadStage: 3,
  },
  { name: 'manifest', pattern: /^\/manifest\.webmanifest$/, cacheControl: REVALIDATE, missing: 'not-found', policy: 'app', uploadStage: 3 },
  { name: 'app shell', pattern: /^\/index\.html$/, cacheControl: REVALIDATE, missing: 'not-found', policy: 'app', uploadStage: 3 },
]

/** Everything else: other files at the root, and every route of the app (served index.html). */
export const FALLBACK_RULE: FileRule = {
  name: 'other files and app routes',
  pattern: /^\//,
  cacheControl: REVALIDATE,
  missing: 'app',
  policy: 'app',
  uploadStage: 3,
}

/** The rule for a URL path (`/assets/index-abc.js`). */
export function ruleFor(path: string): FileRule {
  return FILE_RULES.find((rule) => rule.pattern.test(path)) ?? FALLBACK_RULE
}

/** The Content-Type for a file name, with the charset for text. */
export function contentTypeFor(path: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? ''
  const known = CONTENT_TYPES[ext]
  if (!known) return DEFAULT_CONTENT_TYPE
  return known.text ? `${known.type}; charset=utf-8` : known.type
}

export interface FileHeaders {
  'Cache-Control': string
  'Content-Type': string
}

/** The headers a file of the site is served with, or null for files that are never served. */
export function headersFor(path: string): FileHeaders | null {
  const rule = ruleFor(path)
  if (rule.hidden || !rule.cacheControl) return null
  return { 'Cache-Control': rule.cacheControl, 'Content-Type': contentTypeFor(path) }
}
