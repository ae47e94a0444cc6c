/**
 * V8's explicit compile hint, `//# allFunctionsCalledOnLoad` (Chrome 136 and later), on the chunks every
 * page runs as it starts: the app's entry and the chunks it imports statically (Vue's runtime, the router,
 * the stores). Without it V8 compiles a function the first time it is called, on the main thread, one by
 * one; on a first visit that was much of the entry's evaluation and of the app's mount, two of the long
 * tasks after the first paint. With it V8 compiles these files while they stream in, on a background
 * thread. Route chunks stay lazy: most of their functions run only on a tap, and hinting them as well was
 * no better (README, "V8 compiles the start-up chunks…"). Other engines read the line as a comment.
 */
import { resolve } from 'node:path'

import type { Plugin, Rollup } from 'vite'

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad'

interface ChunkNode {
  fileName: string
  imports: readonly string[]
  isEntry: boolean
  facadeModuleId: string | null
}

const slashes = (path: string) => path.replace(/\\/g, '/')

/** The chunks a page load runs before any route: the chunk of the app's HTML page and its static imports. */
export function startupChunks<C extends ChunkNode>(chunks: readonly C[], html: string): C[] {
  const entry = chunks.find((c) => c.isEntry && c.facadeModuleId !== null && slashes(c.facadeModuleId) === slashes(html))
  if (!entry) return []
  const byName = new Map(chunks.map((c) => [c.fileName, c]))
  const seen = new Set<C>()
  const visit = (chunk: C) => {
    if (seen.has(chunk)) return
    seen.add(chunk)
    for (const name of chunk.imports) {
      const imported = byName.get(name)
      if (imported) visit(imported)
    }
  }
  visit(entry)
  return [...seen]
}

export function compileHintsPlugin(): Plugin {
  // The app's page, not another HTML file that a build may have (/admin's editor is emitted as a file today).
  let html = ''
  // File names as the chunks are rendered (hashes still placeholders), found once the chunk graph is known.
  let hinted: Set<string> | undefined
  return {
    name: 'kpxj:compile-hints',
    apply: 'build',
    configResolved(config) {
      html = resolve(config.root, 'index.html')
    },
    renderStart() {
      hinted = undefined
    },
    renderChunk(_code, _chunk, _options, meta) {
      hinted ??= new Set(startupChunks(Object.values(meta.chunks), html).map((c) => c.fileName))
      return null
    },
    // The minifier drops comments, so the line goes in after it (below); the hint still goes into the file
    // name's hash, or a browser could keep a copy cached under the same name without it, whose bytes then fail
    // the service worker's integrity check.
    augmentChunkHash(chunk) {
      return hinted?.has(chunk.fileName) ? COMPILE_HINT : undefined
    },
    // After every other plugin has written its part of the code: the hint must be the file's first line. The
    // service worker's precache integrity is taken later, from the files on disk.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk')
        for (const chunk of startupChunks(chunks, html)) {
          if (chunk.code.startsWith(COMPILE_HINT)) continue
          chunk.code = `${COMPILE_HINT}\n${chunk.code}`
          // A source map's lines move down by one: an empty first line in its mappings.
          if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`
        }
      },
    },
  }
}
