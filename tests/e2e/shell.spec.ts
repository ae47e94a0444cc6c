import { expect, type Request, test } from '@playwright/test'

import { axeViolations, E2E_NOW, expectHeading, MAIN_ROUTES, TECH_WEEK_NOW, watchErrors } from './helpers'
import { measure, STANDARD_TARGETS } from './measure'

test.beforeEach(async ({ page }) => {
  // A fixed day: the build is made as of it (playwright.config.ts); tests needing another day set their own.
  await page.clock.setFixedTime(E2E_NOW)
})

const VENUE = '/venues/xinjiang-science-museum'
const EVENT = '/events/keji-zhidong-2026-kashgar'

/**
 * The standard mode at a phone viewport, in one walk (a page load costs more than the checks made on it):
 * every main route loaded afresh and scanned, and on the same loads the checks that start there — the tab
 * bar, a deep link to a plan, the filing footer, 44 px targets, the switch to 长辈模式. A step a page, so a
 * failure names it.
 */
test('standard mode: every main route, a plan, a venue and an event render, pass axe and have 44 px targets', async ({ page }) => {
  // Eight page loads and seven axe scans on a shared machine.
  test.setTimeout(240_000)
  const errors = watchErrors(page)

  /** A main route, freshly loaded: its heading, the tab bar, no loading line, axe clean, no page error. */
  const mainRoute = (path: (typeof MAIN_ROUTES)[number]['path']) =>
    test.step(`${path} renders at a phone viewport and passes axe`, async () => {
      const route = MAIN_ROUTES.find((r) => r.path === path)!
      await page.goto(route.path)
      await expectHeading(page, route.heading)
      await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible()
      // Content has loaded: no spinner left.
      await expect(page.getByText('正在加载…')).toHaveCount(0)
      expect(await axeViolations(page)).toEqual([])
      expect(errors).toEqual([])
    })

  /** Buttons, tabs, inputs and selects on the page as loaded (WCAG 2.5.8 and the app's own 44 px). */
  const targets44 = (path: string) =>
    test.step(`outside 长辈模式, buttons, tabs, inputs and selects on ${path} are at least 44 × 44 px`, async () => {
      await expect(page).toHaveURL(path)
      await expect(page.locator('main h1').first()).toBeVisible()
      await expect(page.getByText(/正在加载|正在准备/)).toHaveCount(0)
      await expect(page.locator('html')).not.toHaveAttribute('data-elder')
      const m = await measure(page, 44, STANDARD_TARGETS)
      expect(m.targets, `targets below 44 px on ${path}`).toEqual([])
      expect(errors).toEqual([])
    })

  /** A build without 备案 numbers shows no filing footer (the nginx suite builds with them). */
  const noFilingFooter = (path: string) =>
    test.step(`a build without 备案 numbers shows no filing footer on ${path}`, async () => {
      await expect(page).toHaveURL(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expect(page.getByTestId('filing-footer')).toHaveCount(0)
      await expect(page.getByRole('link', { name: /ICP|公网安备/ })).toHaveCount(0)
    })

  /** What else is checked on each main route's load, after the scan. */
  const onTheSameLoad: Record<string, () => Promise<void>> = {
    '/': async () => {
      await noFilingFooter('/')
      await targets44('/')
      await test.step('the tab bar navigates between the main routes', async () => {
        const nav = page.getByRole('navigation', { name: '主导航' })
        for (const [label, heading, path] of [
          ['日历', '活动日历', '/calendar'],
          ['目标', '目标与规划', '/targets'],
          ['我的', '我的', '/me'],
          ['首页', '科普新疆', '/'],
        ] as const) {
          await nav.getByRole('link', { name: label }).click()
          await expect(page).toHaveURL(path)
          await expectHeading(page, heading)
          await expect(nav.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page')
        }
      })
    },
    '/targets': async () => {
      await targets44('/targets')
      await test.step('a deep link to a plan reloads to the same page and shows its sources', async () => {
        await page.getByRole('link', { name: /双河/ }).first().click()
        await expect(page).toHaveURL(/\/plans\/shuanghe-15$/)
        await page.reload()
        await expect(page.getByRole('heading', { level: 1, name: /第五师双河市.*十五五.*科技创新规划/ })).toBeVisible()
        await expect(page.getByRole('heading', { name: '来源' })).toBeVisible()
        expect(await axeViolations(page)).toEqual([])
        expect(errors).toEqual([])
      })
    },
    '/me': async () => {
      await noFilingFooter('/me')
      await targets44('/me')
    },
  }
  for (const route of MAIN_ROUTES) {
    await mainRoute(route.path)
    await (onTheSameLoad[route.path] ?? (() => targets44(route.path)))()
  }

  await test.step(`the venue page ${VENUE} shows its sources and passes axe`, async () => {
    await page.goto(VENUE)
    await expectHeading(page, '新疆科技馆')
    await expect(page.getByText('规划外场馆')).toBeVisible()
    await expect(page.getByText('周三至周日 11:00–13:30、15:00–17:30')).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
  })
  await targets44(VENUE)

  await page.goto(EVENT)
  await targets44(EVENT)

  await test.step('长辈模式 on 我的 enlarges the app and survives a reload', async () => {
    // Last: everything after it would be in 长辈模式.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '我的' }).click()
    await expect(page).toHaveURL('/me')
    await expectHeading(page, '我的')
    const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
    const standard = await rootSize()
    await page.getByRole('switch', { name: '长辈模式' }).check()
    await expect.poll(rootSize).toBeGreaterThan(standard * 1.2)
    await page.reload()
    await expect(page.getByRole('switch', { name: '长辈模式' })).toBeChecked()
    expect(await rootSize()).toBeGreaterThan(standard * 1.2)
    // That the layout holds at the large size (nothing scrolls sideways) is measured on every main route
    // by the 长辈模式 walk in elder.spec.ts.
    expect(errors).toEqual([])
  })
})

/**
 * How the app starts, in one test, a step a former test: first (a fresh context, nothing cached) the calendar's
 * month shards, then the entry script held back, failing, unreadable; then the collapsed sections of pages
 * loaded normally again.
 */
test('the app starts: month shards fetched once, a shell while the code is slow, a message when it fails; sections show their markers', async ({
  page,
}) => {
  // Nine page loads and an axe scan, about 5 s alone.
  test.setTimeout(60_000)
  await test.step('the calendar downloads each month shard once: the early hint in index.html is reused by the app', async () => {
    await page.clock.setFixedTime(new Date('2026-11-28T10:00:00+08:00'))
    const shardRequests: string[] = []
    const onRequest = (request: Request) => {
      if (request.url().includes('/data/app/events/')) shardRequests.push(new URL(request.url()).pathname)
    }
    page.on('request', onRequest)
    await page.goto('/calendar')
    await expect(page.getByRole('heading', { level: 2, name: /11月28日\s*至\s*12月4日/ })).toBeVisible()
    await expect(page.getByText('正在加载…')).toHaveCount(0)
    expect(shardRequests.sort()).toEqual(['/data/app/events/2026-11.json', '/data/app/events/2026-12.json'])
    // The page's own chunk was asked for with the HTML too, not after the entry script ran.
    await expect(page.locator('head link[rel=modulepreload][href*="/CalendarView-"]')).toHaveCount(1)
    page.off('request', onRequest)
  })
  await test.step('on a slow connection the tab bar and a loading line show before the app’s JavaScript arrives', async () => {
    await page.clock.setFixedTime(E2E_NOW)
    // Hold the app's entry script, as a slow 2G link would, and look at what the phone shows meanwhile.
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await held
      await route.continue()
    })
    await page.goto('/calendar', { waitUntil: 'commit' })
    const nav = page.getByRole('navigation', { name: '主导航' })
    // As the screen shows them (innerText): the 长辈模式 label (活动日历) is in the markup but hidden here.
    await expect(nav.getByRole('link')).toHaveText(['首页', '地图', '日历', '目标', '我的'], { useInnerText: true })
    await expect(nav.getByRole('link', { name: '日历' })).toHaveClass(/\bactive\b/)
    await expect(page.getByRole('status').getByText('正在加载…')).toBeVisible()
    expect(await axeViolations(page)).toEqual([])

    release()
    await expectHeading(page, '活动日历')
    await expect(page.getByText('正在加载…')).toHaveCount(0)
    // Vue replaced the static shell: one tab bar, now driven by the router.
    await expect(page.getByRole('navigation', { name: '主导航' })).toHaveCount(1)
    await expect(nav.getByRole('link', { name: '日历' })).toHaveAttribute('aria-current', 'page')
    await page.unrouteAll()
  })
  await test.step('when the app’s code cannot be downloaded, the page says so instead of loading forever', async () => {
    await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'))
    await page.goto('/calendar')
    await expect(page.getByText('加载失败：请检查网络后刷新本页。')).toBeVisible()
    await expect(page.getByText('正在加载…')).toHaveCount(0)

    // Code the engine cannot read (an old WebView): no network would help, and the page does not say it would.
    const OLD = '这个浏览器版本太旧，打不开本应用：请更新浏览器，或换用新版浏览器打开。'
    await page.unrouteAll()
    await page.route(/\/assets\/index-[\w-]+\.js$/, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'export const a = ?.;' }),
    )
    await page.reload()
    await expect(page.getByText(OLD)).toBeVisible()
    // An engine that cannot run even the start script (no modules, or no ?.): index.html's last check says the same.
    await page.unrouteAll()
    await page.route('**/calendar', async (route) => {
      const html = await (await route.fetch()).text()
      await route.fulfill({ contentType: 'text/html', body: html.replace('<script type="module">', '<script type="module">?.;') })
    })
    await page.reload()
    await expect(page.getByText(OLD)).toBeVisible()
    await expect(page.getByText('正在加载…')).toHaveCount(0)
    // The app's own code again for the next step.
    await page.unrouteAll()
  })
  await test.step('every collapsed section shows that it opens, and turns its marker when open', async () => {
    // A summary laid out as a row loses the browser's ▸; each must show the browser's marker or its own.
    const markers = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('main summary')].map((el) => {
          const before = getComputedStyle(el, '::before')
          const native = getComputedStyle(el).display === 'list-item' && getComputedStyle(el).listStyleType !== 'none'
          return {
            text: el.textContent!.trim(),
            marked: native || (before.content !== 'none' && before.borderInlineEndWidth !== '0px'),
            turn: before.transform,
          }
        }),
      )
    for (const path of ['/calendar', '/calendar?view=month', '/targets']) {
      await page.goto(path)
      await expect(page.locator('main summary').first()).toBeVisible()
      for (const { text, marked } of await markers()) expect(marked, `${path}: ${text} shows a marker`).toBe(true)
    }
    await page.goto('/calendar')
    const filters = page.locator('main summary', { hasText: '筛选' })
    await expect(filters).toBeVisible()
    const turn = async () => (await markers()).find((m) => m.text === '筛选')!.turn
    const closed = await turn()
    await filters.click()
    await expect(page.getByLabel('类型')).toBeVisible()
    expect(await turn()).not.toBe(closed)
  })
})

/** Pages that say what they must, and layouts that hold: a step a former test, the one in 大字 last. */
test('unknown pages lead on, 科技活动周 shows its events, a wide screen moves the navigation aside, 200% zoom scrolls nowhere sideways', async ({
  page,
}) => {
  // 16 page loads and four axe scans, about 8 s alone: the nine in 大字 alone took over 30 s on two shared cores.
  test.setTimeout(120_000)
  await test.step('an unknown URL, venue, event or plan says so with a way on instead of a blank page', async () => {
    await test.step('an unknown URL shows a friendly 404 with a way home', async () => {
      await page.goto('/no/such/page')
      await expectHeading(page, '页面不存在')
      await page.getByRole('link', { name: '回到首页' }).click()
      await expect(page).toHaveURL('/')
      await expectHeading(page, '科普新疆')
    })
    await test.step('an unknown venue, event or plan id says so, that the link may be stale, and leads on', async () => {
      for (const [path, heading, action, to] of [
        ['/venues/no-such-venue', '找不到这个场馆', '在地图上看全部场馆', '/map'],
        ['/plans/no-such-plan', '找不到这份规划', '查看全部目标', '/targets'],
        ['/events/no-such-event', '找不到这个活动', '查看活动日历', '/calendar'],
      ] as const) {
        await page.goto(path)
        await expectHeading(page, heading)
        await expect(page.getByText('可能链接已失效')).toBeVisible()
        expect(await axeViolations(page)).toEqual([])
        await page.getByRole('link', { name: action }).click()
        await expect(page).toHaveURL(to)
      }
    })
  })
  await test.step('in 科技活动周, the home page shows this week’s events and an event page says its date is expected, in Beijing time', async () => {
    await page.clock.setFixedTime(TECH_WEEK_NOW)
    await page.goto('/')
    const thisWeek = page.getByRole('heading', { name: /本周活动/ }).locator('xpath=..')
    await test.step('the home page shows this week’s events, the near-me entry and the targets summary', async () => {
      await expect(thisWeek.getByRole('link').first()).toBeVisible()
      await expect(thisWeek.getByText(/科技活动周/).first()).toBeVisible()
      await expect(page.getByRole('link', { name: /附近的科普场馆/ })).toHaveAttribute('href', '/map?near=1')
      await expect(page.getByText('12.5%')).toBeVisible()
      await expect(page.getByText(/内容更新于 \d{4}年\d+月\d+日/)).toBeVisible()
    })
    await test.step('an event page says its date is expected and gives Beijing time', async () => {
      await thisWeek.getByRole('link').first().click()
      await expect(page).toHaveURL(/\/events\//)
      // Focus is on the new page (it fell to <body> with the link, and a screen reader said nothing).
      await expect(page.locator('main#main')).toBeFocused()
      await expect(page.getByText('北京时间').first()).toBeVisible()
      await expect(page.getByText('日期说明：')).toBeVisible()
      await page.reload()
      await expect(page.getByText('日期说明：')).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
    })
  })
  await test.step('the navigation moves to the side on a wide screen', async () => {
    await page.clock.setFixedTime(E2E_NOW)
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto('/')
    // The app starts after the first paint (of the static shell), so wait for it before measuring.
    await expectHeading(page, '科普新疆')
    const box = await page.getByRole('navigation', { name: '主导航' }).boundingBox()
    expect(box).not.toBeNull()
    expect(box!.height).toBeGreaterThan(600)
    expect(box!.width).toBeLessThan(300)
  })
  await test.step('at 200% browser zoom (640 CSS px of a 1280 px screen) in 长辈模式 (a saved 大字), no page scrolls sideways', async () => {
    // Last: every load from here on is in 大字.
    await page.setViewportSize({ width: 640, height: 400 })
    await page.addInitScript(() => localStorage.setItem('kpxj:settings', JSON.stringify({ textSize: 'large' })))
    for (const path of [
      '/',
      '/map',
      '/calendar',
      '/targets',
      '/me',
      '/me/volunteer',
      '/me/visits',
      '/venues/xinjiang-science-museum',
      '/plans/changji-14',
    ]) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expect(page.locator('html')).toHaveAttribute('data-elder', '')
      await expect(page.getByText('正在加载…')).toHaveCount(0)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0)
    }
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('the page says how to fix it instead of loading forever', async ({ page }) => {
    await page.goto('/map')
    // Playwright's text search skips <noscript>, so find the notice by its class.
    await expect(page.locator('main .notice')).toBeVisible()
    await expect(page.locator('main .notice')).toContainText('科普新疆需要启用 JavaScript')
    await expect(page.getByText('正在加载…')).toBeHidden()
    await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '地图' })).toHaveAttribute('href', '/map')
  })
})
