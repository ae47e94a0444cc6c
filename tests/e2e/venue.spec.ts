import { expect, type Page, test } from '@playwright/test'

import { axeViolations, E2E_NOW, E2E_TODAY, expectHeading, watchErrors } from './helpers'

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(E2E_NOW)
})

/** The month shards the page asks for, in order. */
function shardRequests(page: Page): string[] {
  const months: string[] = []
  page.on('request', (r) => {
    const m = /\/data\/app\/events\/(\d{4}-\d{2})\.json/.exec(r.url())
    if (m) months.push(m[1]!)
  })
  return months
}

const upcomingSection = (page: Page) => page.getByRole('region', { name: '近期活动' })

test('a venue page lists its next events and fetches only the months that hold them', async ({ page }) => {
  const errors = watchErrors(page)
  const requested = shardRequests(page)

  // A venue without events: the answer comes from the catalog, with no shard fetched (a year of them was).
  await page.goto('/venues/changji-dinosaur-museum')
  await expectHeading(page, '昌吉恐龙馆')
  await expect(upcomingSection(page).getByText('暂无已知的近期活动')).toBeVisible()
  expect(requested).toEqual([])

  // The 大篷车 tours all year: this year's tour, still on, comes first, then next year's.
  await page.goto('/venues/changji-science-caravan')
  await expectHeading(page, '昌吉市科普大篷车')
  const links = upcomingSection(page).getByRole('link')
  await expect(links.first()).toBeVisible()
  const year = Number(E2E_TODAY.slice(0, 4))
  await expect(links.nth(0)).toContainText(`${year}年科普大篷车巡回·昌吉市`)
  await expect(links.nth(1)).toContainText(`${year + 1}年科普大篷车巡回·昌吉市`)
  // This month's shard (this year's tour is on) and the one next year's tour starts in: not the year between.
  expect([...new Set(requested)].sort()).toEqual([E2E_TODAY.slice(0, 7), `${year + 1}-01`])
  expect(errors).toEqual([])
})

test('back from an event in the 近期活动 list returns to the list, built after the first screen', async ({ page }) => {
  const errors = watchErrors(page)
  await page.goto('/venues/changji-science-caravan')
  const link = upcomingSection(page).getByRole('link').last()
  await link.scrollIntoViewIfNeeded()
  const href = await link.getAttribute('href')
  expect(await page.evaluate(() => window.scrollY), 'scrolled down to the list').toBeGreaterThan(300)
  await link.click()
  await expect(page).toHaveURL(new RegExp(`${href}$`))
  await expect(page.getByText('正在加载…')).toHaveCount(0)

  await page.goBack()
  await expect(page).toHaveURL(/\/venues\/changji-science-caravan$/)
  await expect(upcomingSection(page).locator(`a[href="${href}"]`)).toBeInViewport()
  expect(errors).toEqual([])
})

test('a month that cannot be fetched is said, not shown as "no events", and 重试 brings the list', async ({ page }) => {
  await page.route(/\/data\/app\/events\/\d{4}-\d{2}\.json/, (route) => route.abort('internetdisconnected'))
  await page.goto('/venues/changji-science-caravan')
  await expectHeading(page, '昌吉市科普大篷车')
  const section = upcomingSection(page)
  await expect(section.getByRole('alert')).toContainText('近期活动未能全部加载')
  await expect(section.getByText('暂无已知的近期活动')).toHaveCount(0)
  expect(await axeViolations(page)).toEqual([])

  await page.unroute(/\/data\/app\/events\/\d{4}-\d{2}\.json/)
  await section.getByRole('button', { name: '重试' }).click()
  await expect(section.getByRole('alert')).toHaveCount(0)
  await expect(section.getByRole('link').first()).toContainText('科普大篷车巡回·昌吉市')
})

test('a venue without published hours says so once, not as a status and again below it', async ({ page }) => {
  await page.goto('/venues/changji-science-museum')
  const hours = page.getByRole('region', { name: '开放时间' })
  await expect(hours.getByText('开放时间未公布', { exact: true })).toHaveCount(1)
  await expect(hours.getByText('开放时间未知，请咨询场馆')).toHaveCount(0)
  // Its note (开放时间请咨询场馆) says whom to ask; the line above it had said the same ("…，请咨询场馆").
  await expect(hours.getByText('开放时间请咨询场馆', { exact: true })).toHaveCount(1)
  await expect(hours.getByText(/请咨询场馆/)).toHaveCount(1)
  // …and no third line says once more that nothing was found; 联系方式 and 地址, which no plan speaks of, say
  // 未找到公开信息 without "beyond the plan".
  await expect(hours.getByText(/未找到公开信息/)).toHaveCount(0)
  await expect(page.locator('[data-group="contact"]')).toHaveText('未找到公开信息')
  await expect(page.getByRole('region', { name: '导航' }).getByText(/未找到公开信息/)).toHaveText('未找到公开信息')
})

test('with 同时显示新疆时间 ticked on 我的, the opening hours are given on Xinjiang time too', async ({ page }) => {
  const hours = page.getByRole('region', { name: '开放时间' })
  await page.goto('/venues/xinjiang-science-museum')
  await expect(hours.getByText('周三至周日 11:00–13:30、15:00–17:30')).toBeVisible()
  await expect(hours.getByText(/新疆时间/)).toHaveCount(0)

  await page.goto('/me')
  await page.getByLabel('同时显示新疆时间（北京时间减2小时）').check()
  await page.goto('/venues/xinjiang-science-museum')
  await expect(hours.getByText('≈ 新疆时间 周三至周日 09:00–11:30、13:00–15:30（北京时间减2小时）')).toBeVisible()
  // The closed days are the same days on either clock: said once, in the Beijing-time list.
  await expect(hours.getByRole('listitem').filter({ hasText: '闭馆' })).toHaveText(['周一、周二闭馆'])
  expect(await axeViolations(page)).toEqual([])
})
