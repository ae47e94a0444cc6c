/**
 * Vite plugin: compiles content/ at build start (failing the build on any problem), emits the data
 * files into dist/, and serves them from memory during development, recompiling when content changes.
 */
import { resolve } from 'node:path'

import type { Plugin, ViteDevServer } from 'vite'

import type { Catalog } from '../shared/types'
import { checkContent } from './compile'
import { demoEnabled } from './demo'
import { formatProblem } from './errors'
import { renderDataFiles } from './opendata'

export interface ContentPluginOptions {
  /** Defaults to `<root>/content`. */
  contentDir?: string
  /** Absolute site origin for links inside the iCalendar feed (env SITE_ORIGIN). */
  origin?: string
  /** Build in the demo data set (sample rosters); default `KEPU_DEMO`, else on for `vite` and off for `vite build`. */
  demo?: boolean
}

/** What the content plugin offers the build's other plugins (Vite's plugin `api`). */
export interface ContentPluginApi {
  /** The compiled catalog, once the build has started; null before, or when content/ has problems. */
  catalog(): Catalog | null
}

export function contentPlugin(options: ContentPluginOptions = {}): Plugin<ContentPluginApi> & { api: ContentPluginApi } {
  let root = process.cwd()
  let contentDir = ''
  let demo = false
  let files = new Map<string, string>()
  let problems: string[] = []
  let catalog: Catalog | null = null

  const compile = () => {
    const result = checkContent({ contentDir, rootDir: root, demo })
    problems = result.problems.map(formatProblem)
    catalog = result.compiled?.catalog ?? null
    if (result.compiled) files = renderDataFiles(result.compiled, { origin: options.origin })
  }

  return {
    name: 'kpxj-content',
    api: { catalog: () => catalog },
    configResolved(config) {
      root = config.root
      contentDir = resolve(root, options.contentDir ?? 'content')
      demo = options.demo ?? demoEnabled(config.command)
    },
    buildStart() {
      compile()
      if (problems.length > 0) this.error(`content/ 内容有 ${problems.length} 处问题：\n${problems.join('\n')}`)
    },
    generateBundle() {
      for (const [path, source] of files) this.emitFile({ type: 'asset', fileName: path.slice(1), source })
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(contentDir)
      const onChange = (file: string) => {
        if (!file.startsWith(contentDir)) return
        compile()
        if (problems.length > 0) server.config.logger.error(problems.join('\n'))
        server.ws.send({ type: 'full-reload' })
      }
      server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange)
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!
        if (!path.startsWith('/data/')) return next()
        if (problems.length > 0) {
          res.statusCode = 500
          res.setHeader('content-type', 'text/plain; charset=utf-8')
          res.end(problems.join('\n'))
          return
        }
        const body = files.get(path)
        if (body === undefined) return next()
        const type = path.endsWith('.ics') ? 'text/calendar' : path.endsWith('.geojson') ? 'application/geo+json' : 'application/json'
        res.setHeader('content-type', `${type}; charset=utf-8`)
        res.end(body)
      })
    },
  }
}
