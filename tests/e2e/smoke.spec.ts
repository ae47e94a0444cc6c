/**
 * Smoke set, run by `npm test` on three days (scripts/test-all.ts): the start of the content, today (or
 * KEPU_TODAY) and a year after the last dated content file. Each run serves a build made as of that day
 * and fixes the page clock on it, so what it proves is that a build in any year has a full, working app:
 * campaigns generated with their date notes, venues, rosters or an honest empty state, offline reload.
 */
import { expect, type Page, test } from '@playwright/test'

import { axeViolations, E2E_NOW, E2E_TODAY, expectHeading, MAIN_ROUTES, watchErrors } from './helpers'
import { setOffline, waitForServiceWorker } from './offline-helpers'

const year = E2E_TODAY.slice(0, 4)

/**
 * The agenda shows something to open on any day: a dated event of the coming week, or the year-long work
 * folded under 常年开展, which a person opens with a tap.
 */
async function expectAgendaEvents(page: Page) {
  const link = page.locator('main a[href^="/events/"]:visible').first()
  const ongoing = page.locator('main summary').filter({ hasText: /^常年开展（\d+）$/ })
  await expect(link.or(ongoing).first()).toBeVisible()
  if ((await link.count()) === 0) await ongoing.click()
  await expect(link).toBeVisible()
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(E2E_NOW)
})

/**
 * The home page, the calendar, the map and the volunteer page in one test (a new browser context per test
 * cost more than the checks): a step each, so a failure names the page.
 */
test(`@smoke home, calendar, map and volunteer on ${E2E_TODAY}`, async ({ page }) => {
  // Eight page loads and an axe scan, with three smoke runs and the nginx suite sharing two cores.
  test.setTimeout(120_000)
  const errors = watchErrors(page)

  await test.step(`home on ${E2E_TODAY}: this year's expected campaigns, each with its date note`, async () => {
    await page.goto('/')
    await expectHeading(page, '科普新疆')
    const events = page.locator('main a[href^="/events/"]')
    await expect(events.first()).toBeVisible()
    // Year-long work is folded under 常年开展 in the 正在进行 strip; a person opens it with a tap.
    for (const summary of await page.locator('main details:not([open]) > summary').all()) await summary.click()
    // Something of this year is on (a year-long campaign at least): the content has not run out.
    await expect(events.filter({ hasText: new RegExp(`${year}年`) }).first()).toBeVisible()
    await expect(page.getByText('预计').first()).toBeVisible()
    expect(await axeViolations(page)).toEqual([])

    await events
      .filter({ hasText: new RegExp(`${year}年`) })
      .first()
      .click()
    await expect(page).toHaveURL(/\/events\//)
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(year) })).toBeVisible()
    await expect(page.getByText('日期说明：')).toBeVisible()
    await expect(page.getByText('北京时间').first()).toBeVisible()
    expect(errors).toEqual([])
  })

  await test.step(`calendar on ${E2E_TODAY}: events to open, and the month`, async () => {
    await page.goto('/calendar')
    await expectHeading(page, '活动日历')
    await expectAgendaEvents(page)
    await page.goto('/calendar?view=month')
    const month = `${year}年${Number(E2E_TODAY.slice(5, 7))}月`
    await expect(page.getByRole('heading', { name: month })).toBeVisible()
    await expect(page.getByText('内容加载失败')).toHaveCount(0)
  })

  await test.step(`map on ${E2E_TODAY}: venues listed and open to tap`, async () => {
    await page.goto('/map')
    await expectHeading(page, '地图')
    await page.getByRole('button', { name: '展开列表' }).click()
    const venue = page.locator('.sheet-row-name').first()
    await expect(venue).toBeVisible()
    const name = await venue.innerText()
    await venue.click()
    await expectHeading(page, name)
  })

  await test.step(`volunteer on ${E2E_TODAY}: published shifts, or a plain word that there are none`, async () => {
    await page.goto('/me/volunteer')
    await expectHeading(page, '志愿者')
    await expect(page.getByText('暂无公开排班').or(page.getByRole('button', { name: /加入/ }).first())).toBeVisible()
    await expect(page.getByText('正在加载…')).toHaveCount(0)
  })
})

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' })

  test(`@smoke offline on ${E2E_TODAY}: after one visit every main route reloads without a network`, async ({ page, context }) => {
    // Installing the worker (a ~1 MB precache) and six offline loads, beside the other smoke runs: it took
    // 25–33 s on CI's two cores, over the default 30 s.
    test.setTimeout(90_000)
    await page.goto('/')
    await waitForServiceWorker(page)
    await expect(page.locator('main a[href^="/events/"]').first()).toBeVisible()
    await setOffline(context, page, true)
    for (const route of MAIN_ROUTES) {
      await page.goto(route.path)
      await expectHeading(page, route.heading)
      await expect(page.getByTestId('offline-indicator')).toBeVisible()
      await expect(page.getByText('内容加载失败')).toHaveCount(0)
    }
    await page.goto('/calendar')
    await expectAgendaEvents(page)
    await setOffline(context, page, false)
  })
})
