/**
 * Serves a built site with the real nginx config on a local port, in the foreground, touching nothing
 * outside the project: config, pid, logs and temp files live in `.tmp/nginx-<port>/`. Used by the nginx
 * end-to-end suite (playwright.nginx.config.ts) and handy to try a build as the server will serve it:
 *
 *   npx tsx deploy/local.ts dist 8080      then open http://localhost:8080/
 *   npx tsx deploy/local.ts dist 8443 --tls  HTTPS and HTTP/2 with a throwaway certificate
 *
 * Needs Debian's nginx (`apt-get install nginx-light` or `nginx`).
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { renderNginxSite } from './nginx'

export interface LocalNginx {
  /** `.tmp/nginx-<port>`, nginx's prefix. */
  prefix: string
  /** `<prefix>/site`: releases/ and the `current` link, kept by deploy/release.sh as on a real server. */
  site: string
  conf: string
}

/** Writes a complete nginx.conf around the site config (no /etc, no system paths). */
export function prepareLocalNginx(dist: string, port: number, { tls = false } = {}): LocalNginx {
  const prefix = resolve(`.tmp/nginx-${port}`)
  const site = join(prefix, 'site')
  rmSync(prefix, { recursive: true, force: true })
  for (const dir of ['logs', 'temp']) mkdirSync(join(prefix, dir), { recursive: true })
  const server = renderNginxSite({
    root: join(site, 'current'),
    serverName: 'localhost',
    port,
    tls,
    redirectHttp: false,
    ...(tls ? selfSigned(prefix) : {}),
  })
  // As root the workers would run as "nobody", who may not read the project folder.
  const user = process.getuid?.() === 0 ? 'user root root;\n' : ''
  const conf = join(prefix, 'nginx.conf')
  writeFileSync(
    conf,
    `${user}worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 256; }
http {
    access_log ${prefix}/logs/access.log;
    client_body_temp_path ${prefix}/temp/body;
    proxy_temp_path ${prefix}/temp/proxy;
    fastcgi_temp_path ${prefix}/temp/fastcgi;
    uwsgi_temp_path ${prefix}/temp/uwsgi;
    scgi_temp_path ${prefix}/temp/scgi;
    sendfile on;
${server.replace(/^/gm, '    ')}
}
`,
  )
  const n = { prefix, site, conf }
  release(n, dist, { reload: false })
  return n
}

/**
 * A throwaway certificate for localhost, so a local run can speak HTTPS and HTTP/2 as the real server does
 * (measurements over plain HTTP/1.1 count six connections' worth of round trips the site never pays).
 * Browsers must be told to accept it (Chromium: --ignore-certificate-errors).
 */
function selfSigned(prefix: string) {
  const certificate = join(prefix, 'localhost.crt')
  const certificateKey = join(prefix, 'localhost.key')
  const r = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost',
      '-keyout',
      certificateKey,
      '-out',
      certificate,
    ],
    { encoding: 'utf8' },
  )
  if (r.status !== 0) throw new Error(`openssl could not make a local certificate: ${r.stderr}`)
  return { certificate, certificateKey }
}

const shellQuote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`
const nginxArgs = (n: LocalNginx) => ['-p', n.prefix, '-c', n.conf, '-e', join(n.prefix, 'logs/error.log')]

let releases = 0

/**
 * Releases a build as on the server, with deploy/release.sh: copied to a release folder of its own,
 * `current` switched to it, and (unless `reload: false`) nginx reloaded, which puts it live.
 */
export function release(n: LocalNginx, dist: string, { reload = true } = {}) {
  const name = `${Date.now()}-${++releases}`
  const args = [...(reload ? [] : ['--no-reload']), resolve(dist), n.site, name]
  const r = spawnSync('sh', [RELEASE_SCRIPT, ...args], {
    encoding: 'utf8',
    // Shell words (release.sh evals them): a project path with a space stays one argument.
    env: { ...process.env, NGINX: ['nginx', ...nginxArgs(n)].map(shellQuote).join(' ') },
  })
  if (r.status !== 0) throw new Error(`deploy/release.sh failed: ${r.stderr}`)
}

const RELEASE_SCRIPT = fileURLToPath(new URL('release.sh', import.meta.url))

/** `nginx -s reload`: what puts a release made with `reload: false` live. */
export function reloadNginx(n: LocalNginx) {
  const r = spawnSync('nginx', [...nginxArgs(n), '-s', 'reload'], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`nginx reload failed: ${r.stderr}`)
}

/** Starts nginx in the foreground; resolves with the child once the config test has passed. */
export function startLocalNginx(n: LocalNginx) {
  const test = spawnSync('nginx', [...nginxArgs(n), '-t', '-q'], { encoding: 'utf8' })
  if (test.status !== 0) throw new Error(`nginx -t failed (is the site built, with _deploy/?):\n${test.stderr}`)
  return spawn('nginx', [...nginxArgs(n), '-g', 'daemon off;'], { stdio: 'inherit' })
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2)
  const tls = args.includes('--tls')
  const [dist = 'dist', port = '8080'] = args.filter((a) => a !== '--tls')
  const child = startLocalNginx(prepareLocalNginx(dist, Number(port), { tls }))
  console.log(`nginx serves ${dist} at ${tls ? 'https' : 'http'}://localhost:${port}/ (Ctrl-C stops it)`)
  // Playwright and Ctrl-C stop this script: stop nginx with it (a fast shutdown).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill('SIGTERM'))
  child.on('exit', (code) => process.exit(code ?? 0))
}
