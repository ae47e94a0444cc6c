import { expect, type Page, test } from '@playwright/test'

import { axeViolations, expectHeading, watchErrors } from './helpers'

/** 2026-11-26 in Beijing: the next 全国科普月 is September 2027. */
const NOW = new Date('2026-11-26T10:00:00+08:00')

const searchBox = (page: Page) => page.getByRole('searchbox', { name: '搜索场馆、活动、规划和目标' })
const group = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) })

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW)
})

// The searches below share one browser context and page (a new context and a cold load cost about a second
// of CPU each): each check is a step, which loads the page it starts from unless the page is already there.
test('the search box: pinyin and initials, highlighted results, one result per series, the keyboard, recent queries, the calendar box and large text', async ({
  page,
}) => {
  test.setTimeout(45_000)
  await test.step('typing kjg shows the 科技馆 venues, highlighted, and the page passes axe', async () => {
    const errors = watchErrors(page)
    await page.goto('/')
    await expectHeading(page, '科普新疆')
    await searchBox(page).pressSequentially('kjg')
    const venues = group(page, '场馆')
    for (const name of ['新疆科技馆', '昌吉科技馆', '第五师双河市科技馆']) {
      await expect(venues.getByRole('link', { name: new RegExp(name) })).toBeVisible()
    }
    // The matched characters are marked, as text (no HTML injection).
    await expect(venues.locator('mark', { hasText: '科技馆' }).first()).toBeVisible()
    // The count is announced once typing pauses (a polite live region), not on every keystroke.
    await expect(page.getByRole('status').filter({ hasText: /^找到 \d+ 条结果$/ })).toHaveCount(1)
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
  })

  await test.step('科普日 finds the September 科普月 events, one result per series, linking to the next occurrence', async () => {
    // Still on the home page of the step before: the box takes the new query in place of kjg.
    await expect(page).toHaveURL('/')
    await searchBox(page).fill('科普日')
    const events = group(page, '活动')
    const months = events.getByRole('link', { name: /全国科普月/ })
    await expect(months).toHaveCount(2)
    for (const link of await months.all()) {
      await expect(link).toContainText('2027年9月')
      // The plans do not date it: the result says the date is expected, like every event list.
      await expect(link).toContainText('预计日期')
      await expect(link).toHaveAttribute('href', /^\/events\/science-month-2027-/)
    }
    await months.first().click()
    await expect(page).toHaveURL(/\/events\/science-month-2027-/)
    await expect(page.getByRole('heading', { level: 1, name: /全国科普月/ })).toBeVisible()
  })

  await test.step('full pinyin, mixed input and place-name initials work', async () => {
    await page.goto('/')
    const box = searchBox(page)
    await box.fill('kejiguan')
    await expect(group(page, '场馆').getByRole('link', { name: /新疆科技馆/ })).toBeVisible()
    await box.fill('科技g')
    await expect(group(page, '场馆').getByRole('link', { name: /昌吉科技馆/ })).toBeVisible()
    await box.fill('wlmq')
    await expect(group(page, '规划').getByRole('link', { name: /乌鲁木齐市/ })).toBeVisible()
    await box.fill('kashi')
    await expect(group(page, '规划').getByRole('link', { name: /喀什地区/ })).toBeVisible()
    await box.fill('zzzzqqq')
    await expect(page.getByText('没有找到与“zzzzqqq”相关的内容')).toBeVisible()
  })

  await test.step('the keyboard moves from the box to the results, Enter opens the result list, and the query is remembered', async () => {
    // No recent searches from the steps before: the list below holds only what this step searched.
    await page.evaluate(() => localStorage.removeItem('kpxj:search-recent'))
    await page.goto('/')
    const box = searchBox(page)
    await box.fill('新疆科技馆')
    const first = group(page, '场馆').getByRole('link').first()
    await expect(first).toBeVisible()
    await box.press('ArrowDown')
    await expect(first).toBeFocused()
    await page.keyboard.press('ArrowUp')
    await expect(box).toBeFocused()
    await box.press('Escape')
    await expect(box).toHaveValue('')
    await box.fill('新疆科技馆')
    await expect(first).toBeVisible()
    await box.press('Enter')
    await expect(page).toHaveURL(`/search?q=${encodeURIComponent('新疆科技馆')}`)
    await expect(page.getByRole('heading', { level: 1, name: '“新疆科技馆”的搜索结果' })).toBeVisible()
    await group(page, '场馆')
      .getByRole('link', { name: /新疆科技馆/ })
      .first()
      .click()
    await expect(page).toHaveURL('/venues/xinjiang-science-museum')

    await page.goto('/')
    await searchBox(page).focus()
    const recent = page.getByRole('region', { name: '最近搜索' })
    await recent.getByRole('button', { name: '新疆科技馆' }).click()
    await expect(searchBox(page)).toHaveValue('新疆科技馆')
    await expect(group(page, '场馆').getByRole('link', { name: /新疆科技馆/ })).toBeVisible()
    await searchBox(page).fill('')
    await page.getByRole('button', { name: '清除记录' }).click()
    await expect(recent).toHaveCount(0)
    expect(await page.evaluate(() => localStorage.getItem('kpxj:search-recent'))).toBeNull()
  })

  await test.step('the calendar has an event-only search box', async () => {
    await page.goto('/calendar')
    const box = page.getByRole('searchbox', { name: '搜索活动' })
    await box.fill('kpy')
    await expect(
      group(page, '活动')
        .getByRole('link', { name: /全国科普月/ })
        .first(),
    ).toBeVisible()
    await expect(group(page, '场馆')).toHaveCount(0)
    await expect(group(page, '目标')).toHaveCount(0)
  })

  // Last: the saved setting stays for the rest of the page's life.
  await test.step('results fit the screen at the large text size', async () => {
    await page.evaluate(() => localStorage.setItem('kpxj:settings', JSON.stringify({ textSize: 'large' })))
    await page.goto('/')
    // The large text is on (长辈模式, which a saved 大字 turns on), so the checks below are made at that size.
    await expect(page.locator('html')).toHaveAttribute('data-elder', '')
    await searchBox(page).fill('科普')
    await expect(group(page, '活动')).toBeVisible()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    const clear = page.getByRole('button', { name: '清除搜索内容' })
    const box = await clear.boundingBox()
    expect(box!.height).toBeGreaterThanOrEqual(44)
  })
})

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' })

  // One context: offline in the page first loaded, then after an offline reload once the worker controls it.
  test('search works offline: in the page loaded online, then after an offline reload once the service worker has cached the app', async ({
    page,
    context,
  }) => {
    test.setTimeout(45_000)
    await test.step('search keeps working offline, without a reload', async () => {
      await page.goto('/')
      await searchBox(page).fill('kjg')
      await expect(group(page, '场馆').getByRole('link', { name: /新疆科技馆/ })).toBeVisible()
      await context.setOffline(true)
      await searchBox(page).fill('科普日')
      await expect(group(page, '活动').getByRole('link', { name: /全国科普月/ })).toHaveCount(2)
      await searchBox(page).fill('kjg')
      await expect(group(page, '场馆').getByRole('link', { name: /第五师双河市科技馆/ })).toBeVisible()
      await context.setOffline(false)
    })

    await test.step('search works after an offline reload once the service worker has cached the app', async () => {
      // Loaded again online: the step above went offline while the worker may still have been installing, and
      // an online load registers it again if that first install was cut short.
      await page.goto('/')
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready
      })
      // The first visit is claimed by the worker; reload once so every request goes through it.
      await page.reload()
      await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true)
      await context.setOffline(true)
      await page.reload()
      await expectHeading(page, '科普新疆')
      await searchBox(page).fill('kjg')
      await expect(group(page, '场馆').getByRole('link', { name: /新疆科技馆/ })).toBeVisible()
      await searchBox(page).fill('科普日')
      await expect(group(page, '活动').getByRole('link', { name: /全国科普月/ })).toHaveCount(2)
      // Words only in a plan's summary: the browser takes them from the catalog, offline too.
      await searchBox(page).fill('研学旅游')
      await expect(group(page, '规划').getByRole('link', { name: /昌吉市科技创新/ })).toContainText('研学旅游')
      await context.setOffline(false)
    })
  })
})
