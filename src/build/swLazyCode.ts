/**
 * The new service worker's install step for the lazy chunks (Uyghur, Kazakh and English text, the Arabic-script
 * font, the roster parsers). They are not precached: each is kept in LAZY_CODE_CACHE once this device used it.
 * A release renames a chunk whose content changed, so after an update the old copy no longer matched, and a
 * Uyghur reader who next opened the app offline got it in Chinese. While it installs (online, by definition),
 * the new worker fetches the new name of every lazy file the device already has, as it precaches the rest.
 */
import type { Plugin } from 'vite'

import { LAZY_CODE_CACHE } from '../shared/constants'

/** The script's name beside sw.js (revalidated like it: no-cache, deploy/headers.ts). */
export const SW_LAZY_SCRIPT = 'sw-lazy.js'

/** Lazy files as the runtime cache's route in pwa.ts matches them (there a regex inside sw.js). */
const LAZY_FILE = /^assets\/(?:ical|rosterIcs|xlsxRoster|papaparse(?:\.min)?|ug|kk-Arab|en)-[\w-]+\.js$|^assets\/arabic-[\w-]+\.woff2$/

type LifecycleEvent = Event & { waitUntil(promise: Promise<unknown>): void }

/**
 * Runs inside the service worker, serialised by toString(): self-contained. Install: for every file of this
 * build whose stem (`ug`, `kk-Arab`…) the cache holds under another name, fetch and keep the new one; the
 * three roster parsers go together (a device that imported rosters gets the CSV parser too, which an older
 * build precached). Never fails the install: a file that cannot come now is fetched when first used, as
 * before. Activate: the old names of this build's files go (written around Workbox, they never expire).
 */
export function refreshLazyCode(
  scope: { addEventListener(type: 'install' | 'activate', listener: (event: LifecycleEvent) => void): void },
  cacheName: string,
  files: string[],
) {
  const stem = (path: string) => /^\/assets\/(.+)-[\w-]{8}\.(?:js|woff2)$/.exec(path)?.[1]
  const group = (path: string) => {
    const s = stem(path)
    return s === 'ical' || s === 'rosterIcs' || s === 'xlsxRoster' || s === 'papaparse.min' ? 'roster' : s
  }
  scope.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        try {
          const cache = await caches.open(cacheName)
          const current = new Set(files.map(stem))
          // Files of a name no build makes any more: ical.js's own chunk (78 KB) went into rosterIcs on 12-07.
          const retired = new Set(['ical'])
          const stale = (await cache.keys()).filter((request) => {
            const path = new URL(request.url).pathname
            return (current.has(stem(path)) || retired.has(stem(path) ?? '')) && !files.includes(path)
          })
          await Promise.all(stale.map((request) => cache.delete(request)))
        } catch {
          // Left for the next release.
        }
      })(),
    )
  })
  scope.addEventListener('install', (event) => {
    event.waitUntil(
      (async () => {
        try {
          const cache = await caches.open(cacheName)
          const have = new Set((await cache.keys()).map((request) => new URL(request.url).pathname))
          const used = new Set([...have].map(group).filter(Boolean))
          const wanted = files.filter((file) => !have.has(file) && used.has(group(file)))
          await Promise.all(
            wanted.map(async (file) => {
              const response = await fetch(file)
              // As codeOnlyPlugin: a host's error page under 200 is never kept as code.
              if (response.ok && /javascript|woff2/i.test(response.headers.get('content-type') ?? '')) await cache.put(file, response)
            }),
          )
        } catch {
          // Offline mid-install or storage refused: the files come when first used.
        }
      })(),
    )
  })
}

/** Writes sw-lazy.js with this build's lazy files; pwa.ts has Workbox import it into sw.js. */
export function swLazyCodePlugin(): Plugin {
  return {
    name: 'kpxj-sw-lazy-code',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((name) => LAZY_FILE.test(name))
        .map((name) => `/${name}`)
        .sort()
      this.emitFile({
        type: 'asset',
        fileName: SW_LAZY_SCRIPT,
        source: `(${refreshLazyCode.toString()})(self, ${JSON.stringify(LAZY_CODE_CACHE)}, ${JSON.stringify(files)});\n`,
      })
    },
  }
}
