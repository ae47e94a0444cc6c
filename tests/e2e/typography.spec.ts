/**
 * Chinese typography and layout (issue 16): at 360, 412 and 768 px and in 大字, no title or date line ends
 * with a single CJK character, no control's text wraps inside its button, and on /map the map fills the
 * screen between the header and the tab bar, with its list sheet in sight. Line boxes are measured with Range.getClientRects, character by character.
 * At 360 px in 大字 (长辈模式) no page scrolls sideways either, the targets table and the map included.
 */
import { expect, type Page, test } from '@playwright/test'

import { beijingMorning } from './helpers'
import { horizontalOverflow } from './measure'

const NOW = beijingMorning('2026-12-01')
const PAGES = ['/', '/calendar', '/events/keji-zhidong-2026-changji', '/me/volunteer', '/plans/changji-14']
const TEXT = 'h1, h2, h3, .when-date, .event-item-when'

/** Elements whose last line holds one CJK character alone, and buttons whose text takes two lines. */
async function problems(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const han = /\p{Script=Han}/u
    /** Line tops of the visible characters of an element, in order. */
    function lines(el: Element): { top: number; text: string }[] {
      const out: { top: number; text: string }[] = []
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? ''
        for (let i = 0; i < text.length; i++) {
          if (!text[i]!.trim()) continue
          const range = document.createRange()
          range.setStart(node, i)
          range.setEnd(node, i + 1)
          const rect = range.getClientRects()[0]
          if (!rect || !rect.width) continue
          const last = out[out.length - 1]
          if (last && Math.abs(rect.top - last.top) < rect.height / 2) last.text += text[i]
          else out.push({ top: rect.top, text: text[i]! })
        }
      }
      return out
    }
    const found: string[] = []
    for (const el of document.querySelectorAll(selector)) {
      const rows = lines(el)
      const last = rows[rows.length - 1]
      if (rows.length > 1 && last && last.text.length === 1 && han.test(last.text))
        found.push(`orphan "${last.text}" in ${el.tagName.toLowerCase()}: ${rows.map((r) => r.text).join(' / ')}`)
    }
    for (const el of document.querySelectorAll('button, .btn')) {
      if (!(el as HTMLElement).offsetParent) continue
      const rows = lines(el)
      if (rows.length > 1) found.push(`button wraps: ${rows.map((r) => r.text).join(' / ')}`)
    }
    return found
  }, TEXT)
}

/**
 * Save `settings` for the page's next loads. On a fresh page (about:blank) an init script saves them before the
 * app's first run only; on the app's origin they are written at once. The app keeps them, unless told otherwise.
 */
async function saveSettings(page: Page, settings: Record<string, unknown>) {
  const value = JSON.stringify(settings)
  if (new URL(page.url()).protocol.startsWith('http')) {
    await page.evaluate((v) => localStorage.setItem('kpxj:settings', v), value)
  } else {
    await page.addInitScript((v) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('kpxj:settings', v)
        sessionStorage.setItem('seeded', '1')
      }
    }, value)
  }
}

test.describe('typography', () => {
  test.setTimeout(180_000)
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(NOW)
  })

  // A test a kind of check, a step a former test: each step saves its settings and sets its viewport, then
  // loads its pages afresh.
  test('titles, dates and buttons at 360, 412 and 768 px, and at 360 px in 大字', async ({ page }) => {
    for (const [width, large] of [
      [360, false],
      [412, false],
      [768, false],
      [360, true],
    ] as const) {
      await test.step(`titles, dates and buttons at ${width} px${large ? ' in 大字' : ''}`, async () => {
        await saveSettings(page, { textSize: large ? 'large' : 'standard', region: 'changji', regionAsked: true })
        await page.setViewportSize({ width, height: 800 })
        const found: string[] = []
        for (const path of large ? [...PAGES, '/targets', '/map'] : PAGES) {
          await page.goto(path)
          await expect(page.locator('main h1').first()).toBeVisible()
          await expect(page.getByText('正在加载…')).toHaveCount(0)
          // In the text size of the step (大字 is 长辈模式).
          if (large) await expect(page.locator('html')).toHaveAttribute('data-elder', '')
          else await expect(page.locator('html')).not.toHaveAttribute('data-elder')
          found.push(...(await problems(page)).map((p) => `${path}: ${p}`))
          if (large) await expect.poll(() => horizontalOverflow(page), { message: `horizontal overflow on ${path}` }).toBeLessThanOrEqual(0)
        }
        expect(found).toEqual([])
      })
    }
  })

  test('the targets chart’s point labels do not overlap, and the map fills the screen with its list in sight', async ({ page }) => {
    for (const [width, language, region] of [
      [360, 'zh-CN', 'changji'],
      [412, 'zh-CN', 'changji'],
      [360, 'zh-CN', ''],
      [360, 'ug', 'changji'],
    ] as const) {
      await test.step(`the targets chart's point labels do not overlap at ${width} px (${language}, ${region || 'all regions'})`, async () => {
        await saveSettings(page, region ? { language, region, regionAsked: true } : { language, regionAsked: true })
        await page.setViewportSize({ width, height: 800 })
        await page.goto('/targets')
        await expect(page.locator('html')).toHaveAttribute('lang', language)
        const labels = page.locator('.literacy-chart-svg text.label')
        await expect(labels.first()).toBeVisible()
        const boxes = await labels.evaluateAll((els) =>
          els.map((el) => {
            const r = el.getBoundingClientRect()
            return { text: el.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom }
          }),
        )
        expect(boxes.length).toBeGreaterThan(3)
        const overlapping: string[] = []
        for (const [i, a] of boxes.entries())
          for (const b of boxes.slice(i + 1))
            if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
              overlapping.push(`${a.text} / ${b.text}`)
        expect(overlapping).toEqual([])
        // On the chart, first words included (a long Uyghur name once ran off its left edge).
        const chart = (await page.locator('.literacy-chart-svg').boundingBox())!
        for (const b of boxes) {
          expect(b.left, `${b.text} inside the chart`).toBeGreaterThanOrEqual(chart.x - 1)
          expect(b.right, `${b.text} inside the chart`).toBeLessThanOrEqual(chart.x + chart.width + 1)
        }
      })
    }

    // The stage used to be a fixed share of the screen that assumed a shorter header: its list sheet lay
    // under the tab bar on every phone until the page was scrolled, and a drag on the map moves the map.
    for (const [width, height, elderMode] of [
      [360, 640, false],
      [412, 823, false],
      [412, 823, true],
      [360, 640, true],
    ] as const) {
      // 长辈模式's header takes 40 % of a 360×640 screen (its intro line yields to the map there, elder.css):
      // the map is a little under half of it.
      const short = elderMode && height < 700
      await test.step(`the map fills a ${width}×${height} screen${elderMode ? ' in 长辈模式' : ''}, its list in sight above the tab bar`, async () => {
        await saveSettings(page, { elderMode, regionAsked: true })
        await page.setViewportSize({ width, height })
        await page.goto('/map')
        const sheet = page.getByRole('button', { name: '展开列表' })
        await expect(sheet).toBeVisible()
        await expect(page.locator('.leaflet-container')).toBeVisible()
        // Online, in the step’s mode: the step before left the page offline, then online again.
        await expect(page.getByTestId('offline-indicator')).toBeHidden()
        if (elderMode) await expect(page.locator('html')).toHaveAttribute('data-elder', '')
        else await expect(page.locator('html')).not.toHaveAttribute('data-elder')
        const stage = (await page.locator('.map-stage').boundingBox())!
        const map = (await page.locator('.leaflet-container').boundingBox())!
        const list = (await page.locator('.map-stage-sheet').boundingBox())!
        const tabbar = (await page.getByRole('navigation', { name: '主导航' }).boundingBox())!
        // Nothing to scroll: the list's foot meets the tab bar, and the map is at least half the screen.
        expect(await page.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(1)
        expect(list.y + list.height).toBeLessThanOrEqual(tabbar.y + 1)
        expect(list.y + list.height).toBeGreaterThanOrEqual(tabbar.y - 1)
        expect(map.height).toBeCloseTo(stage.height, 0)
        expect(stage.height).toBeGreaterThanOrEqual((short ? 0.45 : 0.5) * height)
        // The 当前离线 bar above the page takes its height from the map, not from the list's place.
        await page.context().setOffline(true)
        await expect(page.getByTestId('offline-indicator')).toBeVisible()
        await expect
          .poll(async () => (await page.locator('.map-stage-sheet').boundingBox())!.y + list.height)
          .toBeLessThanOrEqual(tabbar.y + 1)
        expect(await page.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(1)
        // Online again for the next step.
        await page.context().setOffline(false)
      })
    }
  })
})
