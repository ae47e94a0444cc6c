/**
 * The security headers to set in the CDN's response-header settings for a release on object storage
 * (deploy/README.md, step 7), printed as `name: value` lines:
 *
 *   npx tsx deploy/cdn-headers.ts --dist dist --previous https://kepu.example.org.cn
 *   npx tsx deploy/cdn-headers.ts --dist dist --previous old-dist/     (or a saved _deploy/headers.json)
 *
 * Why "previous": the policy names the build's inline scripts by hash. Set the new build's policy after the
 * upload and the new index.html meets the old policy for a while; set it before and the old index.html
 * meets the new one. Either way the page stays on 正在加载…, and a phone whose service worker updated then
 * keeps that copy until the next release. So set, before uploading, a policy that allows the inline
 * scripts and styles of both builds (the one live now, read from the site itself or its files); the next
 * release drops the older hashes in turn.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

import { DEPLOY_DIR } from '../src/build/securityHeaders'

/** The directives that list hashes: a source allowed by either policy is allowed by the result. */
const HASHED = ['script-src', 'style-src-elem']

/** `current`, with the hashed sources of `previous` added to its script and style element directives. */
export function policyAllowingBoth(current: string, previous: string): string {
  const sources = (policy: string) =>
    new Map(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name!.toLowerCase(), values] as const),
    )
  const before = sources(previous)
  return [...sources(current)]
    .map(([name, values]) => {
      const added = HASHED.includes(name)
        ? (before.get(name) ?? []).filter((v) => /^'sha(256|384|512)-/.test(v) && !values.includes(v))
        : []
      return [name, ...values, ...added].join(' ')
    })
    .join('; ')
}

type Headers = Record<string, string>

function appHeaders(path: string): Headers {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, DEPLOY_DIR, 'headers.json') : path
  if (!existsSync(file)) throw new Error(`${file}: not found (a build's ${DEPLOY_DIR}/headers.json, or the build folder)`)
  return (JSON.parse(readFileSync(file, 'utf8')) as { app: Headers }).app
}

async function livePolicy(origin: string): Promise<string> {
  const response = await fetch(new URL('/index.html', origin), { method: 'HEAD', cache: 'no-store' }).catch((error: Error) => {
    throw new Error(`${origin}: ${String((error.cause as Error | undefined)?.message ?? error.message)}`)
  })
  const policy = response.headers.get('content-security-policy')
  if (!response.ok || !policy) throw new Error(`${origin}: no Content-Security-Policy on /index.html (status ${response.status})`)
  return policy
}

/** The app's headers of the build in `dist`, its policy also allowing what `previous` allows. */
export async function cdnHeaders(dist: string, previous?: string): Promise<Headers> {
  const headers = { ...appHeaders(dist) }
  if (previous) {
    const old = /^https?:\/\//.test(previous) ? await livePolicy(previous) : appHeaders(previous)['Content-Security-Policy']!
    headers['Content-Security-Policy'] = policyAllowingBoth(headers['Content-Security-Policy']!, old)
  }
  return headers
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2)
  const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined)
  cdnHeaders(value('--dist') ?? 'dist', value('--previous')).then(
    (headers) =>
      process.stdout.write(
        Object.entries(headers)
          .map(([name, v]) => `${name}: ${v}\n`)
          .join(''),
      ),
    (error: Error) => {
      console.error(`cdn-headers: ${error.message}`)
      process.exit(1)
    },
  )
}
