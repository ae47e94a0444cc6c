/**
 * The map's tiles in the browser tests: an HTTPS server that answers every path with one picture (with
 * CORS, as the map asks), to which the test browser resolves the tile hosts (playwright.config.ts,
 * `chromiumArgs`). The app keeps its real tile URLs, and the page and its service worker fetch them as
 * they would from the provider.
 *
 * Why not page.route: one route on a page makes Playwright stop every request of that page — the app's
 * scripts, styles and data too — and answer it from the test process. That cost ~0.2 s of CPU a page
 * load, about a tenth of the suite's (measured on the weekend and languages suites: 220 → 196 s of CPU).
 * Tests that hold or fail tiles still route them; a route comes before the network.
 *
 * The certificate (tests/fixtures/tiles/cert.pem, self-signed for the tile hosts, valid until 2126) is
 * trusted by its key's hash alone (--ignore-certificate-errors-spki-list), so no other certificate
 * error is hidden. To make a new one:
 *   openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 36500 \
 *     -subj "/CN=kepu-xinjiang e2e tiles" \
 *     -addext "subjectAltName=DNS:tile.openstreetmap.org,DNS:*.tianditu.gov.cn,DNS:localhost" \
 *     -keyout tests/fixtures/tiles/key.pem -out tests/fixtures/tiles/cert.pem
 *
 * Usage: tsx tests/e2e/tileServer.ts <port>
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:https'

const [port] = process.argv.slice(2)
if (!port) throw new Error('usage: tsx tests/e2e/tileServer.ts <port>')
const fixture = (name: string) => readFileSync(new URL(`../fixtures/tiles/${name}`, import.meta.url))
const tile = fixture('tile.png')
createServer({ key: fixture('key.pem'), cert: fixture('cert.pem') }, (_req, res) => {
  res.writeHead(200, {
    'content-type': 'image/png',
    'content-length': tile.length,
    'access-control-allow-origin': '*',
    // As the route stubs before it: never in the browser's HTTP cache, so an offline reload cannot find a tile
    // there (the service worker's tile cache keeps its own copies).
    'cache-control': 'no-store',
  })
  res.end(tile)
}).listen(Number(port))
