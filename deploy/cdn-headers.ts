/**
 * The security headers to set in the CDN's response-header settings for a release on object storage
 * (deploy/README.md, step 7), printed as `name: value` lines:
 *
 *   npx tsx deploy/cdn-headers.ts --dist dist --previous https://kepu.example.org.cn
 *   npx tsx deploy/cdn-headers.ts --dist dist --previous old-dist/     (the live build's folder)
 *
 * Why "previous": the policy names the build's inline scripts by hash. Set the new build's policy after the
 * upload and the new index.html meets the old policy for a while; set it before and the old index.html
 * meets the new one. Either way the page stays on 正在加载…, and a phone whose service worker updated then
 * keeps that copy until the next release. So set, before uploading, a policy that allows the inline
 * scripts and styles of both builds (the one live now read from its page, on the site or in its folder);
 * the next release's policy names only that release's page and the one live then.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

import { DEPLOY_DIR, type InlineHashes, inlineHashes } from '../src/build/securityHeaders'

/** `current` with the previous build's hashes added to the directives that list them. */
export function policyAllowingBoth(current: string, previous: InlineHashes): string {
  const added: Record<string, string[]> = { 'script-src': previous.scripts, 'style-src-elem': previous.styles }
  return current
    .split('; ')
    .map((directive) => {
      const [name = '', ...values] = directive.split(' ')
      return [name, ...values, ...(added[name] ?? []).filter((hash) => !values.includes(hash))].join(' ')
    })
    .join('; ')
}

type Headers = Record<string, string>

function appHeaders(dist: string): Headers {
  const file = join(dist, DEPLOY_DIR, 'headers.json')
  if (!existsSync(file)) throw new Error(`${file}: not found (is ${dist} a build of the site?)`)
  return (JSON.parse(readFileSync(file, 'utf8')) as { app: Headers }).app
}

/**
 * The inline scripts and styles of the build live now, from its page: the live site's /index.html, or a
 * build folder's. Not from the live policy: that already allows the build before it, and each release would
 * carry every older hash on.
 */
async function previousHashes(previous: string): Promise<InlineHashes> {
  if (!/^https?:\/\//.test(previous)) {
    const file = existsSync(previous) && statSync(previous).isDirectory() ? join(previous, 'index.html') : previous
    if (!existsSync(file)) throw new Error(`${file}: not found (the live build's folder or its index.html)`)
    return inlineHashes(readFileSync(file, 'utf8'))
  }
  const response = await fetch(new URL('/index.html', previous), { cache: 'no-store' }).catch((error: Error) => {
    throw new Error(`${previous}: ${String((error.cause as Error | undefined)?.message ?? error.message)}`)
  })
  const html = await response.text()
  if (!response.ok || !html.includes('<div id="app"'))
    throw new Error(`${previous}/index.html: not the app's page (status ${response.status})`)
  return inlineHashes(html)
}

/** The app's headers of the build in `dist`, its policy also allowing the page of `previous`. */
export async function cdnHeaders(dist: string, previous?: string): Promise<Headers> {
  const headers = { ...appHeaders(dist) }
  if (previous) headers['Content-Security-Policy'] = policyAllowingBoth(headers['Content-Security-Policy']!, await previousHashes(previous))
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
