import { readFile } from 'node:fs/promises'

import { expect, type Page, test } from '@playwright/test'
import ICAL from 'ical.js'

import { decodeMonthShard, isMonthShardFile } from '../../src/shared/eventShard'
import { axeViolations, E2E_NOW, editMonthShard, expectHeading, holdMonthShards, watchErrors } from './helpers'
import { setOffline } from './offline-helpers'

/** 10:00 Beijing on the suite's fixed day (2026-11-26): inside 科技之冬 (15 Nov – 31 Mar). */
const NOW = E2E_NOW
const WINTER = { changji: 'keji-zhidong-2026-changji', kashgar: 'keji-zhidong-2026-kashgar' }

function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
}

async function downloadText(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()])
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') }
}

/**
 * Serve `month` in an older shard format, as a service worker's cache filled before a deploy would: v2
 * (records once, `[record, start, end, id suffix?]` with full times) or the first `{ month, events }`.
 */
async function serveOldShard(page: Page, month: string, format: 'v2' | 'first') {
  await page.route(`**/data/app/events/${month}.json`, async (route) => {
    const response = await route.fetch()
    const file: unknown = await response.json()
    if (!isMonthShardFile(file)) throw new Error(`${month}: not a month shard`)
    const events = decodeMonthShard(file)
    if (format === 'first') return route.fulfill({ response, json: { month, events } })
    const records: unknown[] = []
    const keys = new Map<string, number>()
    const occurrences = events.map(({ id, start, end, allDay: _allDay, ...fields }) => {
      const key = JSON.stringify(fields)
      if (!keys.has(key)) keys.set(key, records.push(fields) - 1)
      const index = keys.get(key)!
      if (id === fields.recordId) return [index, start, end]
      return [index, start, end, id.startsWith(fields.recordId) ? id.slice(fields.recordId.length) : { id }]
    })
    await route.fulfill({ response, json: { month, v: 2, records, occurrences } })
  })
}

const starButton = (page: Page, title: RegExp) => page.getByRole('button', { name: new RegExp(`加入我的日程：.*${title.source}`) })

test.describe('calendar', () => {
  // Interception of data files must not be bypassed by a service worker.
  test.use({ serviceWorkers: 'block' })

  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(NOW)
  })

  // One context: each step serves the month shards it needs and takes its route away after it.
  test('the month grid: browse and open a season, leading days of a month not at hand, shards in older formats', async ({ page }) => {
    test.setTimeout(60_000)
    await test.step('browse months in the grid and open a multi-day event', async () => {
      const errors = watchErrors(page)
      await page.goto('/calendar?view=month')
      await expectHeading(page, '活动日历')
      await expect(page.getByRole('heading', { name: '2026年11月' })).toBeVisible()
      const cell = (day: string) => page.locator(`button[data-day="${day}"]`)
      await expect(cell('2026-11-14')).toHaveAccessibleName('2026年11月14日，无活动')
      await expect(cell('2026-11-15')).toHaveAccessibleName('2026年11月15日，2 项活动，有持续中的活动季')
      await expect(cell('2026-11-26')).toHaveAttribute('aria-pressed', 'true')
      expect(await axeViolations(page)).toEqual([])

      await page.getByRole('button', { name: '下个月' }).click()
      await expect(page.getByRole('heading', { name: '2026年12月' })).toBeVisible()
      await expect(page).toHaveURL(/date=2026-12-01/)
      await page.getByRole('button', { name: '下个月' }).click()
      await page.getByRole('button', { name: '下个月' }).click()
      await page.getByRole('button', { name: '下个月' }).click()
      await expect(page.getByRole('heading', { name: '2027年3月' })).toBeVisible()
      await expect(cell('2027-03-31')).toHaveAccessibleName('2027年3月31日，有持续中的活动季')
      await expect(cell('2027-04-01')).toHaveAccessibleName('2027年4月1日，无活动')
      await page.goBack()
      await expect(page.getByRole('heading', { name: '2027年2月' })).toBeVisible()

      await cell('2027-02-10').click()
      await expect(page.getByRole('heading', { level: 2, name: /2月10日 周三/ })).toBeVisible()
      // The first link is the season's line above the grid; the day's list links to the same event.
      await page
        .getByRole('link', { name: /科技之冬”·昌吉市/ })
        .first()
        .click()
      await expect(page).toHaveURL(`/events/${WINTER.changji}`)
      await expect(page.getByText('2026年11月15日（周日） 至 2027年3月31日（周三）')).toBeVisible()
      await expect(page.getByText('日期（北京时间）')).toBeVisible()
      await expect(page.getByText('日期为预计，尚未确认')).toBeVisible()
      await expect(page.getByRole('button', { name: '添加到手机日历（.ics）' })).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
      // Year-long work (全年开展) has no day for a phone calendar: no button that would invent 1 January.
      await page.goto('/events/elderly-kepu-2026-shuanghe')
      await expect(page.getByRole('button', { name: '加入我的日程' })).toBeVisible()
      await expect(page.getByRole('button', { name: '添加到手机日历（.ics）' })).toHaveCount(0)
      expect(errors).toEqual([])
    })

    await test.step('a month grid whose leading days belong to a month not at hand still shows its own month, and claims nothing for them', async () => {
      // Offline, the month before the precached ones is usually missing; the grid once said 内容加载失败.
      await page.route('**/data/app/events/2026-10.json', (route) => route.abort('internetdisconnected'))
      await page.goto('/calendar?view=month')
      await expect(page.getByRole('heading', { name: '2026年11月' })).toBeVisible()
      const cell = (day: string) => page.locator(`button[data-day="${day}"]`)
      await expect(cell('2026-11-15')).toHaveAccessibleName('2026年11月15日，2 项活动，有持续中的活动季')
      await expect(page.getByText('内容加载失败')).toHaveCount(0)
      // 26 October leads the grid: its month is not at hand, so the cell says the date and nothing about events.
      await expect(cell('2026-10-26')).toHaveAccessibleName(/^2026年10月26日/)
      await expect(cell('2026-10-26')).not.toHaveAccessibleName(/无活动|项活动/)
      // The next steps have October again.
      await page.unroute('**/data/app/events/2026-10.json')
    })

    // After a deploy, the service worker's runtime cache can still answer with a shard in an older format.
    for (const format of ['v2', 'first'] as const) {
      await test.step(`a month shard in the ${format === 'v2' ? 'previous compact' : 'first'} format still lists and opens its events`, async () => {
        const errors = watchErrors(page)
        await serveOldShard(page, '2026-11', format)
        await page.goto('/calendar?view=month')
        await expect(page.locator('button[data-day="2026-11-15"]')).toHaveAccessibleName('2026年11月15日，2 项活动，有持续中的活动季')
        await page.goto(`/events/${WINTER.changji}`)
        await expect(page.getByRole('heading', { level: 1, name: /科技之冬”·昌吉市/ })).toBeVisible()
        // Every field, not only what lists show: dates, how to join, organiser and the sources.
        await expect(page.getByText('2026年11月15日（周日） 至 2027年3月31日（周三）')).toBeVisible()
        await expect(page.getByText('关注昌吉市科技局等部门发布的活动通知')).toBeVisible()
        await expect(page.getByText(/自治区科协牵头，昌吉市有关部门组织实施/)).toBeVisible()
        await expect(page.getByText(/“科技之冬”是自治区科协牵头的全疆冬季科普活动/)).toBeVisible()
        expect(errors).toEqual([])
        // This format only: the next step serves its own.
        await page.unroute('**/data/app/events/2026-11.json')
      })
    }
  })

  // One context: no step saves a setting or stars an event; the 360 px steps come last.
  test('the agenda: week navigation and filters, 跳到日期 after the week’s paint, a day tapped in the 360 px grid', async ({ page }) => {
    test.setTimeout(60_000)
    await test.step('agenda: seven days from today, week navigation, 今天, jump to a date and URL filters', async () => {
      const errors = watchErrors(page)
      await page.goto('/calendar')
      await expect(page.getByRole('heading', { level: 2, name: '11月26日 至 12月2日' })).toBeVisible()
      await expect(page.getByRole('heading', { level: 2, name: /11月26日 周四\s*今天/ })).toBeVisible()
      // A season that began earlier is listed once, as 持续中, not on every day of the week.
      await expect(page.getByText('持续中')).toHaveCount(1)
      await expect(page.getByRole('link', { name: /科技之冬”·喀什地区/ }).first()).toBeVisible()
      await expect(page.getByRole('button', { name: '常年开展（11）' }).or(page.getByText('常年开展（11）'))).toBeVisible()
      expect(await axeViolations(page)).toEqual([])

      await page.getByRole('button', { name: '下一周' }).click()
      await expect(page.getByRole('heading', { level: 2, name: '12月3日 至 12月9日' })).toBeVisible()
      await page.getByRole('button', { name: '今天' }).click()
      await expect(page.getByRole('heading', { level: 2, name: '11月26日 至 12月2日' })).toBeVisible()
      await page.getByLabel('跳到日期').fill('2027-05-20')
      await expect(page.getByRole('heading', { level: 2, name: '5月20日 至 5月26日' })).toBeVisible()
      await expect(page).toHaveURL(/date=2027-05-20/)

      await page.getByText('筛选').click()
      await page.getByLabel('地区', { exact: true }).selectOption({ label: '喀什' })
      await expect(page).toHaveURL(/region=kashgar/)
      await page.reload()
      // Folded after the reload, naming what it filters, with 清除筛选 at hand.
      const filters = page.locator('main summary', { hasText: '筛选' })
      await expect(filters).toHaveText('筛选：喀什')
      await filters.click()
      await expect(page.getByLabel('地区', { exact: true })).toHaveValue('kashgar')
      await expect(page.getByRole('link', { name: /昌吉/ })).toHaveCount(0)
      await page.getByRole('button', { name: '清除筛选' }).click()
      await expect(page).not.toHaveURL(/region=/)
      // The button is gone with the filters: focus is on the panel's line, not lost to the page.
      await expect(filters).toBeFocused()
      expect(errors).toEqual([])
    })

    await test.step('跳到日期 waits for the week’s events: a slow month does not get the field’s cost before its paint', async () => {
      const release = await holdMonthShards(page)
      await page.goto('/calendar')
      const field = page.getByLabel('跳到日期')
      await expect(field).toBeVisible()
      // Meanwhile index.html has drawn today's first day (src/boot/agendaPreview.ts), where the page will list it.
      const drawn = page.locator('#boot-agenda')
      await expect(drawn.getByRole('heading', { level: 2 })).toHaveText(/^11月26日 周四\s*今天\s*2 项活动$/)
      await expect(drawn.getByText('持续中')).toBeVisible()
      await expect(drawn.getByRole('link')).toHaveText([/科技之冬”·昌吉市$/, /科技之冬”·喀什地区$/])
      const drawnAt = await Promise.all([drawn.getByRole('heading').boundingBox(), drawn.locator('.boot-continuing').boundingBox()])
      // Painted, and past useAfterPaint's half-second fallback, which upgraded it before the week had come.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 700)))))
      await expect(field).toHaveAttribute('type', 'text')
      release()
      const day = page.getByRole('heading', { level: 2, name: /11月26日 周四\s*今天/ })
      await expect(day).toBeVisible()
      // The page's own list took its place: the same day at the same spot, the same lines under it.
      await expect(drawn).toHaveCount(0)
      const ownAt = await Promise.all([day.boundingBox(), page.locator('#app .continuing').boundingBox()])
      for (const [i, box] of ownAt.entries()) {
        const [own, was] = [box!, drawnAt[i]!]
        const apart = Math.max(...(['x', 'y', 'width', 'height'] as const).map((k) => Math.abs(own[k] - was[k])))
        expect(apart, `${i}: ${JSON.stringify([own, was])}`).toBeLessThanOrEqual(1)
      }
      await expect(field).toHaveAttribute('type', 'date')
      await field.fill('2027-05-20')
      await expect(page.getByRole('heading', { level: 2, name: '5月20日 至 5月26日' })).toBeVisible()
      // The shards are released; the next steps load them unrouted.
      await page.unrouteAll()
    })

    await test.step('on a 360×640 phone a day tapped low in the month grid keeps the grid where it was', async () => {
      await page.setViewportSize({ width: 360, height: 640 })
      await page.goto('/calendar?view=month')
      const day = page.locator('button[data-day="2026-11-28"]')
      await day.scrollIntoViewIfNeeded()
      const before = await page.evaluate(() => scrollY)
      // The grid starts below the first screen: the tap is made scrolled down.
      expect(before).toBeGreaterThan(100)
      const y = (await day.boundingBox())!.y
      await day.tap()
      await expect(page).toHaveURL(/date=2026-11-28/)
      await expect(day).toHaveAttribute('aria-pressed', 'true')
      await expect(page.getByRole('heading', { level: 2, name: /11月28日 周六/ })).toBeAttached()
      expect(await page.evaluate(() => scrollY)).toBe(before)
      expect((await day.boundingBox())!.y).toBeCloseTo(y, 0)
    })

    // Last: its init script watches every document of this page.
    await test.step('跳到日期 becomes a date field after the first paint, in place beside 今天 (bench:tbt: its first build held the mount)', async () => {
      await page.setViewportSize({ width: 360, height: 640 })
      // The field as it first enters the page, and where it sits against 今天; and where index.html drew the day.
      await page.addInitScript(() => {
        new MutationObserver(() => {
          const drawn = document.querySelector('#boot-agenda h2')
          if (drawn && !(window as unknown as { drawnTop?: number }).drawnTop)
            (window as unknown as { drawnTop: number }).drawnTop = drawn.getBoundingClientRect().top + scrollY
          const field = document.querySelector<HTMLInputElement>('.jump input')
          const today = document.querySelector('.range-tools > .btn')
          if (!field || !today || (window as unknown as { first?: object }).first) return
          const [f, b] = [field.getBoundingClientRect(), today.getBoundingClientRect()]
          ;(window as unknown as { first: object }).first = { type: field.type, readOnly: field.readOnly, dx: f.x - b.x, dy: f.y - b.y }
        }).observe(document, { subtree: true, childList: true })
      })
      await page.goto('/calendar')
      const field = page.getByLabel('跳到日期')
      await expect(field).toHaveAttribute('type', 'date')
      const first = await page.evaluate(
        () => (window as unknown as { first: { type: string; readOnly: boolean; dx: number; dy: number } }).first,
      )
      expect(first).toMatchObject({ type: 'text', readOnly: true })
      const [f, b] = [(await field.boundingBox())!, (await page.getByRole('button', { name: '今天' }).boundingBox())!]
      // The same line and the same start: only its width grows.
      expect(Math.abs(f.y - b.y - first.dy)).toBeLessThanOrEqual(1)
      expect(Math.abs(f.x - b.x - first.dx)).toBeLessThanOrEqual(1)
      expect(await field.evaluate((el: HTMLInputElement) => el.readOnly)).toBe(false)
      // At 360 px too, the page's first day is where index.html drew it.
      const drawnTop = await page.evaluate(() => (window as unknown as { drawnTop?: number }).drawnTop)
      const ownTop = await page
        .locator('#app .agenda-day')
        .first()
        .evaluate((el) => el.getBoundingClientRect().top + scrollY)
      expect(drawnTop).toBeDefined()
      expect(Math.abs(drawnTop! - ownTop)).toBeLessThanOrEqual(1)
    })
  })

  // Apart from the 已变更 test: both star 科技之冬·喀什地区 from an empty schedule.
  test('star two overlapping events, then large text with the Xinjiang-time line', async ({ page, request }) => {
    test.setTimeout(60_000)
    await test.step('star two overlapping events: clash warning, .ics of one event and of my schedule, kept across reloads', async () => {
      const errors = watchErrors(page)
      await page.goto('/calendar')
      // As a person does, once the week is on screen (the date field is upgraded a frame after the week's events):
      // a tap while the week was still arriving was lost once in CI.
      await expect(page.getByLabel('跳到日期')).toHaveAttribute('type', 'date')
      await starButton(page, /科技之冬”·昌吉市/)
        .first()
        .click()
      await expect(page.getByRole('button', { name: /移出我的日程：.*昌吉市/ }).first()).toHaveAttribute('aria-pressed', 'true')
      await starButton(page, /科技之冬”·喀什地区/)
        .first()
        .click()
      await expect(page.getByRole('button', { name: /移出我的日程：.*喀什地区/ }).first()).toHaveAttribute('aria-pressed', 'true')

      await page.getByRole('link', { name: '我的日程' }).click()
      await expect(page.getByRole('heading', { name: '进行中（2）' })).toBeVisible()
      await expect(page.getByRole('alert')).toContainText(
        '时间冲突：「2026—2027年度“科技之冬”·昌吉市」与「2026—2027年度“科技之冬”·喀什地区」有重叠',
      )
      expect(await axeViolations(page)).toEqual([])

      // The whole schedule as one .ics file, parsed by an independent parser.
      const mine = await downloadText(page, () => page.getByRole('button', { name: '下载我的日程（.ics）' }).click())
      expect(mine.name).toBe('kepu-xinjiang-my-schedule.ics')
      const events = parseIcs(mine.text)
      expect(events.map((e) => e.uid).sort()).toEqual([`${WINTER.changji}@kepu-xinjiang`, `${WINTER.kashgar}@kepu-xinjiang`])
      // A 4½-month season goes in as one day with a reminder, not as a banner over every day: under way since
      // 15 November, its last day (its first, in the past, reminded nobody).
      expect(events.map((e) => `${e.startDate.toString()}/${e.endDate.toString()}`)).toEqual([
        '2027-03-31/2027-04-01',
        '2027-03-31/2027-04-01',
      ])
      for (const event of events) expect(event.component.getFirstSubcomponent('valarm')).not.toBeNull()

      // Survives a reload (IndexedDB), then one event's own .ics matches the subscribable feed.
      await page.reload()
      await expect(page.getByRole('heading', { name: '进行中（2）' })).toBeVisible()
      await page.getByRole('link', { name: /科技之冬”·昌吉市/ }).click()
      await expect(page.getByRole('button', { name: '已加入我的日程' })).toHaveAttribute('aria-pressed', 'true')
      const one = await downloadText(page, () => page.getByRole('button', { name: '添加到手机日历（.ics）' }).click())
      expect(one.name).toBe(`${WINTER.changji}.ics`)
      const [single] = parseIcs(one.text)
      const feed = parseIcs(await (await request.get('/data/events.ics')).text())
      const fromFeed = feed.find((e) => e.uid === single!.uid)!
      expect(fromFeed).toBeTruthy()
      expect(single!.summary).toBe(fromFeed.summary)
      // The feed is made at build time for every subscriber: the season's first day there; the file made now
      // for this person: its last day.
      expect(fromFeed.startDate.toString()).toBe('2026-11-15')
      expect(`${single!.startDate.toString()}/${single!.endDate.toString()}`).toBe('2027-03-31/2027-04-01')
      expect(single!.component.getFirstPropertyValue('status')).toBe(fromFeed.component.getFirstPropertyValue('status'))
      // Events on days only: 全年开展 work is no day a phone calendar could hold.
      expect(feed.length).toBeGreaterThan(20)

      // Unstar from the event page; the schedule follows.
      await page.getByRole('button', { name: '已加入我的日程' }).click()
      // The button turns back only once IndexedDB has committed the removal; a person sees that before leaving.
      await expect(page.getByRole('button', { name: '加入我的日程' })).toHaveAttribute('aria-pressed', 'false')
      await page.goto('/calendar?view=mine')
      await expect(page.getByRole('heading', { name: '进行中（1）' })).toBeVisible()
      await expect(page.getByText(/时间冲突/)).toHaveCount(0)
      expect(errors).toEqual([])
    })

    // Last: its init script saves large text, and its route adds an event, on every load of this page.
    await test.step('large text: the calendar stays usable and the Xinjiang-time line appears when switched on', async () => {
      await page.addInitScript(() => localStorage.setItem('kpxj:settings', JSON.stringify({ textSize: 'large', showXinjiangTime: true })))
      await editMonthShard(page, '2026-11', (events) => [
        ...events,
        {
          ...events.at(-1)!,
          id: 'timed-probe',
          title: '计时测试讲座',
          start: '2026-11-27T09:30:00+08:00',
          end: '2026-11-27T11:30:00+08:00',
          allDay: false,
        },
      ])
      await page.goto('/calendar')
      await expect(page.getByText('09:30–11:30')).toBeVisible()
      // One tap: the agenda's rows no longer move into place after they render (a tap could land beside them).
      await page.getByRole('link', { name: '计时测试讲座' }).click()
      await expect(page).toHaveURL(/\/events\/timed-probe$/)
      await expect(page.getByText('≈ 新疆时间 07:30–09:30（北京时间减2小时）')).toBeVisible()
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(width).toBeLessThanOrEqual(412)
    })
  })

  test('我的 names the open data files; a starred event whose status and dates changed shows 已变更', async ({ page, request }) => {
    test.setTimeout(60_000)
    await test.step('我的 names the open data files in words, and its calendar file is the feed a phone subscribes to', async () => {
      // The bare addresses (/data/events.ics …) meant nothing to most readers.
      await page.goto('/me')
      const files = page.getByRole('heading', { name: '开放数据' }).locator('xpath=..').getByRole('listitem')
      await expect(files).toHaveText([
        '全部场馆和位置（GeoJSON）',
        '全部活动（日历文件 .ics）',
        '全部活动（JSON）',
        '全部目标（JSON）',
        '五份规划（JSON）',
      ])
      const feed = await page.getByRole('link', { name: '全部活动（日历文件 .ics）' }).getAttribute('href')
      expect(parseIcs(await (await request.get(feed!)).text()).length).toBeGreaterThan(20)
      const venues = await page.getByRole('link', { name: '全部场馆和位置（GeoJSON）' }).getAttribute('href')
      expect((await (await request.get(venues!)).json()).type).toBe('FeatureCollection')
    })

    // Last: its route serves the edited shard on every load of this page.
    await test.step('a starred event whose status and dates changed shows 已变更 until acknowledged', async () => {
      await page.goto(`/events/${WINTER.kashgar}`)
      await page.getByRole('button', { name: '加入我的日程' }).click()
      await expect(page.getByRole('button', { name: '已加入我的日程' })).toBeVisible()

      // The next data update moves the start and confirms the event.
      await editMonthShard(page, '2026-11', (events) =>
        events.map((e) => (e.id === WINTER.kashgar ? { ...e, start: '2026-11-20', status: 'confirmed' } : e)),
      )
      await page.reload()
      const notice = page.getByRole('alert').filter({ hasText: '已变更' })
      await expect(notice).toContainText(
        '时间：原为 2026年11月15日（周日） 至 2027年3月31日（周三），现为 2026年11月20日（周五） 至 2027年3月31日（周三）',
      )
      await expect(notice).toContainText('状态：原为 预计日期，现为 已确认')
      expect(await axeViolations(page)).toEqual([])

      await page.goto('/calendar?view=mine')
      await expect(page.getByRole('link', { name: '已变更' })).toBeVisible()
      await page.getByRole('link', { name: '已变更' }).click()
      await notice.getByRole('button', { name: '知道了' }).click()
      await expect(notice).toHaveCount(0)
      await expect(page.locator('main#main')).toBeFocused()
      await page.reload()
      await expect(page.getByText('日期说明：')).toBeVisible()
      await expect(notice).toHaveCount(0)
    })
  })
})

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' })

  test('my schedule is still there after reloading offline (service worker)', async ({ page, context }) => {
    await page.clock.setFixedTime(NOW)
    // Where index.html draws today's first day (src/boot/agendaPreview.ts), read as it enters the page: offline
    // the page's own list follows from the worker's cache at once.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const day = document.querySelector('#boot-agenda h2')
        if (!day) return
        ;(window as unknown as { drawn: object }).drawn = { text: day.textContent, top: day.getBoundingClientRect().top + scrollY }
        observer.disconnect()
      }).observe(document, { subtree: true, childList: true })
    })
    await page.goto('/calendar')
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    // Load once under the worker's control, so this month's events shard is cached as it would be in use.
    await page.reload()
    await expect(page.evaluate(() => Boolean(navigator.serviceWorker.controller))).resolves.toBe(true)
    await starButton(page, /科技之冬”·昌吉市/)
      .first()
      .click()
    await expect(page.getByRole('button', { name: /移出我的日程：.*昌吉市/ }).first()).toBeVisible()

    // The helper, not context.setOffline alone: a reloaded page is then told it is offline, as a phone's is.
    await setOffline(context, page, true)
    // The day's first screen came from the worker's cache, drawn below the 当前离线 bar where the page lists the day.
    await page.goto('/calendar')
    await expect(page.getByTestId('offline-indicator')).toBeVisible()
    const day = page.getByRole('heading', { level: 2, name: /11月26日 周四\s*今天/ })
    await expect(day).toBeVisible()
    const drawn = await page.evaluate(() => (window as unknown as { drawn?: { text: string; top: number } }).drawn)
    expect(drawn?.text).toMatch(/^11月26日 周四\s*今天\s*2 项活动$/)
    expect(Math.abs(drawn!.top - (await day.evaluate((el) => el.getBoundingClientRect().top + scrollY)))).toBeLessThanOrEqual(1)
    await expect(page.locator('#boot-agenda')).toHaveCount(0)
    // The feed cannot come offline: the link stays in the app and says why (it left for the browser's error page).
    await page.getByRole('link', { name: '订阅全部活动（日历订阅链接）' }).click()
    await expect(page.getByRole('alert').filter({ hasText: '订阅需要联网' })).toBeVisible()
    await expect(page).toHaveURL(/\/calendar$/)
    await page.goto('/calendar?view=mine')
    await expect(page.getByTestId('offline-indicator')).toBeVisible()
    await expect(page.getByRole('heading', { name: '进行中（1）' })).toBeVisible()
    await expect(page.getByRole('link', { name: /科技之冬”·昌吉市/ })).toBeVisible()
    await setOffline(context, page, false)
  })
})
