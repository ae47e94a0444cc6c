import { readFileSync } from 'node:fs'

import { type BrowserContext, expect, type Page, type Request, test } from '@playwright/test'

import { addBulkVenues, axeViolations, E2E_NOW, expectHeading, settled, watchErrors } from './helpers'
import { layoutShift } from './measure'

// A fixed day: the build is made as of it (playwright.config.ts), so results never depend on the date.
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(E2E_NOW)
})

/*
 * Most tests here run several checks as steps, on one page: a browser context and a page (and a cold load of the
 * app) each cost about a second of CPU, which the suite's 2-core CI pays for every test. A step sets up what it
 * needs itself (its size, saved settings, routes, clock), and undoes what would change the next one's; a check
 * that needs other context options (a user agent, the service worker) stays in a test of its own.
 */

const TILE_HOSTS = /tile\.openstreetmap\.org|tianditu\.gov\.cn/
const TILE_PNG = readFileSync(new URL('../fixtures/tiles/tile.png', import.meta.url))

/**
 * Tiles that fail, as when their hosts cannot be reached. On the context (not the page), so requests made by
 * the service worker fail too.
 */
async function failTiles(context: BrowserContext) {
  await context.route(TILE_HOSTS, (route) => route.abort('internetdisconnected'))
}

/**
 * Saved settings for the page's next loads, in the copy the app reads before its first paint (which wins over
 * IndexedDB's at start). On the test's blank page, an init script saves them before its first load only, so
 * that a later step can save others.
 */
async function saveSettings(page: Page, settings: Record<string, unknown>) {
  const value = JSON.stringify(settings)
  if (page.url() !== 'about:blank') {
    await page.evaluate((v) => localStorage.setItem('kpxj:settings', v), value)
    return
  }
  await page.addInitScript((v) => {
    if (sessionStorage.getItem('e2e:settings-saved')) return
    sessionStorage.setItem('e2e:settings-saved', '1')
    localStorage.setItem('kpxj:settings', v)
  }, value)
}

/** Every tile image as it was put in the page, with its place on the screen then. */
const recordTiles = (page: Page) =>
  page.addInitScript(() => {
    const seen: Record<'boot' | 'drawn' | 'leaflet', string[]> = { boot: [], drawn: [], leaflet: [] }
    const once = new WeakSet<Element>()
    Object.assign(window, { __tiles: seen })
    new MutationObserver((records) => {
      for (const node of records.flatMap((r) => [...r.addedNodes])) {
        for (const img of node instanceof Element ? [node, ...node.querySelectorAll('img')] : []) {
          if (!(img instanceof HTMLImageElement) || once.has(img)) continue
          once.add(img)
          const list = img.classList.contains('leaflet-tile')
            ? seen.leaflet
            : img.closest('.map-preview')
              ? seen.drawn
              : img.closest('.boot-map')
                ? seen.boot
                : null
          const box = img.getBoundingClientRect()
          list?.push(`${img.src} at ${Math.round(box.x)},${Math.round(box.y)}`)
        }
      }
    }).observe(document, { childList: true, subtree: true })
  })
const recorded = (page: Page) =>
  page.evaluate(() => (window as unknown as { __tiles: Record<'boot' | 'drawn' | 'leaflet', string[]> }).__tiles)

const clusters = (page: Page) => page.locator('.venue-cluster')
const markers = (page: Page) => page.locator('.leaflet-marker-icon.venue-pin')
const groups = (page: Page) => page.locator('.leaflet-marker-icon.venue-group')

test.describe('map', () => {
  test('the overview: clusters that zoom in and match the list, a filter in the URL, and no tiles: a neutral background, then the tiles back', async ({
    page,
    context,
  }) => {
    test.setTimeout(60_000)
    await test.step('shows clusters and zooms into one; the list matches the map', async () => {
      const errors = watchErrors(page)
      await page.goto('/map')
      await expectHeading(page, '地图')
      await expect(page.locator('.venue-map-wrap')).toHaveAttribute('data-tiles', 'ok')
      await expect(clusters(page).first()).toBeVisible()
      const before = await clusters(page).count()
      expect(before).toBeGreaterThan(0)
      // Every venue in view: one count, not "16 in view (16 in all)".
      await expect(page.getByRole('heading', { name: '全部 16 个场馆', exact: true })).toBeVisible()
      // The numbers on the map add up to the list's: a cluster counts the venues of the city groups inside it
      // (it said "2" for 昌吉市区's 9 venues and 乌鲁木齐's 2).
      await expect
        .poll(() =>
          page.evaluate(() => {
            const numbers = [...document.querySelectorAll('.venue-cluster span, .venue-group-disc')].map((el) => Number(el.textContent))
            return numbers.reduce((sum, n) => sum + n, 0) + document.querySelectorAll('.leaflet-marker-icon.venue-pin').length
          }),
        )
        .toBe(16)

      // A cluster opens into smaller clusters, markers or shared-point groups.
      const big = clusters(page).first()
      const count = await big.innerText()
      await big.click()
      await expect(clusters(page).filter({ hasText: new RegExp(`^${count}$`) })).toHaveCount(0)
      await expect(markers(page).or(clusters(page)).or(groups(page)).first()).toBeVisible()
      // A shared-point marker by the map's right edge opens its label to the left: "乌鲁木齐市区 · 2 个场馆" ran off it.
      await expect(groups(page).first()).toBeVisible()
      await expect
        .poll(() =>
          page.evaluate(() => {
            const map = document.querySelector('.venue-map')!.getBoundingClientRect()
            return [...document.querySelectorAll('.venue-group-inner')]
              .filter((el) => el.getBoundingClientRect().right > map.right + 1 || el.getBoundingClientRect().left < map.left - 1)
              .map((el) => el.textContent)
          }),
        )
        .toEqual([])
      // The list follows the map bounds: fewer venues are in view after zooming in.
      await expect(page.getByRole('heading', { name: /^地图范围内 \d+ 个场馆（共 16 个）$/ })).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
      expect(errors).toEqual([])
    })

    await test.step('a filter changes the URL and the markers', async () => {
      const errors = watchErrors(page)
      await page.goto('/map')
      await expect(clusters(page).first()).toBeVisible()
      await expect(page.getByRole('heading', { name: '全部 16 个场馆', exact: true })).toBeVisible()

      await page.getByText('筛选', { exact: true }).click()
      await page.getByLabel('类别').selectOption('三农类')
      await expect(page).toHaveURL(/category=%E4%B8%89%E5%86%9C%E7%B1%BB|category=三农类/)
      await expect(page.getByRole('heading', { name: '符合条件的 4 个场馆', exact: true })).toBeVisible()
      // 4 venues: two shared-point markers of two (昌吉, 新星) on the map.
      await expect(groups(page)).toHaveCount(2)
      await expect(groups(page).filter({ hasText: '昌吉市区 · 2 个场馆' })).toHaveCount(1)
      await expect(groups(page).filter({ hasText: '新星一带 · 2 个场馆' })).toHaveCount(1)

      await page.getByLabel('现在开放').check()
      await expect(page).toHaveURL(/open=now/)
      await expect(page.getByRole('heading', { name: '符合条件的 0 个场馆', exact: true })).toBeVisible()
      await expect(clusters(page).or(markers(page)).or(groups(page))).toHaveCount(0)
      await expect(page.getByText(/其余 4 个场馆的开放时间请咨询场馆/)).toBeVisible()
      // 完成 folds the panel and brings back the map and its list, which the open panel had pushed off a phone's screen.
      await page.setViewportSize({ width: 360, height: 640 })
      await page.getByRole('button', { name: '完成' }).click()
      await expect(page.getByLabel('类别')).toBeHidden()
      await expect(page.getByRole('heading', { name: '符合条件的 0 个场馆', exact: true })).toBeInViewport()
      await expect(page.getByText('筛选（2）', { exact: true })).toBeFocused()

      // The filtered URL can be shared: loading it gives the same result.
      await page.goto('/map?category=%E7%A7%91%E6%8A%80%E5%9C%BA%E9%A6%86%E7%B1%BB&region=changji')
      await expect(page.getByRole('heading', { name: '符合条件的 2 个场馆', exact: true })).toBeVisible()
      expect(errors).toEqual([])
    })

    await test.step('when tiles fail, venues, city labels and a neutral background remain, nothing jumps, and back online the tiles return', async () => {
      // The phone's size again (the step before ended on a smaller one).
      await page.setViewportSize({ width: 412, height: 823 })
      let failing = true
      await context.route(TILE_HOSTS, (route) => (failing ? route.abort('internetdisconnected') : route.fallback()))
      await page.goto('/map')
      await expect(page.locator('.venue-map-wrap')).toHaveAttribute('data-tiles', 'failed')
      const notice = page.getByText(/地图底图暂时无法显示/)
      await expect(notice).toBeVisible()
      await expect(page.locator('.venue-map--fallback')).toBeVisible()
      await expect(page.locator('.map-city-label', { hasText: '喀什' })).toBeVisible()
      await expect(clusters(page).first()).toBeVisible()
      // The notice comes after the page has settled (the tiles fail late): it lies over the map's top edge
      // instead of pushing the map down, which was a layout shift of 0.05 on every blocked-tile visit.
      expect(await layoutShift(page)).toBeLessThanOrEqual(0.01)
      // The zoom buttons and the legend move below it, where they can still be read and tapped.
      const noticeEnd = await notice.evaluate((el) => el.getBoundingClientRect().bottom)
      for (const control of [page.locator('.leaflet-control-zoom-in'), page.locator('summary', { hasText: '图例' })]) {
        await expect(control).toBeVisible()
        expect((await control.boundingBox())!.y).toBeGreaterThanOrEqual(noticeEnd)
      }
      await page.locator('summary', { hasText: '图例' }).click()
      await expect(page.locator('.legend li', { hasText: '科技馆' }).first()).toBeVisible()
      // On a 360×640 phone the open legend keeps above the list's head, and its last line is reached by
      // scrolling the legend: the sheet covered its last kinds and notes, and nothing scrolled to them.
      await page.setViewportSize({ width: 360, height: 640 })
      const last = page.locator('.legend li').last()
      await last.scrollIntoViewIfNeeded()
      const head = (await page.locator('.sheet-head').boundingBox())!
      await expect.poll(async () => ((box) => box.y + box.height)((await last.boundingBox())!)).toBeLessThanOrEqual(head.y)

      // Back online, the tiles come back by themselves, though the phone said so a moment before the connection
      // carried anything and the first try still failed.
      setTimeout(() => (failing = false), 500)
      await page.evaluate(() => window.dispatchEvent(new Event('online')))
      await expect(page.locator('.venue-map-wrap')).toHaveAttribute('data-tiles', 'ok')
      await expect(notice).toHaveCount(0)
    })
  })

  test('the venue list: beside the map on a wide screen, a sheet on a phone that a tap, the grab bar or a swipe opens and folds; 5 000 venues', async ({
    page,
    context,
  }) => {
    test.setTimeout(45_000)
    await test.step('on a wide screen the list stands beside the map, its rows there without a tap; a phone opens it', async () => {
      await page.setViewportSize({ width: 1280, height: 800 })
      await page.goto('/map')
      // "全部 16 个场馆" or "地图范围内 9 个场馆（共 16 个）": the first number is what is in view.
      const heading = page.getByRole('heading', { name: /\d+ 个场馆/ })
      await expect(heading).toBeVisible()
      const inView = async () => Number(/(\d+) 个场馆/.exec(await heading.innerText())![1])
      await expect(page.getByRole('button', { name: '展开列表' })).toBeHidden()
      await expect(page.locator('.sheet-row')).toHaveCount(await inView())
      await expect(page.locator('.sheet-row').first()).toBeVisible()
      // The list beside the map covers none of it: the open legend shows its last line without scrolling (the
      // sheet, positioned there too, was taken for a cover of the map's whole height).
      await page.locator('summary', { hasText: '图例' }).click()
      const legendList = page.locator('.legend ul')
      await expect(legendList).toBeVisible()
      expect(await legendList.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true)
      await page.locator('summary', { hasText: '图例' }).click()
      // On a phone's width the list folds under its heading, and opens with its rows.
      await page.setViewportSize({ width: 412, height: 823 })
      await expect(page.locator('.sheet-row').first()).toBeHidden()
      await page.getByRole('button', { name: '展开列表' }).click()
      await expect(page.locator('.sheet-row').first()).toBeVisible()
      await expect(page.locator('.sheet-row')).toHaveCount(await inView())
      // A heading click on a wide screen folds nothing: the list has no button there.
      await page.setViewportSize({ width: 1280, height: 800 })
      await heading.click()
      await expect(page.locator('.sheet-row').first()).toBeVisible()
    })

    await test.step('on a 360×640 phone the grab bar opens and folds the list, and the open list has room for more than one venue', async () => {
      await page.setViewportSize({ width: 360, height: 640 })
      await page.goto('/map')
      const toggle = page.getByRole('button', { name: '展开列表' })
      await expect(toggle).toBeVisible()
      // The grab bar is drawn at the head's top centre: a tap there did nothing before.
      const head = (await page.locator('.sheet-head').boundingBox())!
      await page.mouse.click(head.x + head.width / 2, head.y + 4)
      await expect(page.getByRole('button', { name: '收起列表' })).toHaveAttribute('aria-expanded', 'true')
      const rows = page.locator('.sheet-row')
      await expect(rows.first()).toBeVisible()
      // Room for more than one venue (it had room for one): the open sheet takes most of the map.
      const body = (await page.locator('.sheet-body').boundingBox())!
      const first = (await rows.first().boundingBox())!
      expect(body.height).toBeGreaterThan(1.5 * first.height)
      // The rows scroll inside the sheet, and only there: the page is no taller than the screen. Each row's
      // hidden venue name (for screen readers) had escaped the list's scrolling and made the page 2 109 px
      // tall, and a swipe on the page's header slid the list away over a blank screen.
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(640)
      // The head has moved up with the open sheet.
      const openHead = (await page.locator('.sheet-head').boundingBox())!
      await page.mouse.click(openHead.x + openHead.width / 2, openHead.y + 4)
      await expect(toggle).toHaveAttribute('aria-expanded', 'false')
      await expect(rows.first()).toBeHidden()
    })

    await test.step('on a phone a swipe on the sheet’s head opens the list (up) and folds it (down), by finger and by mouse', async () => {
      await page.setViewportSize({ width: 360, height: 640 })
      await page.goto('/map')
      const toggle = page.locator('.sheet-toggle')
      await expect(toggle).toHaveAttribute('aria-expanded', 'false')
      const cdp = await context.newCDPSession(page)
      // A finger, as a phone sends it (touch events that Chromium turns into pointer events). It rests before it
      // lifts: a flick would start a fling, and Chromium swallows the tap that stops a fling.
      const swipe = async (by: number) => {
        const head = (await page.locator('.sheet-head').boundingBox())!
        const x = head.x + head.width / 3
        const y = head.y + head.height / 2
        const at = Date.now() / 1000
        const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', dy: number | null, s: number) =>
          cdp.send('Input.dispatchTouchEvent', { type, touchPoints: dy === null ? [] : [{ x, y: y + dy }], timestamp: at + s })
        await send('touchStart', 0, 0)
        for (const step of [0.25, 0.5, 0.75, 1]) await send('touchMove', by * step, 0.12 * step)
        await send('touchMove', by, 0.5)
        await send('touchEnd', null, 0.52)
      }
      await swipe(-120)
      await expect(toggle).toHaveAttribute('aria-expanded', 'true')
      await expect(page.locator('.sheet-row').first()).toBeVisible()
      await swipe(120)
      await expect(toggle).toHaveAttribute('aria-expanded', 'false')
      // After a finger's swipe (no click follows it), the next tap still toggles.
      await toggle.tap()
      await expect(toggle).toHaveAttribute('aria-expanded', 'true')
      await toggle.tap()
      await expect(toggle).toHaveAttribute('aria-expanded', 'false')
      // A mouse drags the same way; the click that ends its drag does not toggle the list back. (hover: once the
      // sheet has stopped moving.)
      const sheetHead = page.locator('.sheet-head')
      const drag = async (dy: number) => {
        await sheetHead.hover({ position: { x: 40, y: 20 } })
        const box = (await sheetHead.boundingBox())!
        await page.mouse.down()
        await page.mouse.move(box.x + 40, box.y + 20 + dy, { steps: 4 })
        await page.mouse.up()
      }
      await drag(-100)
      await expect(toggle).toHaveAttribute('aria-expanded', 'true')
      // A short, shaky tap is still a tap.
      await drag(6)
      await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    })

    await test.step('stays usable with 5 000 venues: clusters appear, zoom works, the list renders a page at a time', async () => {
      // The phone's size again (the step before ended on a smaller one).
      await page.setViewportSize({ width: 412, height: 823 })
      // The fake catalog is served by a route: the service worker (which also fetches the catalog, to precache
      // it) stays blocked, as in every test here that does not allow it, or its request races the page's for the
      // same routed response. Last: the route stays on the context.
      const errors = watchErrors(page)
      await addBulkVenues(context)
      const start = Date.now()
      await page.goto('/map')
      await expect(page.getByRole('heading', { name: /\b5016 个/ })).toBeVisible({ timeout: 15_000 })
      await expect(clusters(page).first()).toBeVisible()
      const firstRender = Date.now() - start
      // Clustering keeps the DOM small: a few dozen clusters, not thousands of markers.
      expect(await page.locator('.leaflet-marker-icon').count()).toBeLessThan(300)

      // Wait until the chunked marker loading has settled before measuring a zoom step.
      await expect(page.getByRole('heading', { name: '全部 5016 个场馆', exact: true })).toBeVisible()
      const zoomStart = Date.now()
      // 5 000 points spread over Xinjiang stay in view for a step or two: zoom in three steps.
      for (let step = 0; step < 3; step++) {
        await page.locator('.leaflet-control-zoom-in').click()
        await expect(page.locator('.leaflet-zoom-anim')).toHaveCount(0)
      }
      await expect(page.getByRole('heading', { name: /^地图范围内 \d+ 个场馆（共 5016 个）$/ })).toBeVisible({ timeout: 15_000 })
      const zoom = Date.now() - zoomStart

      await page.getByRole('button', { name: '展开列表' }).click()
      await expect(page.locator('.sheet-row')).toHaveCount(50)
      await page.getByRole('button', { name: /再显示更多/ }).click()
      await expect(page.locator('.sheet-row')).toHaveCount(100)
      // Logged for reading, not asserted: timings belong to the benchmarks, where the machine is quiet.
      console.log(`5 000 venues: first render ${firstRender} ms, three zoom steps ${zoom} ms`)
      expect(errors).toEqual([])
    })
  })

  test('venues on the map: shared points that open a list, a venue in focus, its card and page; 附近 granted, refused, or not asked', async ({
    page,
    context,
  }) => {
    test.setTimeout(45_000)
    await test.step('venues sharing one approximate point are one marker that opens a list', async () => {
      await page.goto('/map?region=shuanghe')
      // 3 venues at 双河's centre: one dashed marker, not a stack of pins.
      const group = groups(page)
      await expect(group).toHaveCount(1)
      await expect(group).toContainText('双河市区 · 3 个场馆')
      // At this zoom the marker is its count only, clear of the neighbouring regions' event pins: a real tap.
      await group.click()
      const list = page.getByTestId('map-group')
      await expect(list.getByRole('heading', { name: '双河市区的 3 个场馆' })).toBeVisible()
      await list.getByRole('button', { name: '第五师双河市科技馆' }).click()
      await expect(page).toHaveURL(/venue=shuanghe-science-museum/)
    })

    await test.step('/map?venue=<id> focuses that venue', async () => {
      await page.goto('/venues/changji-science-museum')
      await page.getByRole('link', { name: '在地图上查看' }).click()
      await expect(page).toHaveURL(/\/map\?venue=changji-science-museum/)
      await expect(page.getByRole('article', { name: '昌吉市科技馆' }).or(page.getByRole('article', { name: /科技馆/ }))).toBeVisible()
      // Zoomed in: only 昌吉's venues are left in view.
      await expect(page.getByRole('heading', { name: /地图范围内 9 个场馆/ })).toBeVisible()
    })

    await test.step('on a 360×640 phone, a group of nine stays inside the list sheet and its 关闭列表 is reached', async () => {
      await page.setViewportSize({ width: 360, height: 640 })
      await page.goto('/map?region=changji')
      const group = groups(page).and(page.locator('[title^="昌吉市区"]'))
      await group.click()
      const card = page.getByTestId('map-group')
      await expect(card.getByRole('heading', { name: /^昌吉市区的 \d+ 个场馆$/ })).toBeVisible()
      // The card scrolls within the sheet: it ran out of it, widened nothing but lengthened the page, and its foot
      // lay under the tab bar.
      const sheet = (await page.locator('.map-stage-sheet').boundingBox())!
      const cardBox = (await card.boundingBox())!
      expect(await page.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(0)
      const close = card.getByRole('button', { name: '关闭列表' })
      await close.scrollIntoViewIfNeeded()
      const tabbar = (await page.locator('.tabbar').boundingBox())!
      const at = (await close.boundingBox())!
      expect(at.y + at.height).toBeLessThanOrEqual(Math.min(tabbar.y, sheet.y + sheet.height) + 0.5)
      expect(cardBox.y).toBeGreaterThanOrEqual(sheet.y)
      await close.click()
      await expect(card).toHaveCount(0)
    })

    await test.step('on a phone’s view of all Xinjiang, a shared point is its count; its label comes back zoomed in', async () => {
      await page.setViewportSize({ width: 360, height: 640 })
      await page.goto('/map')
      const shuanghe = groups(page).and(page.locator('[title^="双河"]'))
      await expect(shuanghe).toHaveCount(1)
      await expect(shuanghe.locator('.venue-group-disc')).toHaveText('3')
      // The long label lay under the neighbouring cities' event pins; the title still says it all.
      await expect(shuanghe.locator('.venue-group-label')).toBeHidden()
      await expect(shuanghe).toHaveAttribute('title', '双河市区 · 3 个场馆')
      const box = (await shuanghe.boundingBox())!
      await expect(page.locator('.region-events-pin').first()).toBeVisible()
      for (const pin of await page.locator('.region-events-pin').all()) {
        const p = (await pin.boundingBox())!
        const overlaps = p.x < box.x + box.width && box.x < p.x + p.width && p.y < box.y + box.height && box.y < p.y + p.height
        expect(overlaps, `${await pin.textContent()} lies over the 双河 marker`).toBe(false)
      }
      // A real tap reaches it.
      await shuanghe.click()
      await expect(page.getByTestId('map-group').getByRole('heading', { name: '双河市区的 3 个场馆' })).toBeVisible()

      // Zoomed in on one of its venues, the label is back.
      await page.goto('/map?venue=shuanghe-science-museum')
      await expect(shuanghe.locator('.venue-group-label')).toHaveText('双河市区 · 3 个场馆')
      await expect(shuanghe.locator('.venue-group-label')).toBeVisible()
      // Leaflet's zoom buttons are named in the page's language.
      await expect(page.getByRole('button', { name: '放大' })).toBeVisible()
      await expect(page.getByRole('button', { name: '缩小' })).toBeVisible()
    })

    await test.step('tap a marker → venue card → venue page', async () => {
      // The phone's size again (the steps before ran on a smaller one).
      await page.setViewportSize({ width: 412, height: 823 })
      const errors = watchErrors(page)
      // A Wednesday noon in Beijing: 新疆科技馆 is in its morning session.
      await page.clock.setFixedTime(new Date('2026-11-25T12:00:00+08:00'))
      await page.goto('/map?region=urumqi')
      // 乌鲁木齐's two venues share the city-centre point: one group marker that opens a list.
      const group = groups(page)
      await expect(group).toHaveCount(1)
      await expect(group).toContainText('乌鲁木齐市区 · 2 个场馆')
      await group.click()
      await page.getByTestId('map-group').getByRole('button', { name: '新疆科技馆' }).click()
      await expect(page).toHaveURL(/venue=xinjiang-science-museum/)
      const card = page.getByRole('article', { name: '新疆科技馆' })
      await expect(card).toBeVisible()
      await expect(card.getByText('开放中，13:30 关门')).toBeVisible()
      await card.getByRole('link', { name: '查看详情' }).click()
      await expect(page).toHaveURL(/\/venues\/xinjiang-science-museum$/)
      await expectHeading(page, '新疆科技馆')
      await expect(page.getByText('周三至周日 11:00–13:30、15:00–17:30')).toBeVisible()
      await expect(page.getByText('（北京时间）', { exact: true })).toBeVisible()
      await expect(page.getByText('开放中，13:30 关门')).toBeVisible()
      // Its point is only the city centre: 导航 opens each provider's place search for its name in 乌鲁木齐.
      const name = encodeURIComponent('新疆科技馆')
      const city = encodeURIComponent('乌鲁木齐市')
      await expect(page.getByRole('link', { name: '高德地图' })).toHaveAttribute(
        'href',
        `https://uri.amap.com/search?keyword=${name}&city=${city}&view=map&callnative=1&src=kepu-xinjiang`,
      )
      await expect(page.getByRole('link', { name: '百度地图' })).toHaveAttribute(
        'href',
        new RegExp(`^https://api\\.map\\.baidu\\.com/place/search\\?query=${name}&region=${city}&output=html&src=`),
      )
      await expect(page.getByRole('link', { name: '腾讯地图' })).toHaveAttribute(
        'href',
        new RegExp(`^https://apis\\.map\\.qq\\.com/uri/v1/search\\?keyword=${name}&region=${city}&referer=`),
      )
      // Published facts carry their source and age; no address was published, so none is copied.
      await expect(page.getByText('据新疆科技馆（自治区科协网站）（2021年11月24日）').first()).toBeVisible()
      // Said once, under the hours: the fee, booking and contact groups come from notices of the same age.
      await expect(page.getByText('信息发布于 5 年前，出发前请向场馆确认')).toBeVisible()
      await expect(page.getByText('信息发布于 5 年前，出发前请向场馆确认')).toHaveCount(1)
      await expect(page.getByRole('link', { name: '拨打 0991-6386167' })).toHaveAttribute('href', 'tel:0991-6386167')
      await expect(page.getByRole('button', { name: '复制地址' })).toHaveCount(0)
      expect(await axeViolations(page)).toEqual([])
      expect(errors).toEqual([])
    })

    // 附近 last: granted, on the first visit to the home page, it makes the nearest region "my region", which
    // the steps after it do not look at.
    await test.step('附近 with a granted position lists venues by distance', async () => {
      // The suite's day again (the step before set a Wednesday noon).
      await page.clock.setFixedTime(E2E_NOW)
      await context.grantPermissions(['geolocation'])
      // Near 新星 (哈密).
      await context.setGeolocation({ latitude: 42.83, longitude: 93.5 })
      await page.goto('/')
      await page.getByRole('link', { name: /附近的科普场馆/ }).click()
      await expect(page).toHaveURL(/\/map\?near=1/)
      await expect(page.getByRole('heading', { name: '离你最近的场馆' })).toBeVisible()
      const rows = page.locator('.sheet-row')
      await expect(rows).toHaveCount(16)
      // No venue has an exact point: each row names its area and a whole-kilometre distance.
      const distances = await rows.getByText(/约 [\d,]+ 公里/).allTextContents()
      expect(distances[0]).toMatch(/在新星一带，约 \d+ 公里/)
      const km = distances.map((d) => Number(/约 ([\d,.]+) 公里/.exec(d)![1]!.replace(/,/g, '')))
      expect(km).toEqual([...km].sort((a, b) => a - b))
      expect(km[0]).toBeLessThan(20)
      await expect(rows.filter({ hasText: '在昌吉市区，约' })).toHaveCount(9)
      await expect(rows.first()).toContainText(/新星|畜牧|农业/)
      // The user's position is drawn on the map, in the part the sheet leaves visible.
      const dot = page.locator('.map-user-dot')
      await expect(dot).toBeVisible()
      const dotBox = (await dot.boundingBox())!
      const sheetBox = (await page.locator('.map-stage-sheet').boundingBox())!
      const mapBox = (await page.locator('.venue-map').boundingBox())!
      expect(dotBox.y + dotBox.height / 2).toBeLessThan(sheetBox.y)
      expect(dotBox.y).toBeGreaterThan(mapBox.y)
      expect(dotBox.x).toBeGreaterThan(mapBox.x)
      expect(dotBox.x + dotBox.width).toBeLessThan(mapBox.x + mapBox.width)
      expect(await axeViolations(page)).toEqual([])
    })

    await test.step('附近 without permission offers a region choice', async () => {
      await context.clearPermissions()
      await page.goto('/map?near=1')
      await expect(page.getByText(/没有获得位置权限|暂时无法获取位置/)).toBeVisible()
      await page.getByRole('button', { name: '昌吉', exact: true }).click()
      await expect(page).toHaveURL(/region=changji/)
      await expect(page).not.toHaveURL(/near=1/)
      await expect(page.getByRole('heading', { name: '符合条件的 9 个场馆', exact: true })).toBeVisible()
    })

    await test.step('附近 refused, then allowed in the browser’s settings: turned on again, it asks again', async () => {
      // No permission yet (the step before cleared it): the browser refuses.
      await page.goto('/map?near=1')
      await expect(page.getByText('没有获得位置权限。可以在浏览器设置中允许，或者选择你所在的地区：')).toBeVisible()
      await context.grantPermissions(['geolocation'])
      await context.setGeolocation({ latitude: 42.83, longitude: 93.5 })
      const near = page.getByRole('button', { name: '附近', exact: true })
      await near.click()
      await expect(near).toHaveAttribute('aria-pressed', 'false')
      await near.click()
      // Before, only the region buttons came back until the page was reloaded.
      await expect(page.getByRole('heading', { name: '离你最近的场馆' })).toBeVisible()
    })
  })

  test("the regions' events: pins that cover nothing, joined to their cities; counted, listed, opening the calendar; names shown as text", async ({
    page,
  }) => {
    test.setTimeout(60_000)
    for (const [name, settings, width, height] of [
      ['standard', { regionAsked: true }, 412, 823],
      ['长辈模式', { regionAsked: true, elderMode: true }, 412, 823],
      // A small map for 60 px pins: those that cannot sit clear beside their city are left out (the list's
      // heading must be in sight above the tab bar, so the map is a third of the screen): two fit.
      ['长辈模式', { regionAsked: true, elderMode: true }, 360, 640],
    ] as const) {
      await test.step(`the regions' event pins cover no marker, button, city or other pin, and a line joins each to its city (${name}, ${width} px)`, async () => {
        await saveSettings(page, settings)
        await page.setViewportSize({ width, height })
        await page.goto('/map')
        if ('elderMode' in settings) await expect(page.locator('html')).toHaveAttribute('data-elder', '')
        const pins = page.locator('.region-events-pin')
        await expect(pins).toHaveCount(4)
        await expect(page.locator('.venue-group').first()).toBeVisible()
        // Placed again after the cluster's chunks and the buttons' slide: wait for the layout to settle.
        const boxes = () =>
          page.evaluate(() => {
            const box = (el: Element) => {
              const r = el.getBoundingClientRect()
              return { text: el.textContent ?? el.className, left: r.left, top: r.top, right: r.right, bottom: r.bottom }
            }
            const map = document.querySelector('.venue-map')!.getBoundingClientRect()
            return {
              map: { left: map.left, top: map.top, right: map.right, bottom: map.bottom },
              pins: [...document.querySelectorAll<HTMLElement>('.region-events-pin')]
                .filter((el) => el.checkVisibility())
                .map((el) => ({
                  ...box(el),
                  // Leaflet draws a marker at its point, moved back by its anchor (the margins).
                  centre: {
                    x: el.getBoundingClientRect().left - parseFloat(el.style.marginLeft || '0'),
                    y: el.getBoundingClientRect().top - parseFloat(el.style.marginTop || '0'),
                  },
                })),
              others: [
                ...document.querySelectorAll('.venue-group, .venue-cluster, .venue-pin, .leaflet-control-zoom, .legend > summary'),
              ].map(box),
              // The lines from the cities to their pins, and the cities' dots, as drawn on the screen.
              leaders: [...document.querySelectorAll<SVGPathElement>('path.region-events-leader')]
                .filter((el) => el.checkVisibility({ visibilityProperty: true }))
                .map((el) => ({ ...box(el), text: el.getAttribute('d')?.includes('a') ? 'dot' : 'line' })),
            }
          })
        const { map, pins: placed, others, leaders } = await settled(boxes)
        const dots = leaders.filter((l) => l.text === 'dot')
        const lines = leaders.filter((l) => l.text === 'line')
        // A pin left to the list has no line.
        expect(dots).toHaveLength(placed.length)
        expect(lines).toHaveLength(placed.length)
        // On the larger phone every pin is drawn; in 长辈模式 there, 乌鲁木齐's gives way (its place would hide
        // 喀什's dot); on the small one two fit. Every region's events are in the list all the same (below).
        expect(placed).toHaveLength(width === 412 ? (name === 'standard' ? 4 : 3) : 2)
        type B = { text: string; left: number; top: number; right: number; bottom: number }
        const overlap = (a: B, b: B) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1
        for (const [i, pin] of placed.entries()) {
          expect(
            pin.top >= map.top && pin.bottom <= map.bottom && pin.left >= map.left && pin.right <= map.right,
            `${pin.text} inside the map`,
          ).toBe(true)
          for (const other of [...others, ...placed.slice(i + 1), ...dots])
            expect(overlap(pin, other), `${pin.text} over ${other.text}`).toBe(false)
          // Its city's dot, and a line from there to the pin's middle (the pin covers its end).
          const near = (a: number, b: number) => Math.abs(a - b) <= 2
          const middle = { x: (pin.left + pin.right) / 2, y: (pin.top + pin.bottom) / 2 }
          expect(
            dots.some((d) => near((d.left + d.right) / 2, pin.centre.x) && near((d.top + d.bottom) / 2, pin.centre.y)),
            `${pin.text}: a dot at its city`,
          ).toBe(true)
          expect(
            lines.some(
              (l) =>
                near(l.left, Math.min(pin.centre.x, middle.x)) &&
                near(l.right, Math.max(pin.centre.x, middle.x)) &&
                near(l.top, Math.min(pin.centre.y, middle.y)) &&
                near(l.bottom, Math.max(pin.centre.y, middle.y)),
            ),
            `${pin.text}: a line from its city`,
          ).toBe(true)
          // Beside its own city: within its height (and a gap either way) of the region's centre, or it reads
          // as a neighbour's.
          const dx = Math.max(pin.left - pin.centre.x, 0, pin.centre.x - pin.right)
          const dy = Math.max(pin.top - pin.centre.y, 0, pin.centre.y - pin.bottom)
          expect(Math.hypot(dx, dy), `${pin.text} beside its centre`).toBeLessThanOrEqual(pin.bottom - pin.top + 16 + 1)
        }
        // Every region's events are named in the list under the map, drawn on it or not: once the list is open.
        await page.getByRole('button', { name: '展开列表' }).click()
        await expect(page.locator('nav.region-events a')).toHaveCount(4)
        await expect(page.locator('nav.region-events a').first()).toBeVisible()
      })
    }

    await test.step('events that name only a region are counted at the region on the map and listed, and open the calendar there', async () => {
      // A phone's size, the default settings, and a day of the month the calendar then shows (the steps before
      // ended on a small phone in 长辈模式).
      await page.setViewportSize({ width: 412, height: 823 })
      await saveSettings(page, {})
      await page.clock.setFixedTime(new Date('2026-11-20T10:00:00+08:00'))
      await page.goto('/map')
      await expect(page.locator('html')).not.toHaveAttribute('data-elder')
      // The list beside the map (the keyboard and no-tiles path) names the same regions.
      await page.getByRole('button', { name: '展开列表' }).click()
      const list = page.getByRole('navigation', { name: '本月各地活动（未定具体场馆）' })
      await expect(list.getByRole('link')).not.toHaveCount(0)
      const links = await list.getByRole('link').allTextContents()
      // The same regions and counts on the map, each pin saying the place is only the region.
      const pins = page.locator('.region-events-pin')
      await expect(pins).toHaveCount(links.length)
      expect((await pins.allTextContents()).map((text) => text.replace(' 项活动', ' 项')).sort()).toEqual([...links].sort())
      await expect(pins.first()).toHaveAttribute('title', /本月 \d+ 项活动（未定具体场馆，位置为地区中心）/)

      const changji = list.getByRole('link', { name: /^昌吉 \d+ 项$/ })
      await changji.click()
      await expect(page).toHaveURL(/\/calendar\?view=month&region=changji$/)
      await expect(page.getByRole('heading', { level: 2, name: '2026年11月' })).toBeVisible()
      // The calendar opens filtered to 昌吉, whose 科技之冬 runs through the month: a band, not a count.
      await expect(page.locator('main summary', { hasText: '筛选' })).toHaveText('筛选：昌吉')
      // Today (the 20th) is said as such.
      await expect(page.getByRole('cell', { name: '2026年11月20日，今天，有持续中的活动季' })).toBeVisible()

      // Filtered to one region, the map counts that region's events only, as it shows that region's venues only.
      await page.goto('/map?region=urumqi')
      await expect(page.locator('.region-events-pin').first()).toBeVisible()
      expect((await page.locator('.region-events-pin').allTextContents()).every((text) => text.startsWith('乌鲁木齐'))).toBe(true)
    })

    await test.step('a region name from the data is shown as text on the map, never run as HTML', async () => {
      const evil = '<img src=x onerror="window.__xss=1">'
      await page.route('**/data/app/catalog.json', async (route) => {
        const catalog = (await (await route.fetch()).json()) as { regions: { id: string; shortName: string }[] }
        for (const region of catalog.regions) if (region.id === 'changji') region.shortName = evil
        await route.fulfill({ json: catalog })
      })
      await page.goto('/map')
      await expect(page.locator('.region-events-pin').filter({ hasText: evil })).toHaveText(/ \d+ 项活动$/)
      await expect(page.locator('.map-city-label', { hasText: evil })).toHaveCount(1)
      expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined()
      await expect(page.locator('.venue-map img[src="x"]')).toHaveCount(0)
    })
  })

  test('shared points in each language and in 长辈模式: the count disc on the point, the words in the language, 60 px targets', async ({
    page,
  }) => {
    test.setTimeout(60_000)
    for (const [language, elderMode] of [
      ['zh-CN', false],
      ['ug', false],
      ['ug', true],
    ] as const) {
      await test.step(`zoomed in (${language}${elderMode ? ', 长辈模式' : ''}), a shared point's count disc sits on the point, its label beside it`, async () => {
        // In Uyghur the disc followed its label to the right, a label's width away from the point (anchored at its left).
        await saveSettings(page, { language, elderMode, regionAsked: true })
        // Zoomed in on one of 双河's three venues at the city centre.
        await page.goto('/map?venue=shuanghe-science-museum')
        await expect(page.locator('html')).toHaveAttribute('lang', language)
        if (elderMode) await expect(page.locator('html')).toHaveAttribute('data-elder', '')
        const shuanghe = groups(page).filter({ has: page.locator('.venue-group-disc', { hasText: /^3$/ }) })
        await expect(shuanghe).toHaveCount(1)
        await expect(shuanghe.locator('.venue-group-label')).toBeVisible()
        // Once the map has settled: while a zoom animates, markers glide (a CSS transition on transform) to the
        // point their style already names. Measured at once, a busy CI machine once saw the disc 33 px off.
        await expect
          .poll(() =>
            shuanghe.evaluate((el) => {
              const [x, y] = el.style.transform.match(/-?[\d.]+px/g)!.map(parseFloat)
              const pane = el.parentElement!.getBoundingClientRect()
              const disc = el.querySelector('.venue-group-disc')!.getBoundingClientRect()
              return Math.hypot(disc.left + disc.width / 2 - (pane.left + x!), disc.top + disc.height / 2 - (pane.top + y!))
            }),
          )
          .toBeLessThanOrEqual(1.5)
      })
    }

    await test.step('in English, a shared point says its area and count in English, the count in its disc', async () => {
      await saveSettings(page, { language: 'en', regionAsked: true })
      await page.goto('/map?region=shuanghe')
      const group = groups(page)
      await expect(group).toHaveCount(1)
      await expect(group).toHaveAttribute('title', 'Shuanghe city centre · 3 venues')
      await expect(group.locator('.venue-group-disc')).toHaveText('3')
      await group.dispatchEvent('click')
      await expect(page.getByTestId('map-group').getByRole('heading', { name: 'Shuanghe city centre: 3 venues' })).toBeVisible()
    })

    // The demo content has no venue alone at its point (all are groups or clusters), so pins are not measured here.
    await test.step('in 长辈模式 the clusters, shared points and venue pins are 60 px targets, drawn where their venues are', async () => {
      await saveSettings(page, { regionAsked: true, elderMode: true })
      // The overview has clusters and shared points; a venue alone at its point (the one 自然资源类 venue) a pin.
      for (const [path, kind] of [
        ['/map', '.venue-group'],
        [`/map?category=${encodeURIComponent('自然资源类')}`, '.venue-pin'],
      ] as const) {
        await test.step(path, async () => {
          await page.goto(path)
          await expect(page.locator('html')).toHaveAttribute('data-elder', '')
          await expect(page.locator(kind).first()).toBeVisible()
          // Markers are placed again as the cluster's chunks and the buttons' slide finish.
          const drawn = await settled(() =>
            page.evaluate(() =>
              [...document.querySelectorAll<HTMLElement>('.venue-cluster, .venue-pin, .venue-group')].map((el) => {
                // Leaflet moves a marker to its point with translate3d and places it with negative margins.
                const [x, y] = el.style.transform.match(/-?[\d.]+px/g)!.map(parseFloat)
                const pane = el.parentElement!.getBoundingClientRect()
                // A shared point's count disc marks the point (a label may follow it); a cluster or pin is centred on it.
                const r = (el.querySelector('.venue-group-disc') ?? el).getBoundingClientRect()
                return {
                  text: el.textContent || el.title,
                  dx: r.left + r.width / 2 - (pane.left + x!),
                  dy: r.top + r.height / 2 - (pane.top + y!),
                  w: (el.querySelector('.venue-group-inner') ?? el).getBoundingClientRect().width,
                }
              }),
            ),
          )
          expect(drawn.length).toBeGreaterThan(0)
          for (const m of drawn) {
            expect(Math.hypot(m.dx, m.dy), `${m.text} at its point`).toBeLessThanOrEqual(1)
            expect(m.w, `${m.text} a 60 px target`).toBeGreaterThanOrEqual(60)
          }
        })
      }
    })
  })

  test.describe('the opening tiles, drawn before Leaflet has loaded', () => {
    const LEAFLET_CHUNK = /\/assets\/VenueMap-[\w-]+\.js$/
    const APP_ENTRY = /\/assets\/index-[\w-]+\.js$/
    /** Holds Leaflet's chunk back until the returned function is called. */
    const holdLeaflet = async (page: Page) => {
      let release = () => {}
      const held = new Promise<void>((resolve) => (release = resolve))
      await page.route(LEAFLET_CHUNK, async (route) => {
        await held
        await route.continue()
      })
      return release
    }

    test('drawn before the app runs, then by the page, where Leaflet then puts its own; not drawn when the map opens elsewhere', async ({
      page,
      context,
    }) => {
      test.setTimeout(45_000)
      // Recorded on every load of the page, for all the steps: each looks at the tiles of its own loads.
      await recordTiles(page)
      for (const [width, height] of [
        [412, 823],
        [360, 640],
      ] as const) {
        await test.step(`on a phone's first look (${width}×${height}) index.html draws them before the app runs, where the page then does`, async () => {
          await page.setViewportSize({ width, height })
          // The app's entry held back, as a slow phone's download and start would.
          let release = () => {}
          const held = new Promise<void>((resolve) => (release = resolve))
          await page.route(APP_ENTRY, async (route) => {
            await held
            await route.continue()
          })
          await page.goto('/map')
          const boot = page.locator('.boot-map img')
          await expect(boot.first()).toBeVisible()
          await expect.poll(() => boot.evaluateAll((imgs) => imgs.every((img) => (img as HTMLImageElement).naturalWidth > 0))).toBe(true)
          await expect(page.locator('.map-stage')).toHaveCount(0)
          await expect(page.getByRole('status')).toHaveText('正在加载…')
          const first = (await recorded(page)).boot
          expect(first.length).toBeGreaterThanOrEqual(4)

          release()
          await expect(page.getByRole('heading', { level: 1 })).toHaveText('地图')
          await expect(page.locator('.boot-map')).toHaveCount(0)
          // The page drew the same tiles at the same places on the screen (firstView's PHONE_MAP_BOX is its box).
          await expect.poll(async () => (await recorded(page)).drawn.length).toBe(first.length)
          expect([...(await recorded(page)).drawn].sort()).toEqual([...first].sort())
          await expect(clusters(page).first()).toBeVisible()
          // The next width's entry is held anew.
          await page.unroute(APP_ENTRY)
        })
      }

      await test.step('drawn tiles that fail leave no broken-image frames while Leaflet loads', async () => {
        // The phone's size again (the step before ended on a smaller one).
        await page.setViewportSize({ width: 412, height: 823 })
        await failTiles(context)
        const release = await holdLeaflet(page)
        await page.goto('/map')
        const drawn = page.locator('.map-preview img')
        await expect
          .poll(() => drawn.evaluateAll((imgs) => imgs.length > 0 && imgs.every((img) => (img as HTMLImageElement).complete)))
          .toBe(true)
        // Chromium frames a sized image that failed, with a broken-image icon, even when its alt is empty.
        for (const img of await drawn.all()) await expect(img).toBeHidden()
        release()
        await expect(page.locator('.venue-map-wrap')).toHaveAttribute('data-tiles', 'failed')
        // The next step's tiles come from the suite's tile server, and its Leaflet is held anew.
        await context.unroute(TILE_HOSTS)
        await page.unroute(LEAFLET_CHUNK)
      })

      await test.step('a slow Leaflet: the tiles show first, and Leaflet’s cover them in the same places', async () => {
        // Leaflet's chunk held back, as a cheap phone's connection or CPU would.
        const release = await holdLeaflet(page)
        await page.goto('/map')
        const drawn = page.locator('.map-preview img')
        await expect(drawn.first()).toBeVisible()
        await expect.poll(() => drawn.evaluateAll((imgs) => imgs.every((img) => (img as HTMLImageElement).naturalWidth > 0))).toBe(true)
        await expect(page.locator('.leaflet-container')).toHaveCount(0)
        const first = (await recorded(page)).drawn
        expect(first.length).toBeGreaterThan(0)
        // The tiles are under the page's header, inside the map's box.
        const stage = (await page.locator('.map-stage').boundingBox())!
        const inside = await drawn.evaluateAll((imgs) =>
          imgs.map((img) => {
            const box = img.getBoundingClientRect()
            return { right: box.right, bottom: box.bottom }
          }),
        )
        expect(inside.some(({ right, bottom }) => right > stage.x && bottom > stage.y)).toBe(true)

        release()
        await expect(page.locator('.venue-map-wrap')).toHaveAttribute('data-tiles', 'ok')
        await expect(clusters(page).first()).toBeVisible()
        // Leaflet asked for the same tiles and put them where the drawn ones were; then the drawn ones went.
        expect([...(await recorded(page)).leaflet].sort()).toEqual([...first].sort())
        await expect(drawn).toHaveCount(0)
        await page.unroute(LEAFLET_CHUNK)
      })

      await test.step('Leaflet waits for the drawn tiles, not for ever: it is not fetched with the page', async () => {
        // Tiles held back, as on a slow connection: Leaflet's 59 KB must not compete with them for it.
        let release = () => {}
        const held = new Promise<void>((resolve) => (release = resolve))
        await context.route(TILE_HOSTS, async (route) => {
          await held
          await route.fulfill({ status: 200, contentType: 'image/png', headers: { 'access-control-allow-origin': '*' }, body: TILE_PNG })
        })
        const asked: string[] = []
        const ask = (request: Request) => {
          if (LEAFLET_CHUNK.test(request.url())) asked.push(request.url())
        }
        page.on('request', ask)
        // Not until `load`: the tiles index.html asks for hold that event back.
        await page.goto('/map', { waitUntil: 'domcontentloaded' })
        await expect(page.locator('.map-preview img').first()).toBeAttached()
        // The page has painted (Leaflet came right after this before), and its tiles are still on their way.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 200)))))
        expect(asked).toEqual([])
        // Tiles that never come do not keep the map from working.
        await expect(page.locator('.leaflet-container')).toHaveCount(1)
        expect(asked).toHaveLength(1)
        release()
        await expect(page.locator('.venue-map-wrap')).toHaveAttribute('data-tiles', 'ok')
        await expect(clusters(page).first()).toBeVisible()
        // The next step's tiles come from the suite's tile server again.
        page.off('request', ask)
        await context.unroute(TILE_HOSTS)
      })

      // Last: it saves a region, which keeps index.html from drawing the tiles.
      await test.step('not drawn when the map opens elsewhere: 附近, or my region', async () => {
        await context.grantPermissions(['geolocation'])
        await context.setGeolocation({ latitude: 42.83, longitude: 93.5 })
        await page.goto('/map?near=1')
        await expect(page.locator('.map-user-dot')).toBeVisible()
        await page.goto('/map')
        await page.evaluate(() => localStorage.setItem('kpxj:settings', JSON.stringify({ region: 'changji', regionAsked: true })))
        await page.reload()
        await expect(page.locator('.venue-map-wrap')).toHaveAttribute('data-tiles', 'ok')
        await expect(clusters(page).or(markers(page)).or(groups(page)).first()).toBeVisible()
        expect((await recorded(page)).drawn).toEqual([])
        expect((await recorded(page)).boot).toEqual([])
        expect((await recorded(page)).leaflet.length).toBeGreaterThan(0)
      })
    })

    test.describe('opened in WeChat', () => {
      test.use({
        userAgent:
          'Mozilla/5.0 (Linux; Android 12; V2111A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0 Mobile Safari/537.36 XWEB/1160117 MicroMessenger/8.0.47',
      })

      test('not drawn while its hint is above the page; once dismissed, drawn where the page then draws them', async ({ page }) => {
        await recordTiles(page)
        await page.goto('/map')
        const hint = page.getByRole('note').filter({ hasText: '微信' })
        await expect(hint).toBeVisible()
        await expect(page.locator('.venue-map-wrap')).toHaveAttribute('data-tiles', 'ok')
        // The hint pushes the map's box down by its own height, which index.html cannot know.
        expect((await recorded(page)).boot).toEqual([])
        expect((await recorded(page)).drawn.length).toBeGreaterThanOrEqual(4)
        await hint.getByRole('button').click()
        await expect(hint).toHaveCount(0)
        await page.reload()
        await expect(page.locator('.venue-map-wrap')).toHaveAttribute('data-tiles', 'ok')
        const { boot, drawn } = await recorded(page)
        expect(boot.length).toBeGreaterThanOrEqual(4)
        expect([...drawn].sort()).toEqual([...boot].sort())
      })
    })
  })

  test.describe('with the service worker', () => {
    test.use({ serviceWorkers: 'allow' })

    test('offline, /map from the worker: markers on the fallback background with no tiles cached, and the opening tiles from its cache below the 当前离线 bar', async ({
      page,
      context,
    }) => {
      test.setTimeout(60_000)
      await test.step('offline reload of /map keeps markers and shows the fallback background', async () => {
        // Nothing cached for tiles: offline, the fallback must carry the map.
        await failTiles(context)
        await page.goto('/map')
        await expect(clusters(page).first()).toBeVisible()
        // The app shell and catalog come from the service worker's precache once it is active.
        expect(await page.evaluate(async () => Boolean(await navigator.serviceWorker.ready))).toBe(true)
        await page.reload()
        await expect(page.locator('.venue-cluster').first()).toBeVisible()
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
        await context.setOffline(true)
        await page.reload()
        await expectHeading(page, '地图')
        await expect(clusters(page).first()).toBeVisible()
        await expect(page.locator('.venue-map--fallback')).toBeVisible()
        await expect(page.getByText(/地图底图暂时无法显示/)).toBeVisible()
        await context.setOffline(false)
        // The next step's tiles come from the suite's tile server again.
        await context.unroute(TILE_HOSTS)
      })

      await test.step('the opening tiles: drawn below the 当前离线 bar from the worker’s cache, where the page then draws them', async () => {
        await page.setViewportSize({ width: 360, height: 640 })
        await recordTiles(page)
        await page.goto('/map')
        await expect(page.locator('.venue-map-wrap')).toHaveAttribute('data-tiles', 'ok')
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
        // A visit under the worker, so the tiles seen are in its cache.
        await page.reload()
        await expect(page.locator('.venue-map-wrap')).toHaveAttribute('data-tiles', 'ok')
        await context.setOffline(true)
        await page.reload()
        await expect(page.getByTestId('offline-indicator')).toBeVisible()
        await expect(page.locator('.venue-map-wrap')).toHaveAttribute('data-tiles', 'ok')
        const { boot, drawn } = await recorded(page)
        expect(boot.length).toBeGreaterThanOrEqual(4)
        // The same tiles at the same screen places as the page's, below the bar (not at the online places).
        expect([...drawn].sort()).toEqual([...boot].sort())
        await context.setOffline(false)
      })
    })
  })
})
