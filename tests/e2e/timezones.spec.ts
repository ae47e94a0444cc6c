import { readFile } from 'node:fs/promises'

import { expect, test } from '@playwright/test'
import ICAL from 'ical.js'

import { editMonthShard } from './helpers'

/**
 * Dates are Beijing dates whatever the device's zone. 01:00 on 26 Nov in Beijing is still 25 Nov in
 * Los Angeles and 23:00 on 25 Nov in Ürümqi (UTC+6), so a device-zone bug shows as a day's shift.
 */
const NOW = new Date('2026-11-26T01:00:00+08:00')
const WINTER = 'keji-zhidong-2026-changji'

for (const timezoneId of ['America/Los_Angeles', 'Asia/Urumqi', 'Asia/Shanghai']) {
  test.describe(`device zone ${timezoneId}`, () => {
    test.use({ timezoneId, serviceWorkers: 'block' })

    test('shows the same Beijing dates: today, multi-day spans, timed events, event page and .ics', async ({ page }) => {
      await page.clock.setFixedTime(NOW)
      // A timed event early on 27 Nov Beijing time: 26 Nov in Los Angeles, 05:30 in Ürümqi.
      await editMonthShard(page, '2026-11', (events) => [
        ...events,
        {
          ...events.at(-1)!,
          id: 'tz-probe',
          title: '清晨观星讲座',
          start: '2026-11-27T07:30:00+08:00',
          end: '2026-11-27T09:00:00+08:00',
          allDay: false,
          datePrecision: 'day',
        },
      ])

      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId)

      await page.goto('/calendar')
      await expect(page.getByRole('heading', { level: 2, name: '11月26日 至 12月2日' })).toBeVisible()
      await expect(page.getByRole('heading', { level: 2, name: /11月26日 周四\s*今天/ })).toBeVisible()
      // The two 科技之冬 seasons are carried over once, on the first day; the probe is 27 Nov's own event.
      await expect(page.getByRole('heading', { level: 2, name: /11月26日 周四\s*今天\s*2 项活动/ })).toBeVisible()
      await expect(page.getByRole('heading', { level: 2, name: /11月27日 周五\s*1 项活动/ })).toBeVisible()
      const probe = page.locator('article', { has: page.getByRole('link', { name: '清晨观星讲座' }) })
      await expect(probe).toContainText(/11月27日（周五）\s*07:30–09:00/)

      await page.goto('/calendar?view=month')
      const cell = (day: string) => page.locator(`button[data-day="${day}"]`)
      await expect(cell('2026-11-26')).toHaveAttribute('aria-pressed', 'true')
      await expect(cell('2026-11-14')).toHaveAccessibleName('2026年11月14日，无活动')
      await expect(cell('2026-11-15')).toHaveAccessibleName('2026年11月15日，2 项活动，有持续中的活动季')
      await expect(cell('2026-11-27')).toHaveAccessibleName('2026年11月27日，1 项活动，有持续中的活动季')
      await page.goto('/calendar?view=month&date=2027-03-31')
      await expect(cell('2027-03-31')).toHaveAccessibleName('2027年3月31日，有持续中的活动季')
      await expect(cell('2027-04-01')).toHaveAccessibleName('2027年4月1日，无活动')

      await page.goto(`/events/${WINTER}`)
      await expect(page.getByText('2026年11月15日（周日） 至 2027年3月31日（周三）')).toBeVisible()
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '添加到手机日历（.ics）' }).click(),
      ])
      const ics = await readFile((await download.path())!, 'utf8')
      const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!)
      // Longer than a week and already under way (since 15 Nov): its last day, with a reminder the day before.
      expect(event.startDate.toString()).toBe('2027-03-31')
      expect(event.endDate.toString()).toBe('2027-04-01')
      expect(ics).toContain('DTSTART;VALUE=DATE:20270331')
    })
  })
}
