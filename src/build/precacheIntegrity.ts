/**
 * Subresource integrity for every precached file. The service worker installs over whatever network the
 * person is on: a captive portal or a cut-off transfer can answer 200 with a login page or half a file,
 * and Workbox would store it as the app's offline copy. With the file's SHA-384 in the precache manifest,
 * the browser refuses such a body, the install fails and is retried later, and the previous offline copy
 * stays in use. (Runtime-cached data is checked by shape instead: see jsonOnlyPlugin.)
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

import type { Plugin } from 'vite'

interface ManifestEntry {
  url: string
  revision: string | null
  size: number
  integrity?: string
}

/** `sha384-…` of a file's bytes, as a browser computes it for a fetch with `integrity`. */
export function integrityOf(bytes: Buffer): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`
}

/**
 * A Vite plugin that learns the build's output folder, and a Workbox manifest transform that adds each
 * precached file's integrity. The folder comes from the resolved config, so `--outDir` is honoured.
 */
export function precacheIntegrity(): { plugin: Plugin; transform: (entries: ManifestEntry[]) => { manifest: ManifestEntry[] } } {
  let outDir = 'dist'
  return {
    plugin: {
      name: 'kpxj-precache-integrity',
      configResolved(config) {
        outDir = resolve(config.root, config.build.outDir)
      },
    },
    transform: (entries) => ({
      manifest: entries.map((entry) => ({ ...entry, integrity: integrityOf(readFileSync(join(outDir, decodeURI(entry.url)))) })),
    }),
  }
}
