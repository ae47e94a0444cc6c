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
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

import { renderNginxSite } from './nginx'

export interface LocalNginx {
  /** `.tmp/nginx-<port>`, nginx's prefix. */
  prefix: string
  /** `<prefix>/site`: a symlink to the served build, switched by release() as on a real server. */
  site: string
  conf: string
}

/** Writes a complete nginx.conf around the site config (no /etc, no system paths). */
export function prepareLocalNginx(dist: string, port: number, { tls = false } = {}): LocalNginx {
  const prefix = resolve(`.tmp/nginx-${port}`)
  const site = join(prefix, 'site')
  rmSync(prefix, { recursive: true, force: true })
  for (const dir of ['logs', 'temp']) mkdirSync(join(prefix, dir), { recursive: true })
  symlinkSync(resolve(dist), site)
  const server = renderNginxSite({
    root: site,
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
  return { prefix, site, conf }
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

const nginxArgs = (n: LocalNginx) => ['-p', n.prefix, '-c', n.conf, '-e', join(n.prefix, 'logs/error.log')]

/** Points the site at another build and reloads nginx, which re-reads that build's security headers. */
export function release(n: LocalNginx, dist: string) {
  rmSync(n.site)
  symlinkSync(resolve(dist), n.site)
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
