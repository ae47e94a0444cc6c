// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import type { IndexHtmlTransformContext } from 'vite'
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'

import markActiveTab from '@/boot/activeTab'
import { hintAgendaShards } from '@/boot/shardHints'
import { appShellPlugin, oldBrowserCheck, packRouteHints, paintBeforeBoot, renderAppShell, routeHints } from '@/build/appShell'
import { bootScript } from '@/build/bootScripts'
import { isTabActive, TABS } from '@/components/tabs'
import TheTabBar from '@/components/TheTabBar.vue'
import { routes } from '@/router'
import { ROUTE_TABLE } from '@/router/routeTable'

let hints: HTMLLinkElement[] = []

/** Runs one of the boot steps (src/boot/) on a page at `url`, with the static shell in #app. */
function runOnPage(step: () => void, url: string, wide = false) {
  window.history.replaceState(null, '', url)
  vi.stubGlobal('matchMedia', () => ({ matches: wide }))
  // Keep the hint links instead of letting happy-dom fetch them from a server that is not there.
  hints = []
  vi.spyOn(document.head, 'appendChild').mockImplementation(<T extends Node>(node: T) => {
    hints.push(node as unknown as HTMLLinkElement)
    return node
  })
  document.body.innerHTML = `<div id="app">${renderAppShell('')}</div>`
  step()
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

    document.body.innerHTML = renderAppShell('')
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
      runOnPage(markActiveTab, path)
      expect(activeTab(), path).toEqual(TABS.filter((tab) => isTabActive(tab, path)).map((tab) => tab.to))
    }
    runOnPage(markActiveTab, '/venues/xj-stm')
    expect(activeTab()).toEqual(['/map'])
  })

  it('asks early for the month shards of the agenda week, in Beijing time', () => {
    runOnPage(hintAgendaShards, '/calendar?date=2026-11-28')
    expect(hinted()).toEqual(['/data/app/events/2026-11.json', '/data/app/events/2026-12.json'])
    runOnPage(hintAgendaShards, '/calendar?date=2026-05-10&type=x')
    expect(hinted()).toEqual(['/data/app/events/2026-05.json'])
    const link = hints[0]!
    // Must match fetch()'s request mode, or the browser downloads the shard twice.
    expect([link.getAttribute('as'), link.getAttribute('crossorigin')]).toEqual(['fetch', 'anonymous'])

    // 2026-11-30 23:30 in Beijing is still November there, though 15:30 UTC.
    vi.useFakeTimers({ now: Date.parse('2026-11-30T15:30:00Z'), toFake: ['Date'] })
    runOnPage(hintAgendaShards, '/calendar')
    expect(hinted()).toEqual(['/data/app/events/2026-11.json', '/data/app/events/2026-12.json'])
    vi.setSystemTime(Date.parse('2026-11-30T16:30:00Z'))
    runOnPage(hintAgendaShards, '/calendar')
    expect(hinted()).toEqual(['/data/app/events/2026-12.json'])
    vi.useRealTimers()
  })

  it('gives no hint off the calendar, or where the agenda is not the first view', () => {
    for (const url of ['/map', '/', '/events/x', '/calendar?view=mine', '/calendar?view=month&date=2026-05-28']) {
      runOnPage(hintAgendaShards, url)
      expect(hinted(), url).toEqual([])
    }
    runOnPage(hintAgendaShards, '/calendar', true)
    expect(hinted(), 'wide screens open on the month grid, which spans other months').toEqual([])
    runOnPage(hintAgendaShards, '/calendar?month=2027-01')
    expect(hinted(), '?month= opens the agenda on its first day').toEqual(['/data/app/events/2027-01.json'])
    vi.stubGlobal('navigator', { serviceWorker: { controller: {} } })
    runOnPage(hintAgendaShards, '/calendar?month=2027-01')
    expect(hinted(), 'a service worker serves the shards itself').toEqual([])
  })

  it('fails the build when index.html lost a marker, and fills both', async () => {
    const { handler } = appShellPlugin().transformIndexHtml as unknown as { handler: (html: string, ctx: object) => Promise<string> }
    const head = '<meta charset="UTF-8" /><!--pre-paint-->'
    await expect(handler(`${head}<div id="app"></div>`, {})).rejects.toThrow(/app-shell/)
    await expect(handler('<meta charset="UTF-8" /><div id="app"><!--app-shell--></div>', {})).rejects.toThrow(/pre-paint/)
    await expect(handler('<!--pre-paint--><div id="app"><!--app-shell--></div>', {})).rejects.toThrow(/charset/)
    const out = await handler(`${head}<div id="app"><!--app-shell--></div>`, {})
    expect(out).toContain('<nav class="tabbar shell-nav"')
    expect(out).not.toContain('<!--')
  }, 30_000)
})

describe('boot scripts, compiled for inlining', () => {
  it('mark the active tab with the component’s own rule', async () => {
    const script = await bootScript('activeTab')
    runOnPage(() => new Function(script)(), '/events/a-1')
    expect(activeTab()).toEqual(['/calendar'])
    // Self-contained: no import or export left, and no global left behind.
    expect(script).not.toMatch(/\bimport\b|\bexport\b/)
    expect('kpxjBoot' in window).toBe(false)
  }, 30_000)

  it('apply a saved 长辈模式 and a right-to-left language before the first paint', async () => {
    localStorage.setItem('kpxj:settings', JSON.stringify({ elderMode: true, language: 'ug' }))
    const script = await bootScript('prePaint')
    new Function(script)()
    expect(document.documentElement.dataset.elder).toBe('')
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['ug', 'rtl'])
    // A damaged copy is ignored, not thrown: the page paints in Chinese at the normal size.
    localStorage.setItem('kpxj:settings', '{broken')
    expect(() => new Function(script)()).not.toThrow()
    localStorage.clear()
  }, 30_000)

  it('escape arguments so none can close the <script> element', async () => {
    const script = await bootScript('start', { entry: '/assets/index-x.js', bootFailed: '</script><script>alert(1)' })
    expect(script).not.toContain('</script>')
    expect(script).toContain('\\u003c/script>')
  }, 30_000)
})

describe('route chunk hints', () => {
  it('the router and the hints read one route table, and every page exists', () => {
    // Every route, the 404 catch-all included (it simply gets no hint).
    expect(ROUTE_TABLE.map((r) => r.path)).toEqual(routes.map((r) => r.path))
    expect(routes.every((r) => typeof r.component === 'function')).toBe(true)
    expect(routes.find((r) => r.path === '/venues/:id')).toMatchObject({ name: 'venue', props: true })
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
    const hints = new Map(routeHints(bundle))
    // Named within /assets/ (the boot script adds it): ~200 of them in index.html.
    expect(hints.get('^/map$')).toEqual(['MapView.js', 'MapView.css', 'hours.js'])
    expect(hints.get('^/venues/[^/]+$')).toEqual(['VenueView.js', 'hours.js'])
    expect(new RegExp('^/venues/[^/]+$').test('/venues/xj-stm/extra')).toBe(false)
  })

  it('on /map connects to the tile origin at once and leaves Leaflet for the page to ask for', () => {
    const chunk = (fileName: string, extra: object = {}) => ({ type: 'chunk', fileName, imports: [], ...extra })
    const bundle = {
      entry: chunk('assets/index.js', { isEntry: true, imports: ['assets/vue.js'] }),
      vue: chunk('assets/vue.js'),
      map: chunk('assets/MapView.js', { facadeModuleId: '/repo/src/views/MapView.vue', imports: ['assets/vue.js'] }),
      leaflet: chunk('assets/VenueMap.js', {
        facadeModuleId: '/repo/src/features/map/VenueMap.vue',
        isDynamicEntry: true,
        imports: ['assets/vue.js'],
        viteMetadata: { importedCss: new Set(['assets/VenueMap.css']) },
      }),
      venue: chunk('assets/VenueView.js', { facadeModuleId: '/repo/src/views/VenueView.vue' }),
    } as unknown as NonNullable<IndexHtmlTransformContext['bundle']>
    const hints = new Map(routeHints(bundle, { preconnect: { MapView: ['https://tile.example.org'] } }))
    // Leaflet waits for the tiles the page draws itself (MapStage): fetched with the page, it competed with them.
    expect(hints.get('^/map$')).toEqual(['https://tile.example.org', 'MapView.js'])
    expect(hints.get('^/venues/[^/]+$')).toEqual(['VenueView.js'])
  })

  it('index.html names each file once; routes list theirs by index', () => {
    const packed = packRouteHints([
      ['^/$', ['HomeView.js', 'BaseLoadState.js']],
      ['^/map$', ['https://tile.example.org', 'MapView.js', 'BaseLoadState.js']],
    ])
    expect(packed).toEqual({
      files: ['HomeView.js', 'BaseLoadState.js', 'https://tile.example.org', 'MapView.js'],
      routes: [
        ['^/$', [0, 1]],
        ['^/map$', [2, 3, 1]],
      ],
    })
  })

  it('the boot hint makes a preconnect for an origin and a modulepreload for a file', async () => {
    const { default: hintRoute } = await import('@/boot/routeHints')
    window.history.replaceState(null, '', '/map')
    document.head.innerHTML = ''
    hintRoute(
      packRouteHints([
        ['^/$', ['HomeView.js']],
        ['^/map$', ['https://tile.example.org', 'MapView.js']],
      ]),
    )
    const links = [...document.head.querySelectorAll('link')].map((l) => [l.rel, l.getAttribute('href')])
    expect(links).toEqual([
      ['preconnect', 'https://tile.example.org'],
      ['modulepreload', '/assets/MapView.js'],
    ])
  })
})

describe('paint before boot', () => {
  it('fetches the entry at once but runs it after the first paint, with a timer for background tabs', async () => {
    const html = '<head><script type="module" crossorigin src="/assets/index-Ab_1.js"></script></head>'
    const out = paintBeforeBoot(
      html,
      await bootScript('start', { entry: '/assets/index-Ab_1.js', bootFailed: '加载失败', oldBrowser: '太旧' }),
    )
    expect(out).not.toContain('src="/assets/index-Ab_1.js"')
    expect(out).toContain('<link rel="modulepreload" crossorigin href="/assets/index-Ab_1.js">')
    expect(out.match(/import\(/g)).toHaveLength(1)
  }, 30_000)

  it('imports the entry after a frame or the fallback timer, and says so when it fails', async () => {
    vi.useFakeTimers()
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 16))
    const { default: start } = await import('@/boot/start')
    // A module that is not there: the loading line says the start failed.
    // The agenda's first day drawn over the page (src/boot/agendaPreview.ts) goes with it: no calendar is coming.
    document.body.innerHTML = `<div id="app">${renderAppShell('')}</div><div id="boot-agenda"></div>`
    window.history.replaceState(null, '', '/')
    start({ entry: '/nowhere/entry.js', bootFailed: '启动失败', oldBrowser: '浏览器太旧' })
    await vi.advanceTimersByTimeAsync(250)
    vi.useRealTimers()
    await vi.waitFor(() => expect(document.querySelector('#app .loading')?.textContent).toBe('启动失败'))
    expect(document.getElementById('boot-agenda')).toBeNull()
    // And one whose file comes later is not drawn (src/boot/agendaPreview.ts reads the flag).
    expect(window.__kpxjBootFailed).toBe(true)
    delete window.__kpxjBootFailed
  })

  /**
   * Starts the app on a phone's /calendar with the map's drawn tiles settling when `drawn` does (fake timers, a
   * frame every 16 ms). The start's first step asks for the agenda's month shards: a hint in <head>, kept (not
   * fetched), so the returned spy tells when the start ran.
   */
  async function startWithDrawnTiles(drawn: Promise<unknown>) {
    vi.useFakeTimers()
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 16))
    vi.stubGlobal('matchMedia', () => ({ matches: false }))
    const { default: start } = await import('@/boot/start')
    window.history.replaceState(null, '', '/calendar')
    const started = vi.spyOn(document.head, 'appendChild').mockImplementation(<T extends Node>(node: T) => node)
    document.body.innerHTML = `<div id="app">${renderAppShell('')}</div>`
    window.__kpxjBootDrawn = drawn
    onTestFinished(() => {
      vi.useRealTimers()
      delete window.__kpxjBootDrawn
    })
    start({ entry: '/nowhere/entry.js', bootFailed: '启动失败', oldBrowser: '浏览器太旧' })
    return started
  }

  it('lets the map’s drawn tiles paint first, but waits 300 ms for them at most', async () => {
    // Tiles that never come (src/boot/mapPreview.ts's promise stays pending).
    const started = await startWithDrawnTiles(new Promise(() => {}))
    await vi.advanceTimersByTimeAsync(250)
    expect(started).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(300)
    expect(started).toHaveBeenCalled()
  })

  it('starts a frame after the drawn tiles can be painted', async () => {
    let drawn = () => {}
    const started = await startWithDrawnTiles(new Promise<void>((done) => (drawn = done)))
    await vi.advanceTimersByTimeAsync(100)
    expect(started).not.toHaveBeenCalled()
    drawn()
    // Two frames: the one that paints the tiles, and the one after it has been shown.
    await vi.advanceTimersByTimeAsync(20)
    expect(started).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(20)
    expect(started).toHaveBeenCalled()
  })

  it('an engine that never ran the start module (no modules, or no ?.) is told so, not 正在加载… for ever', async () => {
    const out = paintBeforeBoot('<script type="module" crossorigin src="/assets/index-Ab_1.js"></script>', 'start()', '浏览器太旧')
    const check = /<script>(.*)<\/script>$/.exec(out)![1]!
    expect(check).toBe(oldBrowserCheck('浏览器太旧'))
    // An earlier test ran start(), which sets the flag.
    delete window.__kpxjStart
    const run = () => {
      document.body.innerHTML = `<div id="app">${renderAppShell('')}</div>`
      new Function(check)()
      document.dispatchEvent(new Event('DOMContentLoaded'))
      return document.querySelector('#app .loading')?.textContent
    }
    expect(run()).toBe('浏览器太旧')
    // The start ran: the app's own line stays (it says 加载失败 itself when the entry fails).
    window.__kpxjStart = true
    onTestFinished(() => void delete window.__kpxjStart)
    expect(run()).toBe('正在加载…')
  })

  it('leaves the dev server’s entry alone', () => {
    const dev = '<script type="module" src="/src/main.ts"></script>'
    expect(paintBeforeBoot(dev, 'x')).toBe(dev)
  })
})
