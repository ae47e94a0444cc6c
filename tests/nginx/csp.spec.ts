/**
 * Under the strict Content-Security-Policy nginx sends, every main route boots (the inline scripts are
 * allowed by their hashes), the map's tiles load, and not one violation is reported.
 */
import { expect, test } from '@playwright/test'

import { TECH_WEEK_NOW } from '../e2e/helpers'
import { expectBooted, watchCsp } from './helpers'
import { FILING_ENV } from './settings'

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TECH_WEEK_NOW)
})

test('every main route boots with zero CSP violations, the map with its tiles', async ({ page, request }) => {
  // Eight cold page loads in one test: 3–4 s each when the smoke runs share the two cores (it timed out at
  // 30 s on the last route in a CI run of an unchanged build).
  test.setTimeout(60_000)
  const violations = await watchCsp(page)
  const index = (await (await request.get('/data/app/event-index.json')).json()) as Record<string, string>
  const routes: [string, string | RegExp][] = [
    ['/', '科普新疆'],
    ['/map', '地图'],
    ['/calendar', '活动日历'],
    ['/targets', '目标与规划'],
    ['/me', '我的'],
    ['/venues/xinjiang-science-museum', '新疆科技馆'],
    [`/events/${Object.keys(index)[0]}`, /./],
    ['/plans/shuanghe-15', /双河市/],
  ]
  for (const [path, heading] of routes) {
    await page.goto(path)
    await expectBooted(page, heading)
    if (path === '/map') await expect(page.locator('.venue-map-wrap')).toHaveAttribute('data-tiles', 'ok')
    expect(await violations(), path).toEqual([])
  }
})

test('the home page and 我的 show the 备案 numbers of the build, linked to the registries', async ({ page }) => {
  const violations = await watchCsp(page)
  for (const path of ['/', '/me']) {
    await page.goto(path)
    const footer = page.getByTestId('filing-footer')
    // The home page's footer comes with its weeks (this month's events): in npm test this suite shares the two
    // cores with three smoke runs, and once the weeks took longer than the default 7 s there.
    await expect(footer.getByRole('link', { name: FILING_ENV.VITE_ICP_NUMBER })).toHaveAttribute('href', 'https://beian.miit.gov.cn/', {
      timeout: 20_000,
    })
    await expect(footer.getByRole('link', { name: FILING_ENV.VITE_PSB_NUMBER })).toHaveAttribute(
      'href',
      'https://beian.mps.gov.cn/#/query/webSearch?code=65010202000001',
    )
  }
  expect(await violations()).toEqual([])
})
