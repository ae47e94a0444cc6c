/**
 * The static app shell: the tab bar and a "正在加载…" line, written into index.html at build time so the
 * phone paints something useful before the JavaScript has downloaded and run (at 4× CPU slowdown that is
 * half a second). Vue's mount replaces it with the same markup (TheTabBar.vue, App.vue), styled by the
 * same global rules in src/styles/shell.css.
 *
 * Also writes early download hints, so that nothing waits for the entry script to run before it is
 * requested: the current route's page chunk (with its imports and CSS), and on /calendar the month
 * shards the agenda will ask for.
 */
import { readFileSync } from 'node:fs'

import type { IndexHtmlTransformContext, Plugin } from 'vite'

import { TABS } from '../components/tabs'
import { type MessageKey, t } from '../i18n'
import { APP_DATA_BASE } from '../shared/constants'

const MARKER = '<!--app-shell-->'
const CHARSET = /<meta charset="UTF-8" \/>/

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

const message = (key: MessageKey) => escapeHtml(t(key))

/**
 * Marks the current tab, with the same rule as isTabActive() in src/components/tabs.ts (kept in step by
 * tests/unit/shell/appShell.test.ts, which runs this script for every tab).
 */
export const ACTIVE_TAB_SCRIPT = `(function(){var p=location.pathname;document.querySelectorAll('#app .tab').forEach(function(a){var h=a.getAttribute('href'),x=(a.getAttribute('data-also')||'').split(' ');if(h==='/'?p==='/':p.indexOf(h)===0||x.some(function(s){return s&&p.indexOf(s)===0}))a.classList.add('active')})})()`

/**
 * Asks for the month shards of the agenda's first week (today, ?date= or ?month=, Beijing time, seven
 * days) while the JavaScript starts. Only for the agenda, the phone's default view (the same test as
 * CalendarView): the month grid spans other months and asks for its own. It runs with the boot, after the
 * first paint: at 100 000 events the shards are megabytes, and receiving them during parsing delayed the
 * first paint by ~100 ms. Must build the same URLs as fetchMonthShard() so nothing downloads twice.
 * Not under a service worker: it answers from its caches at once, and a preload can be served from the
 * browser's memory cache without passing the worker, so a month would never reach its runtime cache.
 */
export const SHARD_HINT_SCRIPT = `(function(){try{var w=navigator.serviceWorker;if(location.pathname!=='/calendar'||(w&&w.controller))return;var q=new URLSearchParams(location.search),v=q.get('view'),d=q.get('date'),m=q.get('month');if(v==='month'||v==='mine'||(!v&&matchMedia('(min-width: 60rem)').matches))return;if(!d&&/^\\d{4}-\\d{2}$/.test(m||''))d=m+'-01';var t=/^\\d{4}-\\d{2}-\\d{2}$/.test(d||'')?Date.parse(d+'T00:00:00Z'):Date.now()+288e5;[0,6].map(function(n){return new Date(t+n*864e5).toISOString().slice(0,7)}).filter(function(m,i,a){return a.indexOf(m)===i}).forEach(function(m){var l=document.createElement('link');l.rel='preload';l.as='fetch';l.crossOrigin='anonymous';l.href='${APP_DATA_BASE}/events/'+m+'.json';document.head.appendChild(l)})}catch(e){}})()`

type OutputBundle = NonNullable<IndexHtmlTransformContext['bundle']>
type OutputChunk = NonNullable<IndexHtmlTransformContext['chunk']>

/** Route path → page file, read from the route table (`path: …` then `import('@/views/X.vue')`). */
export function routeViews(routerSource: string): { path: string; view: string }[] {
  // A route may span several lines (the formatter wraps long ones): pair each path with the next view import.
  const found: { path: string; view: string }[] = []
  for (const match of routerSource.matchAll(/path: '([^']+)'[^{}]*?import\('@\/views\/(\w+\.vue)'\)/g)) {
    found.push({ path: match[1]!, view: match[2]! })
  }
  return found
}

/** `/venues/:id` → `^/venues/[^/]+$`; the catch-all route gets no hint. */
function pathPattern(path: string): string | null {
  if (path.includes('(')) return null
  return `^${path.replace(/:\w+/g, '[^/]+')}$`
}

/**
 * For each route, the files its page needs beyond what index.html already loads: the page chunk, its
 * static imports (transitively) and their CSS. Lazy parts inside a page (Leaflet on /map) stay lazy.
 */
export function routeHints(routerSource: string, bundle: OutputBundle): [string, string[]][] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk')
  const entry = chunks.find((c) => c.isEntry)
  const preloaded = new Set([entry?.fileName, ...(entry?.imports ?? [])])
  const byFile = new Map(chunks.map((c) => [c.fileName, c]))
  const hints: [string, string[]][] = []
  for (const { path, view } of routeViews(routerSource)) {
    const pattern = pathPattern(path)
    const page = chunks.find((c) => c.facadeModuleId?.endsWith(`/src/views/${view}`))
    if (!pattern || !page) continue
    const files = new Set<string>()
    const visit = (chunk: OutputChunk) => {
      if (preloaded.has(chunk.fileName) || files.has(chunk.fileName)) return
      files.add(chunk.fileName)
      for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css)
      for (const dep of chunk.imports) visit(byFile.get(dep)!)
    }
    visit(page)
    hints.push([pattern, [...files].map((f) => `/${f}`)])
  }
  return hints
}

/** Adds the hinted files of the first matching route, as Vite itself would once the route's import() runs. */
const routeHintScript = (hints: [string, string[]][]) =>
  `(function(){var h=${JSON.stringify(hints)},p=location.pathname;for(var i=0;i<h.length;i++)if(new RegExp(h[i][0]).test(p)){h[i][1].forEach(function(f){var l=document.createElement('link'),c=/\.css$/.test(f);l.rel=c?'preload':'modulepreload';if(c)l.as='style';l.crossOrigin='';l.href=f;document.head.appendChild(l)});return}})()`

export function renderAppShell(): string {
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
    `<script>${ACTIVE_TAB_SCRIPT}</script>`
  )
}

/** A failed start (offline on a first visit, a broken download) says so instead of loading forever. */
const BOOT_FAILED = `function(){var p=document.querySelector('#app .loading');if(p)p.textContent=${JSON.stringify(t('app.bootFailed'))}}`

const ENTRY_TAG = /<script type="module" crossorigin src="(\/assets\/index-[\w-]+\.js)"><\/script>/

/**
 * Runs the app's entry script only after the browser has painted the static shell. A module script that
 * is already downloaded runs straight after parsing, before any paint, so on a slow phone the shell would
 * never be seen: the screen stayed blank for the ~150 ms (at 4× CPU slowdown) the entry takes to run.
 * The entry is still fetched at once (modulepreload). requestAnimationFrame does not fire in a
 * background tab, so a timer starts the app there.
 */
export function paintBeforeBoot(html: string): string {
  const match = ENTRY_TAG.exec(html)
  if (!match) return html // dev server: /src/main.ts is served as is
  const entry = match[1]!
  return html.replace(
    match[0],
    `<link rel="modulepreload" crossorigin href="${entry}">` +
      `<script type="module">var b=0,g=function(){if(b)return;b=1;${SHARD_HINT_SCRIPT};import('${entry}').catch(${BOOT_FAILED})};` +
      `requestAnimationFrame(function(){setTimeout(g)});setTimeout(g,200)</script>`,
  )
}

/** Vite plugin: fills `<!--app-shell-->` in index.html and adds the download hints to <head>. */
export function appShellPlugin(): Plugin {
  return {
    name: 'kpxj-app-shell',
    transformIndexHtml: {
      // After Vite's own transform, so the bundle (with hashed file names) is known at build time.
      order: 'post',
      handler(html, ctx) {
        if (!html.includes(MARKER)) throw new Error(`index.html: the ${MARKER} marker inside #app is missing`)
        if (!CHARSET.test(html)) throw new Error('index.html: <meta charset="UTF-8" /> is missing')
        // Without the entry tag the app would start before the first paint again: fail loudly instead.
        if (ctx.bundle && !ENTRY_TAG.test(html)) throw new Error('app shell: the entry <script> tag of index.html has an unexpected form')
        const hints = ctx.bundle ? routeHints(readFileSync(new URL('../router/index.ts', import.meta.url), 'utf8'), ctx.bundle) : []
        let out = paintBeforeBoot(html.replace(MARKER, renderAppShell()))
        // Right after <meta charset> (which must stay in the first 1024 bytes) and before the stylesheet,
        // which would hold an inline script until it has loaded.
        if (hints.length) out = out.replace(CHARSET, (meta) => `${meta}\n    <script>${routeHintScript(hints)}</script>`)
        return out
      },
    },
  }
}
