/**
 * Issue 16, as a parent in 昌吉 would try it on Tuesday 2026-12-01 at 10:00 Beijing time: seasons are listed
 * once, history stays on the plan pages, ended events offer no calendar entry, the home page answers "this
 * weekend". The served build is made as of E2E_TODAY (2026-11-26 unless set); the page clock runs five days
 * later, as a phone does between two updates.
 */
import { readFile } from 'node:fs/promises'

import { expect, type Page, test } from '@playwright/test'
import ICAL from 'ical.js'

import { axeViolations, beijingMorning, watchErrors } from './helpers'
import { setOffline, waitForServiceWorker } from './offline-helpers'

const NOW = beijingMorning('2026-12-01')
const WINTER_CHANGJI = /科技之冬”·昌吉市/
const HISTORY = '“十三五”期间社区科普益民工程'

async function downloadText(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()])
  return readFile((await download.path())!, 'utf8')
}

test.describe('seasons, history and ended events', () => {
  test.use({ serviceWorkers: 'block' })
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(NOW)
  })

  // One context for the four checks: none of them chooses a region or a setting, and only the last one stars.
  test('a season is listed once, history stays on its plan page, ended events offer no calendar entry', async ({ page }) => {
    test.setTimeout(60_000)
    await test.step('the agenda lists a season once, and history in no calendar view', async () => {
      const errors = watchErrors(page)
      await page.goto('/calendar')
      await expect(page.getByRole('heading', { level: 2, name: '12月1日 至 12月7日' })).toBeVisible()
      await expect(page.getByRole('link', { name: WINTER_CHANGJI })).toHaveCount(1)
      await expect(page.getByText('持续中')).toHaveCount(1)
      expect(await axeViolations(page)).toEqual([])

      // Back in the 十三五 years, the work the plans report is still not a calendar item.
      await page.getByLabel('跳到日期').fill('2018-06-01')
      await expect(page.getByRole('heading', { level: 2, name: '6月1日 至 6月7日' })).toBeVisible()
      await expect(page.getByText('这段时间暂无活动')).toBeVisible()
      await expect(page.getByText(HISTORY)).toHaveCount(0)
      await page.getByRole('link', { name: '月历' }).click()
      await expect(page.getByRole('heading', { name: '2018年6月' })).toBeVisible()
      await expect(page.getByText(HISTORY)).toHaveCount(0)
      expect(errors).toEqual([])
    })

    await test.step('history is 回顾 on its plan page, without add-to-calendar or star', async () => {
      await page.goto('/plans/changji-14')
      const history = page.getByRole('list', { name: /回顾/ })
      await expect(history.getByRole('link', { name: HISTORY })).toBeVisible()
      await expect(history.getByRole('listitem').filter({ hasText: HISTORY })).toContainText('2016—2020年间')
      await history.getByRole('link', { name: HISTORY }).click()
      await expect(page).toHaveURL(/\/events\/community-kepu-2016-2020-changji$/)
      await expect(page.getByText('回顾', { exact: true })).toBeVisible()
      await expect(page.getByText('这是规划回顾的往期工作，不是可以参加的活动。')).toBeVisible()
      await expect(page.getByRole('button', { name: /添加到手机日历/ })).toHaveCount(0)
      await expect(page.getByRole('button', { name: /加入我的日程/ })).toHaveCount(0)
      expect(await axeViolations(page)).toEqual([])
    })

    await test.step('an ended event says 已结束 and offers no add-to-calendar, on its page and in search', async () => {
      await page.goto('/events/tech-week-2025-urumqi')
      await expect(page.getByRole('heading', { level: 1, name: '2025年乌鲁木齐市科技活动周系列活动' })).toBeVisible()
      await expect(page.getByText('已结束', { exact: true })).toBeVisible()
      await expect(page.getByText('活动已结束，不再提供添加到日历。')).toBeVisible()
      await expect(page.getByRole('button', { name: /添加到手机日历/ })).toHaveCount(0)

      await page.goto('/calendar')
      await page.getByRole('searchbox', { name: '搜索活动' }).fill('益民工程')
      await expect(page.getByRole('link', { name: /十三五”期间社区科普益民工程/ })).toContainText('已结束')
    })

    // Last: it stars the season (IndexedDB), and 进行中（1） counts it alone.
    await test.step('a starred season that has started is under 进行中; its .ics is its last day with a VALARM', async () => {
      await page.goto('/calendar')
      // The agenda moves its rows into place once measured: a tap in that instant can miss the star, so check
      // that it took (its name turns to 移出…) and tap again if not.
      const starred = page.getByRole('button', { name: new RegExp(`移出我的日程：.*${WINTER_CHANGJI.source}`) }).first()
      await expect(async () => {
        if ((await starred.count()) === 0) {
          await page
            .getByRole('button', { name: new RegExp(`加入我的日程：.*${WINTER_CHANGJI.source}`) })
            .first()
            .click({ timeout: 2000 })
        }
        await expect(starred).toHaveAttribute('aria-pressed', 'true', { timeout: 1000 })
      }).toPass({ timeout: 10_000 })
      await page.getByRole('link', { name: '我的日程' }).click()
      await expect(page.getByRole('heading', { name: '进行中（1）' })).toBeVisible()
      await expect(page.getByRole('heading', { name: /即将进行/ })).toHaveCount(0)
      const text = await downloadText(page, () => page.getByRole('button', { name: '下载我的日程（.ics）' }).click())
      const [event] = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
      // Under way since 15 November: its last day, the day before which the reminder fires (明天结束).
      expect(`${event!.startDate.toString()}/${event!.endDate.toString()}`).toBe('2027-03-31/2027-04-01')
      expect(event!.description).toContain('活动持续137天：2026年11月15日（周日）至2027年3月31日（周三）（北京时间）。已在进行中')
      const alarm = event!.component.getFirstSubcomponent('valarm')
      expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY')
      expect(alarm?.getFirstPropertyValue('description')).toMatch(/^明天结束：/)
      expect(await axeViolations(page)).toEqual([])
    })
  })
})

test.describe('home answers "this weekend"', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(NOW)
  })

  // One context: the phone-width checks need the region question, which nothing before them answers; the clock
  // is set back to NOW after the Sunday step, and 长辈模式 (saved by an init script, at 360 px) comes last.
  test('home answers "this weekend": venues and hours, Sunday, phone widths and 长辈模式', async ({ page }) => {
    test.setTimeout(45_000)
    await test.step('venues open this weekend with their hours and source, then dated events, then one 正在进行 strip', async () => {
      const errors = watchErrors(page)
      await page.goto('/')
      const weekend = page.getByRole('region', { name: /本周末可以去/ })
      const museum = weekend.getByRole('listitem').filter({ hasText: '新疆科技馆' })
      await expect(museum).toContainText('周六 11:00–13:30、15:00–17:30')
      await expect(museum).toContainText('周日 11:00–13:30、15:00–17:30')
      await expect(museum.getByRole('link', { name: /^据.+（\d{4}年/ }).first()).toBeVisible()

      // The 4½-month season is one line of the strip, not a card in this week and next week.
      const ongoing = page.getByRole('region', { name: /正在进行/ })
      await expect(ongoing.getByRole('link', { name: WINTER_CHANGJI })).toHaveCount(1)
      await expect(ongoing).toContainText('至 3月31日')
      // Year-long work is folded under one line, opened with a tap.
      await expect(ongoing.getByRole('link', { name: /科普大篷车巡回·昌吉市/ })).toBeHidden()
      await ongoing.getByText(/^常年开展（\d+）$/).click()
      await expect(ongoing.getByRole('link', { name: /科普大篷车巡回·昌吉市/ })).toBeVisible()
      await expect(page.getByRole('article').filter({ hasText: '科技之冬' })).toHaveCount(0)
      // Weekend venues come first, the strip after the weeks.
      const order = await page.locator('main h2').allTextContents()
      expect(order.filter((h) => h !== '你在哪个地区？')[0]).toMatch(/^本周末可以去/)
      expect(order.findIndex((h) => h.startsWith('正在进行'))).toBeGreaterThan(0)
      expect(await axeViolations(page)).toEqual([])
      expect(errors).toEqual([])
    })

    await test.step('on Sunday only the hours still ahead; on Sunday evening, next weekend with its dates', async () => {
      await page.clock.setFixedTime(new Date('2026-12-06T14:00:00+08:00'))
      await page.goto('/')
      const weekend = page.getByRole('region', { name: /本周末可以去/ })
      const museum = weekend.getByRole('listitem').filter({ hasText: '新疆科技馆' })
      await expect(museum).toContainText('周日 15:00–17:30')
      await expect(museum).not.toContainText('11:00–13:30')
      await expect(museum).not.toContainText('周六')
      // 21:00: the museum closed at 17:30, and a family must not set out for it tonight.
      await page.clock.setFixedTime(new Date('2026-12-06T21:00:00+08:00'))
      await page.reload()
      await expect(weekend.getByTestId('weekend-over')).toContainText('本周末的开放时间已经过去')
      await expect(weekend.getByTestId('weekend-over')).toContainText(/下周末（12月12日.*12月13日）/)
      await expect(museum).toContainText('周六 11:00–13:30、15:00–17:30')
      await expect(weekend).not.toContainText('暂未找到公布了周末开放时间的场馆')
    })

    for (const [width, height] of [
      [412, 823],
      [360, 640],
    ] as const) {
      await test.step(`home and agenda fit a ${width}×${height} phone`, async () => {
        await page.clock.setFixedTime(NOW)
        await page.setViewportSize({ width, height })
        for (const [name, path] of [
          ['home', '/'],
          ['agenda', '/calendar'],
        ] as const) {
          await page.goto(path)
          await expect(page.getByText('正在加载…')).toHaveCount(0)
          await expect(page.locator('main h2').first()).toBeVisible()
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
          if (name === 'home') {
            // The region question stays compact: the first weekend venue still starts on the first screen.
            const ask = page.getByRole('region', { name: '你在哪个地区？' })
            await expect(ask).toBeVisible()
            // Every region in sight: none lies past the screen's edge in a row that scrolls without a cue.
            for (const choice of await ask.getByRole('button').all()) {
              const box = (await choice.boundingBox())!
              expect(box.x + box.width, `${await choice.textContent()} on screen`).toBeLessThanOrEqual(width)
            }
            const first = page
              .getByRole('region', { name: /本周末可以去/ })
              .getByRole('listitem')
              .first()
            // The tab bar is on screen (a phone's width): the first card must start above it.
            const tabBar = (await page.getByRole('navigation', { name: '主导航' }).boundingBox())!.height
            expect((await first.boundingBox())!.y).toBeLessThan(height - tabBar)
            // "See all" under the cards stands apart from the last one (it touched its edge).
            for (const [list, link] of [
              ['.weekend-venue', '在地图上看全部场馆'],
              ['.target-grid', '查看全部目标'],
            ] as const) {
              const above = (await page.locator(list).last().boundingBox())!
              const below = (await page.getByRole('link', { name: link }).boundingBox())!
              expect(below.y - (above.y + above.height), `${link} apart from the cards`).toBeGreaterThanOrEqual(8)
            }
          } else {
            // The week's controls leave room for the first event: at least its title's first line above the tab bar.
            const title = page.getByRole('region', { name: '日程' }).getByRole('link').first()
            await expect(title).toBeVisible()
            const tabBar = (await page.getByRole('navigation', { name: '主导航' }).boundingBox())!.height
            expect((await title.boundingBox())!.y + 24, 'first event title on the first screen').toBeLessThanOrEqual(height - tabBar)
          }
          if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/${name}-${width}x${height}.png` })
        }
        // With a region chosen (mine, the usual case) 清除筛选 sits beside 筛选：昌吉: under it, the folded panel
        // took two lines and the first event's title went under a 360 px phone's tab bar.
        await page.goto('/calendar?region=changji')
        const summary = page.locator('.filters summary')
        await expect(summary).toHaveText('筛选：昌吉')
        const [chosen, clear] = [(await summary.boundingBox())!, (await page.getByRole('button', { name: '清除筛选' }).boundingBox())!]
        expect(Math.abs(clear.y + clear.height / 2 - (chosen.y + chosen.height / 2))).toBeLessThanOrEqual(4)
        const title = page.getByRole('region', { name: '日程' }).getByRole('link').first()
        const tabBar = (await page.getByRole('navigation', { name: '主导航' }).boundingBox())!.height
        expect((await title.boundingBox())!.y + 24, 'first event title on the first screen').toBeLessThanOrEqual(height - tabBar)
      })
    }

    // Last: its init script saves 长辈模式 (and a region asked) on every load of this page.
    await test.step('in 长辈模式 on a 360 px phone, the weekend hours wrap between ranges and stay inside the card', async () => {
      await page.clock.setFixedTime(NOW)
      await page.setViewportSize({ width: 360, height: 640 })
      await page.addInitScript(() => localStorage.setItem('kpxj:settings', JSON.stringify({ elderMode: true, regionAsked: true })))
      await page.goto('/')
      const museum = page
        .getByRole('region', { name: /本周末可以去/ })
        .getByRole('listitem')
        .filter({ hasText: '新疆科技馆' })
      await expect(museum).toContainText('周六 11:00–13:30、15:00–17:30')
      const overflow = await museum.evaluate((card) => {
        const style = getComputedStyle(card)
        const inner = card.getBoundingClientRect().right - parseFloat(style.paddingInlineEnd) - parseFloat(style.borderInlineEndWidth)
        return [...card.querySelectorAll('p')].map((p) => {
          const range = document.createRange()
          range.selectNodeContents(p)
          return Math.max(...[...range.getClientRects()].map((r) => r.right)) - inner
        })
      })
      for (const past of overflow) expect(past).toBeLessThanOrEqual(0.5)
    })
  })
})

// Choosing a region, 暂不选择 and 附近 each need a first visit (the region question not yet answered) and answer it
// for good: each opens its test here and below, and what follows in that test does not need the question.
test.describe('my region', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(NOW)
  })

  test('asked once on the home page, it scopes home and the calendar, and is changed on 我的; no position, no distance', async ({
    page,
  }) => {
    test.setTimeout(60_000)
    await test.step('asked once on the home page, it scopes home and the calendar, and is changed on 我的', async () => {
      const errors = watchErrors(page)
      await page.goto('/')
      const ask = page.getByRole('region', { name: '你在哪个地区？' })
      await ask.getByRole('button', { name: '昌吉' }).click()
      await expect(ask).toHaveCount(0)
      await expect(page.getByText('我的地区：昌吉')).toBeVisible()
      const main = page.locator('main')
      await expect(main.getByRole('link', { name: WINTER_CHANGJI })).toHaveCount(1)
      await expect(main).not.toContainText('喀什')
      // 昌吉 has no venue with published weekend hours: the page says so and offers what is open elsewhere.
      await expect(main.getByText('昌吉暂未找到公布了周末开放时间的场馆。')).toBeVisible()
      await expect(main.getByRole('link', { name: '新疆科技馆', exact: true })).toBeVisible()
      expect(await axeViolations(page)).toEqual([])

      // Kept across a reload, and the calendar opens filtered to it; clearing the filter shows every region.
      await page.reload()
      await expect(page.getByText('我的地区：昌吉')).toBeVisible()
      await expect(page.getByRole('region', { name: '你在哪个地区？' })).toHaveCount(0)
      await page.goto('/calendar')
      // The folded panel's line says why other regions are missing; its selects do not take the first screen.
      const filters = page.locator('main summary', { hasText: '筛选' })
      await expect(filters).toHaveText('筛选：昌吉')
      await expect(page.getByRole('link', { name: /科技之冬”·喀什地区/ })).toHaveCount(0)
      await expect(page.getByLabel('地区', { exact: true })).toBeHidden()
      await filters.click()
      await expect(page.getByLabel('地区', { exact: true })).toHaveValue('changji')
      await page.getByRole('button', { name: '清除筛选' }).click()
      await expect(page.getByRole('link', { name: /科技之冬”·喀什地区/ })).toHaveCount(1)
      await expect(page).toHaveURL(/region=all/)

      await page.goto('/me')
      await expect(page.getByLabel('我的地区')).toHaveValue('changji')
      await page.getByLabel('我的地区').selectOption('')
      await page.goto('/')
      await expect(page.getByText(/我的地区/)).toHaveCount(0)
      await expect(page.getByRole('region', { name: '你在哪个地区？' })).toHaveCount(0)
      await expect(page.locator('main').getByText(/喀什/).first()).toBeVisible()
      expect(errors).toEqual([])
    })

    // No position was ever granted in this context.
    await test.step('without a granted position, home shows no distance and asks nothing', async () => {
      await page.goto('/')
      const weekend = page.getByRole('region', { name: /本周末可以去/ })
      await expect(weekend.getByRole('listitem').first()).toBeVisible()
      await expect(weekend).not.toContainText('公里')
    })
  })

  test('附近 sets my region from the position on a first visit; the 科学素质 targets follow my region', async ({ page, context }) => {
    test.setTimeout(60_000)
    await test.step('附近 takes my region from the position, and home shows distances without asking again', async () => {
      await context.grantPermissions(['geolocation'])
      await context.setGeolocation({ latitude: 44.02, longitude: 87.3 })
      await page.goto('/')
      await page.getByRole('link', { name: /附近的科普场馆/ }).click()
      await expect(page.getByText('已按你的位置把“我的地区”设为昌吉，可在“我的”中更改。')).toBeVisible()
      await page.getByRole('link', { name: '首页' }).click()
      await expect(page.getByText('我的地区：昌吉')).toBeVisible()
      const museum = page
        .getByRole('region', { name: /本周末可以去/ })
        .getByRole('listitem')
        .filter({ hasText: '新疆科技馆' })
      await expect(museum).toContainText(/约 \d+ 公里（大致位置）/)
      // A new visit: the permission was granted before, so the distance comes back without a prompt.
      await page.reload()
      await expect(museum).toContainText(/约 \d+ 公里（大致位置）/)
    })

    // It saves each region it needs itself (the saved region wins over the one 附近 chose).
    await test.step('the home page’s 科学素质目标 put my region’s first, and say when its plans set none', async () => {
      const literacy = page.locator('section', { has: page.getByRole('heading', { name: '科学素质目标', exact: true }) })
      const saveRegion = async (region: string) => {
        await page.evaluate((r) => localStorage.setItem('kpxj:settings', JSON.stringify({ region: r, regionAsked: true })), region)
        await page.reload()
      }
      await page.goto('/')
      await saveRegion('shuanghe')
      await expect(literacy.getByRole('listitem').first()).toContainText('双河')
      await expect(literacy).not.toContainText('的规划没有写科学素质目标')
      // 喀什's plans set no 科学素质 target: the others' are not shown as if they were its own.
      await saveRegion('kashgar')
      await expect(literacy.getByText('喀什地区的规划没有写科学素质目标。其他地区的：')).toBeVisible()
      await expect(literacy.getByRole('listitem').first()).toBeVisible()
    })
  })
})

test.describe('back control', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(NOW)
  })

  test('back returns to where the user came from; the map and the visit planner start from my region', async ({ page }) => {
    test.setTimeout(60_000)
    await test.step('returns to where the user came from, or to the list when opened from a shared link', async () => {
      await page.goto('/')
      await page.getByRole('button', { name: '暂不选择' }).click()
      await page
        .getByRole('region', { name: /正在进行/ })
        .getByRole('link', { name: WINTER_CHANGJI })
        .click()
      await expect(page).toHaveURL(/\/events\/keji-zhidong-2026-changji$/)
      // The back control is at the top, before the title.
      const back = page.getByRole('link', { name: '返回', exact: true })
      expect((await back.boundingBox())!.y).toBeLessThan((await page.getByRole('heading', { level: 1 }).boundingBox())!.y)
      await back.click()
      await expect(page).toHaveURL(/\/$/)

      // Opened from a shared link: nothing to go back to, so it goes to the list.
      await page.goto('/venues/xinjiang-science-museum')
      await page.getByRole('link', { name: '返回', exact: true }).click()
      await expect(page).toHaveURL(/\/map$/)
      await page.goto('/plans/changji-14')
      await page.getByRole('link', { name: '返回', exact: true }).click()
      await expect(page).toHaveURL(/\/targets$/)
    })

    // Last: its init script saves 昌吉 as my region on every load of this page.
    await test.step('the map opens on my region and the visit planner starts from it', async () => {
      await page.addInitScript(() => localStorage.setItem('kpxj:settings', JSON.stringify({ region: 'changji', regionAsked: true })))
      await page.goto('/map')
      const heading = page.getByRole('heading', { name: /^地图范围内 \d+ 个场馆（共 \d+ 个）$/ })
      // Fitted to 昌吉: fewer venues in view than the whole of Xinjiang holds.
      await expect
        .poll(async () => {
          const [, inView, total] = /(\d+) 个场馆（共 (\d+) 个）/.exec((await heading.textContent()) ?? '')!.map(Number)
          return inView! > 0 && inView! < total!
        })
        .toBe(true)
      await page.goto('/me/visits')
      await expect(page.getByText('当前：按“我的地区”：昌吉市中心（大致位置）')).toBeVisible()
      await expect(page.getByRole('button', { name: '清除' })).toHaveCount(0)
    })
  })
})

test.describe('search speaks like families', () => {
  const box = (page: Page) => page.getByRole('searchbox', { name: '搜索场馆、活动、规划和目标' })
  const group = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) })
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(NOW)
  })

  // 暂不选择 needs a first visit (the region question not yet answered); the search after it chooses nothing.
  test('暂不选择 hides the question for good; search speaks like families', async ({ page }) => {
    test.setTimeout(45_000)
    await test.step('everything works without choosing: 暂不选择 hides the question for good', async () => {
      await page.goto('/')
      await page.getByRole('button', { name: '暂不选择' }).click()
      await expect(page.getByRole('region', { name: '你在哪个地区？' })).toHaveCount(0)
      await page.reload()
      await expect(page.getByRole('region', { name: /本周末可以去/ })).toBeVisible()
      await expect(page.getByRole('region', { name: '你在哪个地区？' })).toHaveCount(0)
    })

    await test.step('亲子 and 周末 find events or venues; 科普日 lists events first', async () => {
      await page.goto('/')
      await box(page).fill('亲子')
      await expect(group(page, '场馆').getByRole('link', { name: /新疆科技馆/ })).toBeVisible()
      await box(page).fill('周末')
      // Tuesday 1 December: 周末 is 5–6 December, and the page says so.
      await expect(page.getByText('按周末查找：2026年12月5日（周六） 至 2026年12月6日（周日）')).toBeVisible()
      await expect(group(page, '场馆').getByRole('link', { name: /新疆科技馆/ })).toBeVisible()
      await box(page).fill('老人')
      await expect(page.locator('.search-panel').getByRole('link').first()).toBeVisible()
      await box(page).fill('科普日')
      const kinds = page.locator('.search-panel').getByRole('heading', { level: 2 })
      await expect(kinds.first()).toHaveText(/^活动/)
    })
  })

  test.describe('with the service worker', () => {
    test.use({ serviceWorkers: 'allow' })

    test('Enter on 科普日 opens a result list at its own URL, which reloads offline', async ({ page, context }) => {
      await page.goto('/')
      await waitForServiceWorker(page)
      await box(page).fill('科普日')
      await expect(group(page, '活动').getByRole('link').first()).toBeVisible()
      await box(page).press('Enter')
      await expect(page).toHaveURL(`/search?q=${encodeURIComponent('科普日')}`)
      await expect(page.getByRole('heading', { level: 1, name: '“科普日”的搜索结果' })).toBeVisible()
      await expect(
        group(page, '活动')
          .getByRole('link', { name: /全国科普月/ })
          .first(),
      ).toBeVisible()
      expect(await axeViolations(page)).toEqual([])

      await setOffline(context, page, true)
      await page.reload()
      await expect(page.getByTestId('offline-indicator')).toBeVisible()
      await expect(page.getByRole('heading', { level: 1, name: '“科普日”的搜索结果' })).toBeVisible()
      await expect(box(page)).toHaveValue('科普日')
      await expect(
        group(page, '活动')
          .getByRole('link', { name: /全国科普月/ })
          .first(),
      ).toBeVisible()
      await setOffline(context, page, false)
    })
  })
})
