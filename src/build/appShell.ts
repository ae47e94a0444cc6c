/**
 * The static app shell: the tab bar and a "正在加载…" line, written into index.html at build time so the
 * phone paints something useful before the JavaScript has downloaded and run (at 4× CPU slowdown that is
 * half a second). Vue's mount replaces it with the same markup (TheTabBar.vue, App.vue), styled by the
 * same global rules in src/styles/shell.css.
 *
 * Also writes early download hints, so that nothing waits for the entry script to run before it is
 * requested: the current route's page chunk (with its imports and CSS), and on /calendar the month
 * shards the agenda will ask for. The scripts themselves are TypeScript in src/boot/.
 */
import '../i18n/zh-CN/calendar'

import type { IndexHtmlTransformContext, Plugin } from 'vite'

import type { AgendaPreviewOptions } from '../boot/agendaPreview'
import type { MapPreviewOptions } from '../boot/mapPreview'
import type { PackedRouteHints } from '../boot/routeHints'
import { TABS } from '../components/tabs'
import { openingPoints, PHONE_MAP_BOX } from '../features/map/firstView'
import { type MessageKey, t } from '../i18n'
import { ROUTE_TABLE } from '../router/routeTable'
import { PHONE_AGENDA_BOX } from '../shared/agendaHead'
import type { TileProvider } from '../shared/tiles'
import type { Catalog, LatLng } from '../shared/types'
import { bootScript } from './bootScripts'

const MARKER = '<!--app-shell-->'
const PRE_PAINT_MARKER = '<!--pre-paint-->'
const CHARSET = /<meta charset="UTF-8" \/>/

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

const message = (key: MessageKey) => escapeHtml(t(key))

type OutputBundle = NonNullable<IndexHtmlTransformContext['bundle']>
type OutputChunk = NonNullable<IndexHtmlTransformContext['chunk']>

/** `/venues/:id` → `^/venues/[^/]+$`; the catch-all route gets no hint. */
function pathPattern(path: string): string | null {
  if (path.includes('(')) return null
  return `^${path.replace(/:\w+/g, '[^/]+')}$`
}

/** Pages whose first screen loads from other origins (the map's tiles): connected to at once. */
export interface RouteHintOptions {
  preconnect?: Record<string, string[]>
}

export interface AppShellOptions extends RouteHintOptions {
  /** The map's opening tiles drawn in the shell on /map (src/boot/mapPreview.ts): the build's provider and catalog. */
  mapPreview?: { tiles: TileProvider; catalog: () => Catalog | null }
  /** The agenda's first day drawn in the shell on /calendar (src/boot/agendaPreview.ts): the build's catalog. */
  agendaPreview?: { catalog: () => Catalog | null }
}

/**
 * Inlined after the shell: draws the map's box that src/boot/mapPreview.ts prepared in <head> into it. Plain
 * JavaScript: a boot module exports one function, and this is one call.
 */
export const MAP_PREVIEW_ATTACH = "window.__kpxjBootMap&&window.__kpxjBootMap(document.querySelector('#app .shell'))"

/** Inlined after the shell: draws the agenda's first day (src/boot/agendaPreview.ts) once its file is in. */
export const AGENDA_PREVIEW_ATTACH = 'window.__kpxjBootAgenda&&window.__kpxjBootAgenda()'

/**
 * mapPreview's arguments for a catalog: the opening view's corners (fitView needs no more), the layers, and
 * where the box is. A build without tiles, or without a place to show, draws nothing.
 */
export function mapPreviewOptions(tiles: TileProvider, catalog: Pick<Catalog, 'venues' | 'regions'>): MapPreviewOptions | null {
  const points = openingPoints(catalog.venues, catalog.regions)
  if (tiles.id === 'none' || !points.length) return null
  const corner = (pick: (...values: number[]) => number): LatLng => ({
    lat: pick(...points.map((p) => p.lat)),
    lng: pick(...points.map((p) => p.lng)),
  })
  return {
    points: [corner(Math.min), corner(Math.max)],
    layers: [tiles.url, ...(tiles.overlayUrl ? [tiles.overlayUrl] : [])],
    ...(tiles.subdomains ? { subdomains: tiles.subdomains } : {}),
    maxZoom: tiles.maxZoom,
    box: PHONE_MAP_BOX,
  }
}

/**
 * For each route, the files its page needs beyond what index.html already loads: the page chunk, its
 * static imports (transitively) and their CSS; and the origins to preconnect to (`https://…` entries).
 * Files are named within /assets/ (the boot script adds it): ~200 entries in index.html, whose bytes count
 * in the precache and the first load. Lazy parts inside a page stay lazy: Leaflet was fetched with /map's
 * page until the page drew the opening tiles itself (MapStage); since then its 59 KB only competed with
 * the page and those tiles for a slow connection.
 */
export function routeHints(bundle: OutputBundle, options: RouteHintOptions = {}): [string, string[]][] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk')
  const entry = chunks.find((c) => c.isEntry)
  const preloaded = new Set([entry?.fileName, ...(entry?.imports ?? [])])
  const byFile = new Map(chunks.map((c) => [c.fileName, c]))
  const hints: [string, string[]][] = []
  for (const { path, view } of ROUTE_TABLE) {
    const pattern = pathPattern(path)
    const page = chunks.find((c) => c.facadeModuleId?.endsWith(`/src/views/${view}.vue`))
    if (!pattern || !page) continue
    const files = new Set<string>()
    const visit = (chunk: OutputChunk) => {
      if (preloaded.has(chunk.fileName) || files.has(chunk.fileName)) return
      files.add(chunk.fileName)
      for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css)
      for (const dep of chunk.imports) visit(byFile.get(dep)!)
    }
    visit(page)
    hints.push([pattern, [...(options.preconnect?.[view] ?? []), ...[...files].map((f) => f.replace(/^assets\//, ''))]])
  }
  return hints
}

/** routeHints() as the boot script takes them (PackedRouteHints): each file once, routes by index. */
export function packRouteHints(hints: [string, string[]][]): PackedRouteHints {
  const files = [...new Set(hints.flatMap(([, list]) => list))]
  const index = new Map(files.map((file, i) => [file, i]))
  return { files, routes: hints.map(([pattern, list]) => [pattern, list.map((file) => index.get(file)!)]) }
}

/** `afterShell`: boot scripts that work on the shell's markup (the active tab, the map's tiles). */
export function renderAppShell(activeTabScript: string, ...afterShell: string[]): string {
  const tabs = TABS.map(
    (tab) =>
      `<li><a href="${tab.to}" class="tab"${tab.also ? ` data-also="${tab.also.join(' ')}"` : ''}>` +
      `<svg class="tab-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="${tab.icon}"></path></svg>` +
      (tab.elderLabel
        ? `<span class="tab-std">${message(tab.label)}</span><span class="tab-elder">${message(tab.elderLabel)}</span>`
        : `<span>${message(tab.label)}</span>`) +
      `</a></li>`,
  ).join('')
  return (
    `<div class="shell">` +
    `<nav class="tabbar shell-nav" aria-label="${message('nav.label')}">` +
    `<p class="tabbar-brand" aria-hidden="true">${message('app.name')}</p>` +
    `<ul class="list-reset tabbar-list">${tabs}</ul></nav>` +
    `<div class="shell-body"><main id="main" tabindex="-1"><div class="page">` +
    `<p class="muted loading" role="status"><span class="spinner" aria-hidden="true"></span>${message('app.loading')}</p>` +
    // Without JavaScript the loading line would spin forever; say what is wrong instead.
    `<noscript><style>.loading{display:none}</style><p class="notice">${message('app.noScript')}</p></noscript>` +
    `</div></main></div></div>` +
    [activeTabScript, ...afterShell]
      .filter(Boolean)
      .map((script) => `<script>${script}</script>`)
      .join('')
  )
}

const ENTRY_TAG = /<script type="module" crossorigin src="(\/assets\/index-[\w-]+\.js)"><\/script>/

/**
 * Runs the app's entry script only after the browser has painted the static shell (src/boot/start.ts
 * says why); the entry is still fetched at once (modulepreload).
 */
/**
 * Said in the loading line when the engine cannot read the app's code. Only ever in index.html, before any
 * language is loaded: Chinese, as the static shell's other words (the app's dictionaries do not carry it).
 */
export const OLD_BROWSER = '这个浏览器版本太旧，打不开本应用：请更新浏览器，或换用新版浏览器打开。'

/**
 * A classic script (ES5: it must run where the app cannot): at DOMContentLoaded every module script has run,
 * so no start flag means the engine could not run modules of this age at all (no modules, or no `?.`). The
 * loading line then says so, instead of 正在加载… for ever.
 */
export const oldBrowserCheck = (message: string) =>
  `document.addEventListener('DOMContentLoaded',function(){if(!window.__kpxjStart){var l=document.querySelector('#app .loading');if(l)l.textContent=${JSON.stringify(message).replace(/</g, '\\u003c')}}})`

export function paintBeforeBoot(html: string, startScript: string, oldBrowser = OLD_BROWSER): string {
  const match = ENTRY_TAG.exec(html)
  if (!match) return html // dev server: /src/main.ts is served as is
  return html.replace(
    match[0],
    `<link rel="modulepreload" crossorigin href="${match[1]}"><script type="module">${startScript}</script><script>${oldBrowserCheck(oldBrowser)}</script>`,
  )
}

/**
 * Vite plugin: fills `<!--app-shell-->` in index.html, runs the pre-paint settings at `<!--pre-paint-->`,
 * adds the download hints to <head> and starts the app after the first paint. The scripts are the
 * compiled src/boot/ modules (bootScripts.ts).
 */
export function appShellPlugin(options: AppShellOptions = {}): Plugin {
  return {
    name: 'kpxj-app-shell',
    transformIndexHtml: {
      // After Vite's own transform, so the bundle (with hashed file names) is known at build time.
      order: 'post',
      async handler(html, ctx) {
        if (!html.includes(MARKER)) throw new Error(`index.html: the ${MARKER} marker inside #app is missing`)
        if (!html.includes(PRE_PAINT_MARKER)) throw new Error(`index.html: the ${PRE_PAINT_MARKER} marker in <head> is missing`)
        if (!CHARSET.test(html)) throw new Error('index.html: <meta charset="UTF-8" /> is missing')
        // Without the entry tag the app would start before the first paint again: fail loudly instead.
        const entry = ENTRY_TAG.exec(html)?.[1]
        if (ctx.bundle && !entry) throw new Error('app shell: the entry <script> tag of index.html has an unexpected form')
        const catalog = options.mapPreview?.catalog()
        if (options.mapPreview && ctx.bundle && !catalog) throw new Error('app shell: the content plugin has no compiled catalog')
        const preview = options.mapPreview && catalog ? mapPreviewOptions(options.mapPreview.tiles, catalog) : null
        const built = options.agendaPreview?.catalog()?.builtAt
        const agendaOptions: AgendaPreviewOptions | null = built
          ? { box: PHONE_AGENDA_BOX, words: { today: t('calendar.todayMark'), continuing: t('calendar.continuing') }, built }
          : null
        const [prePaint, activeTab, mapPreview, agendaPreview, start] = await Promise.all([
          bootScript('prePaint'),
          bootScript('activeTab'),
          preview ? bootScript('mapPreview', preview) : '',
          agendaOptions ? bootScript('agendaPreview', agendaOptions) : '',
          entry ? bootScript('start', { entry, bootFailed: t('app.bootFailed'), oldBrowser: OLD_BROWSER }) : '',
        ])
        // The map's tiles and the agenda's day are asked for from <head>, before the stylesheet holds scripts
        // back; drawn after the shell.
        const head = [prePaint, mapPreview, agendaPreview]
          .filter(Boolean)
          .map((script) => `<script>${script}</script>`)
          .join('\n    ')
        const attach = [mapPreview ? MAP_PREVIEW_ATTACH : '', agendaPreview ? AGENDA_PREVIEW_ATTACH : '']
        let out = html.replace(PRE_PAINT_MARKER, head).replace(MARKER, renderAppShell(activeTab, ...attach))
        out = paintBeforeBoot(out, start)
        // Right after <meta charset> (which must stay in the first 1024 bytes) and before the stylesheet,
        // which would hold an inline script until it has loaded.
        const hints = ctx.bundle ? routeHints(ctx.bundle, options) : []
        if (hints.length) {
          const script = await bootScript('routeHints', packRouteHints(hints))
          out = out.replace(CHARSET, (meta) => `${meta}\n    <script>${script}</script>`)
        }
        return out
      },
    },
  }
}
