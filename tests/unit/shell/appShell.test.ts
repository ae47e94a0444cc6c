// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'

import { mount } from '@vue/test-utils'
import type { IndexHtmlTransformContext } from 'vite'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'

import {
  ACTIVE_TAB_SCRIPT,
  appShellPlugin,
  paintBeforeBoot,
  renderAppShell,
  routeHints,
  routeViews,
  SHARD_HINT_SCRIPT,
} from '@/build/appShell'
import { isTabActive, TABS } from '@/components/tabs'
import TheTabBar from '@/components/TheTabBar.vue'
import { routes } from '@/router'

let hints: HTMLLinkElement[] = []

/** Runs one of the shell's inline scripts on a page at `url`, with the static shell in #app. */
function runOnPage(script: string, url: string, wide = false) {
  window.history.replaceState(null, '', url)
  vi.stubGlobal('matchMedia', () => ({ matches: wide }))
  // Keep the hint links instead of letting happy-dom fetch them from a server that is not there.
  hints = []
  vi.spyOn(document.head, 'appendChild').mockImplementation(<T extends Node>(node: T) => {
    hints.push(node as unknown as HTMLLinkElement)
    return node
  })
  document.body.innerHTML = `<div id="app">${renderAppShell().replace(/<script>.*<\/script>/, '')}</div>`
  new Function(script)()
}
afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

const activeTab = () => [...document.querySelectorAll('#app .tab.active')].map((a) => a.getAttribute('href'))
const hinted = () => hints.filter((l) => l.rel === 'preload').map((l) => l.getAttribute('href'))

describe('static app shell', () => {
  it('lists the same tabs, in the same order, as the tab bar component', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }] })
    await router.push('/calendar')
    const component = mount(TheTabBar, { global: { plugins: [router] } })
    // Each label as `class:text`: 日历 has a plainer 长辈模式 twin (活动日历) that CSS swaps in.
    const labels = (spans: { className: string; textContent: string | null }[]) =>
      spans.map((s) => `${s.className}:${s.textContent}`).join(' ')
    const fromComponent = component
      .findAll('a.tab')
      .map((a) => [a.attributes('href'), labels(a.findAll('span').map((s) => s.element)), a.find('path').attributes('d')])

    document.body.innerHTML = renderAppShell()
    const fromShell = [...document.querySelectorAll('a.tab')].map((a) => [
      a.getAttribute('href'),
      labels([...a.querySelectorAll('span')]),
      a.querySelector('path')!.getAttribute('d'),
    ])
    expect(fromShell).toEqual(fromComponent)
    expect(fromShell.map(([, label]) => label)).toEqual([':首页', ':地图', 'tab-std:日历 tab-elder:活动日历', ':目标', ':我的'])
    // The shell's landmarks match the mounted app, so the skip link and focus handling find #main.
    expect(document.querySelector('nav.tabbar')?.getAttribute('aria-label')).toBe('主导航')
    expect(document.querySelector('main#main .loading')?.textContent).toBe('正在加载…')
  })

  it('marks the current tab with the same rule as the component', () => {
    for (const path of [
      '/',
      '/map',
      '/venues/xj-stm',
      '/calendar',
      '/events/a-1',
      '/targets',
      '/plans/p',
      '/me',
      '/me/visits',
      '/nowhere',
    ]) {
      runOnPage(ACTIVE_TAB_SCRIPT, path)
      expect(activeTab(), path).toEqual(TABS.filter((tab) => isTabActive(tab, path)).map((tab) => tab.to))
    }
    runOnPage(ACTIVE_TAB_SCRIPT, '/venues/xj-stm')
    expect(activeTab()).toEqual(['/map'])
  })

  it('asks early for the month shards of the agenda week, in Beijing time', () => {
    runOnPage(SHARD_HINT_SCRIPT, '/calendar?date=2026-11-28')
    expect(hinted()).toEqual(['/data/app/events/2026-11.json', '/data/app/events/2026-12.json'])
    runOnPage(SHARD_HINT_SCRIPT, '/calendar?date=2026-05-10&type=x')
    expect(hinted()).toEqual(['/data/app/events/2026-05.json'])
    const link = hints[0]!
    // Must match fetch()'s request mode, or the browser downloads the shard twice.
    expect([link.getAttribute('as'), link.getAttribute('crossorigin')]).toEqual(['fetch', 'anonymous'])

    // 2026-11-30 23:30 in Beijing is still November there, though 15:30 UTC.
    vi.useFakeTimers({ now: Date.parse('2026-11-30T15:30:00Z'), toFake: ['Date'] })
    runOnPage(SHARD_HINT_SCRIPT, '/calendar')
    expect(hinted()).toEqual(['/data/app/events/2026-11.json', '/data/app/events/2026-12.json'])
    vi.setSystemTime(Date.parse('2026-11-30T16:30:00Z'))
    runOnPage(SHARD_HINT_SCRIPT, '/calendar')
    expect(hinted()).toEqual(['/data/app/events/2026-12.json'])
    vi.useRealTimers()
  })

  it('gives no hint off the calendar, or where the agenda is not the first view', () => {
    for (const url of ['/map', '/', '/events/x', '/calendar?view=mine', '/calendar?view=month&date=2026-05-28']) {
      runOnPage(SHARD_HINT_SCRIPT, url)
      expect(hinted(), url).toEqual([])
    }
    runOnPage(SHARD_HINT_SCRIPT, '/calendar', true)
    expect(hinted(), 'wide screens open on the month grid, which spans other months').toEqual([])
    runOnPage(SHARD_HINT_SCRIPT, '/calendar?month=2027-01')
    expect(hinted(), '?month= opens the agenda on its first day').toEqual(['/data/app/events/2027-01.json'])
    vi.stubGlobal('navigator', { serviceWorker: { controller: {} } })
    runOnPage(SHARD_HINT_SCRIPT, '/calendar?month=2027-01')
    expect(hinted(), 'a service worker serves the shards itself').toEqual([])
  })

  it('fails the build when index.html lost its marker, and puts the route hint right after <meta charset>', () => {
    const { handler } = appShellPlugin().transformIndexHtml as unknown as { handler: (html: string, ctx: object) => string }
    expect(() => handler('<meta charset="UTF-8" /><div id="app"></div>', {})).toThrow(/app-shell/)
    expect(() => handler('<div id="app"><!--app-shell--></div>', {})).toThrow(/charset/)
    expect(handler('<meta charset="UTF-8" /><div id="app"><!--app-shell--></div>', {})).toContain('<nav class="tabbar shell-nav"')
  })
})

describe('route chunk hints', () => {
  const routerSource = readFileSync('src/router/index.ts', 'utf8')

  it('reads every page route from the route table', () => {
    // Every route, the 404 catch-all included (it simply gets no hint).
    expect(routeViews(routerSource).map((r) => r.path)).toEqual(routes.map((r) => r.path))
    expect(routeViews(routerSource)).toContainEqual({ path: '/venues/:id', view: 'VenueView.vue' })
  })

  it('lists a page chunk with its imports and CSS, but nothing index.html loads already', () => {
    const chunk = (fileName: string, extra: object = {}) => ({ type: 'chunk', fileName, imports: [], ...extra })
    const bundle = {
      entry: chunk('assets/index.js', { isEntry: true, imports: ['assets/vue.js'] }),
      vue: chunk('assets/vue.js'),
      map: chunk('assets/MapView.js', {
        facadeModuleId: '/repo/src/views/MapView.vue',
        imports: ['assets/vue.js', 'assets/hours.js'],
        viteMetadata: { importedCss: new Set(['assets/MapView.css']) },
      }),
      hours: chunk('assets/hours.js', { imports: ['assets/vue.js'] }),
      leaflet: chunk('assets/leaflet.js', { isDynamicEntry: true }),
      venue: chunk('assets/VenueView.js', { facadeModuleId: '/repo/src/views/VenueView.vue', imports: ['assets/hours.js'] }),
    } as unknown as NonNullable<IndexHtmlTransformContext['bundle']>
    const hints = new Map(routeHints(routerSource, bundle))
    expect(hints.get('^/map$')).toEqual(['/assets/MapView.js', '/assets/MapView.css', '/assets/hours.js'])
    expect(hints.get('^/venues/[^/]+$')).toEqual(['/assets/VenueView.js', '/assets/hours.js'])
    expect(new RegExp('^/venues/[^/]+$').test('/venues/xj-stm/extra')).toBe(false)
  })
})

describe('paint before boot', () => {
  it('fetches the entry at once but runs it after the first paint, with a timer for background tabs', () => {
    const html = '<head><script type="module" crossorigin src="/assets/index-Ab_1.js"></script></head>'
    const out = paintBeforeBoot(html)
    expect(out).not.toContain('src="/assets/index-Ab_1.js"')
    expect(out).toContain('<link rel="modulepreload" crossorigin href="/assets/index-Ab_1.js">')
    // The import happens only inside g, which runs from a frame callback's timer (or the fallback timer).
    expect(out.match(/import\(/g)).toHaveLength(1)
    expect(out).toMatch(/g=function\(\)\{if\(b\)return;b=1;.*import\('\/assets\/index-Ab_1\.js'\)/)
    expect(out).toContain('requestAnimationFrame(function(){setTimeout(g)})')
    expect(out).toMatch(/setTimeout\(g,\d+\)/)
    // The calendar's shard hint goes with the boot, after the paint.
    expect(out).toContain(SHARD_HINT_SCRIPT)
  })

  it('leaves the dev server’s entry alone', () => {
    const dev = '<script type="module" src="/src/main.ts"></script>'
    expect(paintBeforeBoot(dev)).toBe(dev)
  })
})
