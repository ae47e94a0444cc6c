/**
 * The small scripts index.html runs before the app (src/boot/*.ts), compiled here into self-contained,
 * minified scripts for inlining: they are TypeScript like the rest, and share the app's own rules (which
 * tab is active, where a month shard lives, which saved language turns the page right to left) instead
 * of repeating them as string literals. Each module default-exports one function; the inlined script
 * calls it with JSON arguments. The Content-Security-Policy allows each by its hash (securityHeaders.ts).
 */
import { fileURLToPath } from 'node:url'

import { build, type Rolldown } from 'vite'

export type BootScript = 'prePaint' | 'activeTab' | 'mapPreview' | 'agendaPreview' | 'routeHints' | 'start'

const compiled = new Map<BootScript, Promise<string>>()

async function compile(name: BootScript): Promise<string> {
  const entry = fileURLToPath(new URL(`../boot/${name}.ts`, import.meta.url))
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    // Its own small bundle: none of the app's plugins, no public folder, nothing written to disk.
    publicDir: false,
    build: { write: false, minify: true, target: 'es2020', lib: { entry, formats: ['iife'], name: 'kpxjBoot' } },
  })
  const output = (Array.isArray(result) ? result[0] : result) as Rolldown.RolldownOutput
  return output.output[0].code.trim()
}

/** The script that runs boot module `name` with `args`, ready to go between <script> tags. */
export async function bootScript(name: BootScript, ...args: unknown[]): Promise<string> {
  if (!compiled.has(name)) compiled.set(name, compile(name))
  const code = await compiled.get(name)!
  // `<` escaped so no argument can close the <script> element early.
  const call = `kpxjBoot(${args.map((a) => JSON.stringify(a).replace(/</g, '\\u003c')).join(',')})`
  // A function scope keeps the bundle's global name off window.
  return `(function(){${code};${call}})()`
}
