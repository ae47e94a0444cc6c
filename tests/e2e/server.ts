/**
 * The end-to-end suite's static server: a build's files, and its index.html for every other path (as
 * `vite preview` answers). Files are read once and kept in memory, and nothing is compressed: `vite preview`
 * (a file check, a read and gzip on every request) spent 60–120 ms of CPU on a page load, about a twentieth
 * of the suite's CPU on two cores; this server 17–34 ms. Production headers and compression are the nginx
 * suite's (tests/nginx/).
 *
 * Usage: tsx tests/e2e/server.ts <dir> <port>
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { extname, join, relative, sep } from 'node:path'

import { IMMUTABLE, REVALIDATE } from '../../deploy/headers'

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.ics': 'text/calendar',
  '.csv': 'text/csv',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.txt': 'text/plain',
  '.xml': 'application/xml',
}

interface Entry {
  body: Buffer
  type: string
  etag: string
  modified: string
}

function load(dir: string): Map<string, Entry> {
  const files = new Map<string, Entry>()
  const walk = (folder: string) => {
    for (const name of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, name.name)
      if (name.isDirectory()) walk(path)
      else {
        const stat = statSync(path)
        files.set(`/${relative(dir, path).split(sep).join('/')}`, {
          body: readFileSync(path),
          type: TYPES[extname(path)] ?? 'application/octet-stream',
          etag: `W/"${stat.size}-${stat.mtimeMs.toFixed(0)}"`,
          modified: stat.mtime.toUTCString(),
        })
      }
    }
  }
  walk(dir)
  return files
}

const [dir, port] = process.argv.slice(2)
if (!dir || !port) throw new Error('usage: tsx tests/e2e/server.ts <dir> <port>')
const files = load(dir)
// The suite's own tool, fetched by the page under test (helpers.ts axeResults) rather than sent through
// Playwright: a path no build has.
files.set('/__e2e__/axe.min.js', {
  body: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js')),
  type: TYPES['.js']!,
  etag: 'W/"axe"',
  modified: new Date(0).toUTCString(),
})
const shell = files.get('/index.html')
if (!shell) throw new Error(`${dir}: no index.html (build it first)`)

createServer((req, res) => {
  let path = '/'
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
  } catch {
    // A malformed escape: answered with the app, as any other unknown path.
  }
  const hit = files.get(path)
  const entry = hit ?? files.get(`${path.replace(/\/$/, '')}/index.html`) ?? shell
  res.setHeader('content-type', entry.type)
  // As in production: a hashed asset never changes, so a page's next load in the same context takes it from
  // the browser's cache, with no request. Everything else is revalidated.
  res.setHeader('cache-control', hit && path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE)
  res.setHeader('etag', entry.etag)
  res.setHeader('last-modified', entry.modified)
  if (req.headers['if-none-match'] === entry.etag) {
    res.statusCode = 304
    res.end()
    return
  }
  res.setHeader('content-length', entry.body.length)
  res.end(req.method === 'HEAD' ? undefined : entry.body)
}).listen(Number(port))
