/**
 * Uyghur, Kazakh and English: right-to-left layout, date names Chromium has no Intl data for, times that
 * never read backwards, no Chinese UI text left on the main routes, and a language choice that survives a
 * reload, offline too. `E2E_SCREENSHOTS=1` also writes the phone screenshots in docs/screenshots/lang-*.png.
 */
import { expect, type Locator, type Page, test } from '@playwright/test'

import { ug } from '../../src/i18n/ug'
import { planner as ugPlanner } from '../../src/i18n/ug/planner'
import { volunteer as ugVolunteer } from '../../src/i18n/ug/volunteer'
import { zhCN } from '../../src/i18n/zh-CN'
import { axeViolations, E2E_NOW, giveHours, holdMonthShards, MAIN_ROUTES, watchErrors } from './helpers'
import { looseWordsInFlex } from './measure'
import { waitForServiceWorker } from './offline-helpers'

const SETTINGS_KEY = 'kpxj:settings'
const VENUE = '/venues/xinjiang-science-museum'
// 科技之冬 in 昌吉: 15 November 2026 to 31 March 2027.
const EVENT = '/events/keji-zhidong-2026-changji'

/** Start the app with a language already chosen, as after a visit to 我的. */
async function useLanguage(page: Page, language: string) {
  await page.addInitScript(({ key, value }) => localStorage.setItem(key, JSON.stringify({ language: value })), {
    key: SETTINGS_KEY,
    value: language,
  })
}

/** Every Chinese UI text (not school visits / volunteers), as a pattern with its {params} open. */
function zhPatterns(): RegExp[] {
  const out: RegExp[] = []
  const walk = (node: object, path: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'object') walk(value as object, `${path}${key}.`)
      // 中文 is the label that marks untranslated content; it is meant to be Chinese. `terms` are the content's
      // own words (其他 is also an event kind, shown as content), translated where term() shows them.
      // Only texts with Chinese words of their own: '{indicator}（{region}）' would match any content in brackets.
      else if (!/^(app\.chineseOnly|terms\.)/.test(`${path}${key}`) && /[\u4e00-\u9fff]/.test(String(value).replace(/\{\w+\}/g, ''))) {
        const body = String(value)
          .split(/\{\w+\}/)
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('.+')
        out.push(new RegExp(`^${body}$`))
      }
    }
  }
  walk(zhCN, '')
  return out
}

/** Visible texts of the page that are a Chinese UI string, i.e. a key the language lacks. */
async function chineseFallbacks(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const found: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT)
    for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
      const own = [...node.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '')
      const text = own.join('').trim()
      if (text && /[\u4e00-\u9fff]/.test(text) && !node.closest('[lang^="zh"]') && (node as HTMLElement).offsetParent !== null)
        found.push(text)
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      for (const attr of ['aria-label', 'placeholder', 'title']) {
        const v = el.getAttribute(attr)
        if (v && /[\u4e00-\u9fff]/.test(v) && !el.closest('[lang^="zh"]')) found.push(v)
      }
    }
    return found
  })
  const patterns = zhPatterns()
  // A text with Uyghur in it came from a translated key (Chinese parts in it are content).
  return texts.map((t) => t.replace(/[\u2066-\u2069]/g, '')).filter((t) => !/[\u0600-\u06ff]/.test(t) && patterns.some((p) => p.test(t)))
}

/**
 * Chinese text the page shows (or offers in a select) outside an element marked Chinese: a screen reader
 * would read it with the page's Uyghur, Kazakh or English voice. Each as `tag.class: text`. A chart drawn as
 * one image (svg role="img") is read by its text alternative, not its labels.
 */
async function unmarkedChinese(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!
      if (!/[\u4e00-\u9fff]/.test(n.textContent!) || el.closest('[lang^="zh"], svg[role="img"]')) continue
      if (el.tagName !== 'OPTION' && !el.checkVisibility()) continue
      found.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: ${n.textContent!.trim()}`)
    }
    return found
  })
}

/** Elements marked Chinese that hold Uyghur or Kazakh words: read with a Chinese voice, they are noise too. */
async function overMarked(page: Page): Promise<string[]> {
  return page
    .locator('[lang^="zh"]')
    .evaluateAll((all) => all.filter((el) => /[\u0600-\u06ff]/.test(el.textContent!)).map((el) => el.textContent!.trim()))
}

/** Left edges of two substrings of an element's text, as laid out. */
async function xOf(page: Page, selector: string, a: string, b: string): Promise<[number, number]> {
  return page
    .locator(selector)
    .first()
    .evaluate(
      (el, [a, b]) => {
        const x = (needle: string) => {
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const i = n.textContent!.indexOf(needle)
            if (i >= 0) {
              const range = document.createRange()
              range.setStart(n, i)
              range.setEnd(n, i + needle.length)
              return range.getBoundingClientRect().left
            }
          }
          throw new Error(`"${needle}" not found`)
        }
        return [x(a!), x(b!)] as [number, number]
      },
      [a, b],
    )
}

/** Runs of text matching `pattern` (by default time ranges, "09:00–17:00") that the page breaks over two lines. */
async function brokenRuns(page: Page, selector: string, pattern = /\d{1,2}:\d{2}–\d{1,2}:\d{2}/g): Promise<string[]> {
  return page.locator(selector).evaluateAll((els, pattern) => {
    const broken: string[] = []
    for (const el of els) {
      const nodes: { node: Text; start: number }[] = []
      let text = ''
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        nodes.push({ node: n, start: text.length })
        text += n.data
      }
      const at = (offset: number): [Text, number] => {
        const hit = nodes.findLast((n) => n.start <= offset)!
        return [hit.node, offset - hit.start]
      }
      for (const m of text.matchAll(pattern)) {
        const range = document.createRange()
        range.setStart(...at(m.index))
        range.setEnd(...at(m.index + m[0].length))
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))
        if (tops.size > 1) broken.push(m[0])
      }
    }
    return broken
  }, pattern)
}

/** Which way a calendar arrow's chevron points on screen: its tip (2, 10) against its open end (10, 10). */
function chevronPoints(button: Locator): Promise<'left' | 'right'> {
  return button.locator('svg').evaluate((svg: SVGSVGElement) => {
    const path = svg.querySelector('path')!
    const tip = path.getPointAtLength(0.001 + path.getTotalLength() / 2)
    const end = path.getPointAtLength(0)
    // Through the element's CSS transform (the mirror), as drawn.
    const m = new DOMMatrix(getComputedStyle(svg).transform === 'none' ? undefined : getComputedStyle(svg).transform)
    return m.transformPoint(new DOMPoint(tip.x - 6, 0)).x < m.transformPoint(new DOMPoint(end.x - 6, 0)).x ? 'left' : 'right'
  })
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(E2E_NOW)
})

test.describe('Uyghur (ug)', () => {
  test.beforeEach(async ({ page }) => useLanguage(page, 'ug'))

  /**
   * Every main route, the venue and the event, each loaded once (a load costs more than the checks made on
   * it): no Chinese UI text, axe, and on the same loads the right-to-left layout, the Uyghur dates and hours
   * and the phone screenshots at 412×823. A step a page, so a failure names it.
   */
  test('every main route, a venue and an event: no Chinese UI text, Chinese content marked, no serious axe violations, mirrored', async ({
    page,
  }) => {
    // Seven page loads and scans, three screenshots and a plan page on a shared machine.
    test.setTimeout(180_000)
    const errors = watchErrors(page)

    /** Load a page; no Chinese UI text, Chinese content marked as such, no serious axe violations, no page error. */
    const scanned = (route: string) =>
      test.step(`${route}: no Chinese UI text, no serious axe violations`, async () => {
        await page.goto(route)
        await expect(page.locator('main h1').first()).toBeVisible()
        // The page has finished loading its data.
        await expect(page.getByText('يۈكلىنىۋاتىدۇ…')).toHaveCount(0)
        expect(await chineseFallbacks(page)).toEqual([])
        // Region names, categories, plan titles, publishers, units (昌吉, 500场次): read with a Chinese voice.
        expect(await unmarkedChinese(page)).toEqual([])
        expect(await axeViolations(page)).toEqual([])
        // A Chinese name in brackets inside a button: "Amap (" | 高德 | ")" stood apart as columns.
        expect(await looseWordsInFlex(page), 'words laid out as columns').toEqual([])
        expect(errors).toEqual([])
      })

    /** What else is checked on each page's load, after the scan. */
    const onTheSameLoad: Record<string, () => Promise<void>> = {
      '/': () => screenshot(page, 'ug', 'home', 412),
      '/map': () =>
        test.step('the map’s city names and event counts mark their Chinese', async () => {
          await expect(page.locator('.map-city-label').first()).toBeAttached()
          await expect(page.locator('.region-events-pin').first()).toBeAttached()
          expect(await unmarkedChinese(page)).toEqual([])
        }),
      '/calendar': async () => {
        await screenshot(page, 'ug', 'calendar', 412)
        await test.step('the calendar arrows point each their own way, mirrored', async () => {
          const prev = page.getByRole('button', { name: /^ئالدىنقى (ئاي|ھەپتە)$/ })
          const next = page.getByRole('button', { name: /^كېيىنكى (ئاي|ھەپتە)$/ })
          // Right to left: 'previous' sits at the right and points right, 'next' at the left and points left.
          expect((await prev.boundingBox())!.x).toBeGreaterThan((await next.boundingBox())!.x)
          expect(await chevronPoints(prev)).toBe('right')
          expect(await chevronPoints(next)).toBe('left')
        })
        await test.step('html is rtl and ug; the tab bar and lists mirror', async () => {
          await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
          await expect(page.locator('html')).toHaveAttribute('lang', 'ug')
          await expect(page.getByRole('heading', { level: 1, name: 'پائالىيەت كالېندارى' })).toBeVisible()
          // The first tab (home) sits at the right edge, the last (me) at the left.
          const nav = page.getByRole('navigation', { name: 'ئاساسىي يول باشلىغۇچ' })
          const home = await nav.getByRole('link', { name: 'باش بەت' }).boundingBox()
          const me = await nav.getByRole('link', { name: 'مېنىڭ' }).boundingBox()
          expect(home!.x).toBeGreaterThan(me!.x)
          // A list lays out right to left: on 我的 each radio button is right of its label.
          await nav.getByRole('link', { name: 'مېنىڭ' }).click()
          const choice = page.getByTestId('language-switch').locator('label').nth(1)
          expect(await choice.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl')
          const radio = await choice.locator('input').boundingBox()
          const name = await choice.locator('span').first().boundingBox()
          expect(radio!.x).toBeGreaterThan(name!.x)
          expect(errors).toEqual([])
        })
      },
      [VENUE]: async () => {
        await screenshot(page, 'ug', 'venue', 412)
        await test.step('opening hours read left to right', async () => {
          // The content translates this venue's name; its summary is shown in Chinese, marked 中文.
          await expect(page.getByRole('heading', { level: 1, name: 'شىنجاڭ پەن-تېخنىكا سارىيى' })).toBeVisible()
          await expect(page.locator('.venue-summary .zh-label')).toHaveText('中文')
          const hours = page.locator('.venue-hours-lines li').first()
          await expect(hours).toContainText('چارشەنبە')
          // "11:00–13:30" keeps its order inside right-to-left text (it would otherwise read 13:30–11:00).
          const [open, close] = await xOf(page, '.venue-hours-lines li', '11:00', '13:30')
          expect(open).toBeLessThan(close)
          const [open2, close2] = await xOf(page, '.venue-hours-lines li', '15:00', '17:30')
          expect(open2).toBeLessThan(close2)
        })
        await test.step('untranslated Chinese content reads left to right and aligns to its own start', async () => {
          const summary = page.locator('.venue-summary')
          await expect(summary).toHaveAttribute('lang', 'zh-CN')
          expect(await summary.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr')
          // Its first line starts at the card's left edge, not the right one.
          const box = (await summary.boundingBox())!
          const text = (await summary.locator('bdi').boundingBox())!
          expect(text.x - box.x).toBeLessThan(2)
          // A plan's summary (Markdown, Chinese only) likewise.
          await page.goto('/plans/changji-14')
          const prose = page.locator('.prose').first()
          await expect(prose).toHaveAttribute('lang', 'zh-CN')
          // Its title, targets, figures and citations are Chinese content, marked so.
          await expect(page.locator('.citation-items a').first()).toBeVisible()
          expect(await unmarkedChinese(page)).toEqual([])
          expect(
            await prose
              .locator('p')
              .first()
              .evaluate((el) => getComputedStyle(el).direction),
          ).toBe('ltr')
        })
      },
      [EVENT]: () =>
        test.step('an event date in Uyghur month names', async () => {
          const main = page.locator('main')
          // Chromium has no Intl data for ug: these names come with the app.
          await expect(main.getByText(/15-\u2060نويابىر/).first()).toBeVisible()
          await expect(main.getByText(/31-\u2060مارت/).first()).toBeVisible()
        }),
    }
    for (const route of [...MAIN_ROUTES.map((r) => r.path), VENUE, EVENT]) {
      await scanned(route)
      await onTheSameLoad[route]?.()
    }
  })

  /**
   * At the default 412 px, one context for the checks that Chinese content is marked as Chinese and nothing
   * else is: a step for each, a venue's and the home page's load each shared by two steps that only read them.
   * The position comes last: once granted, pages that find the permission use it without asking.
   */
  test('Chinese content marked as Chinese, nothing else: venue notes, seasons and closures, region names, search, planner, rosters, 附近', async ({
    page,
    context,
  }) => {
    // Fourteen page loads on a shared machine (about 7 s alone).
    test.setTimeout(45_000)

    await test.step('a venue’s fee and closures: the Uyghur words on their line, the Chinese note on its own, marked 中文', async () => {
      await page.goto(VENUE)
      // Inline in brackets, the note broke across the Uyghur words of its line and its brackets fell on the far side;
      // a closure's dates, its Chinese text and the 已结束 badge were woven over two lines.
      const fee = page.locator('.facts dd').first()
      const [words, note] = [fee.locator('.dd-line').first(), fee.locator('.dd-line[lang="zh-CN"]')]
      await expect(words).not.toContainText(/\p{Script=Han}/u)
      await expect(note.locator('.zh-label')).toHaveText('中文')
      const closure = page.locator('.venue-closure').first()
      const text = closure.locator('.closure-text')
      await expect(text.locator('.zh-label')).toHaveText('中文')
      for (const [above, below] of [
        [words, note],
        [closure.locator('strong'), text],
      ] as const) {
        const [a, b] = [(await above.boundingBox())!, (await below.boundingBox())!]
        expect(b.y, 'the Chinese note starts below the Uyghur line').toBeGreaterThanOrEqual(a.y + a.height - 1)
      }
      // Left to right, from the start of its own line: its 。 and brackets stay at its end.
      await expect(note).toHaveAttribute('dir', 'ltr')
      // The note on its position (位置为大致位置…) is the venue's Chinese too.
      await expect(page.locator('[aria-labelledby="venue-location-title"] .notice .zh-label')).toHaveText('中文')
    })

    await test.step('in Uyghur, the Chinese titles, notes and publishers of seasons, fees and closures are marked as Chinese for screen readers', async () => {
      // Read with the page's Uyghur voice, a Chinese title is noise: the agenda marked its titles, these did not.
      const unmarked = (selector: string) =>
        page.locator(selector).evaluateAll((all) =>
          all
            .filter((el) => (el as HTMLElement).checkVisibility())
            .flatMap((el) => {
              const texts: string[] = []
              const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
              for (let n = walker.nextNode(); n; n = walker.nextNode())
                if (/[\u4e00-\u9fff]/.test(n.textContent!) && !n.parentElement!.closest('[lang^="zh"]')) texts.push(n.textContent!.trim())
              return texts
            }),
        )
      // The venue as the last step loaded it: that step only read it.
      expect(new URL(page.url()).pathname).toBe(VENUE)
      await expect(page.locator('[data-group="closures"] .dd-line').first()).toBeVisible()
      expect(await unmarked('.venue-facts dd')).toEqual([])
      // The venue's own notes (hours, booking), Chinese like its name, carry the same visible 中文 label.
      await expect(page.locator('.venue-hours .zh-label')).toHaveCount(1)
      await expect(page.locator('[data-group="booking"] .zh-label')).toHaveCount(1)
      // So does an event's date note.
      await page.goto('/events/elderly-kepu-2026-shuanghe')
      await expect(page.locator('.date-note .zh-label')).toHaveCount(1)
      expect(await unmarked('.when')).toEqual([])
      await page.goto('/calendar?view=month')
      await expect(page.locator('.grid-seasons a').first()).toBeVisible()
      expect(await unmarked('.grid-seasons a')).toEqual([])
      await page.goto('/')
      await expect(page.locator('.ongoing-list a').first()).toBeVisible()
      expect(await unmarked('.ongoing-list a')).toEqual([])
    })

    // On the home page as the last step loaded it: only read, its region question still unanswered.
    await regionNames(page, 'ug', { onHome: true })

    await test.step('in Uyghur, a shared point’s marker and its list mark only the Chinese place name', async () => {
      await page.goto('/map?region=shuanghe')
      const group = page.locator('.leaflet-marker-icon.venue-group')
      await expect(group).toHaveCount(1)
      await expect(group.locator('.venue-group-label bdi[lang="zh-CN"]')).toHaveText('双河')
      await group.click()
      const card = page.getByTestId('map-group')
      await expect(card.getByRole('heading')).toContainText('سورۇن')
      await expect(card.locator('h2 bdi[lang="zh-CN"]')).toHaveText('双河')
      expect(await unmarkedChinese(page)).toEqual([])
      expect(await overMarked(page)).toEqual([])
    })

    await test.step('in Uyghur, search results, the planner’s venues and the rosters mark only their Chinese content', async () => {
      const clean = async () => {
        expect(await unmarkedChinese(page)).toEqual([])
        expect(await overMarked(page)).toEqual([])
      }
      // A venue's detail line: its region's Uyghur name and its kind, the reader's words (the index holds 昌吉 · 科技馆).
      await page.goto(`/search?q=${encodeURIComponent('科技馆')}`)
      await expect(page.locator('.search-result-detail').filter({ hasText: `سانجى · ${ug.messages.terms!['科技馆']}` })).toBeVisible()
      await expect(page.locator('h1 bdi[lang="zh-CN"]')).toHaveText('科技馆')
      await clean()
      // A plan's years and a target's theme in Uyghur; the elder mode's name too (the index holds 长辈模式).
      await page.goto(`/search?q=${encodeURIComponent('科学素质')}`)
      await expect(page.locator('.search-result').first()).toBeVisible()
      await clean()
      await page.goto(`/search?q=${encodeURIComponent('长辈')}`)
      await expect(page.locator('.search-result-title', { hasText: ug.messages.elder!.title! })).toBeVisible()
      await clean()

      // With a grade and a subject chosen, each result says how it fits them (适合初中 in the reader's words).
      await page.goto(`/me/visits?grade=junior&subject=${encodeURIComponent('物理')}`)
      await expect(page.locator('.planner-result-criteria').first()).toBeVisible()
      // Unpublished hours say so in Uyghur, the venue's own note (开放时间请咨询场馆) beside it, not alone.
      const asks = page.locator('.planner-result-unknown', { hasText: '开放时间请咨询场馆' }).first()
      await expect(asks).toContainText(ugPlanner.unknown!)
      await clean()

      // A roster's shifts, then one taken: its role, meeting point and team are Chinese.
      await page.goto('/me/volunteer')
      const roster = page.locator('article.roster').first()
      await roster.getByRole('button', { name: ugVolunteer.take! }).first().click()
      await expect(roster.getByText(ugVolunteer.taken!).first()).toBeVisible()
      await expect(page.locator('article.shift')).toHaveCount(1)
      await clean()
    })

    await test.step('in Uyghur, the region 附近 sets from the position is named in Uyghur, where its file translates it', async () => {
      await context.grantPermissions(['geolocation'])
      await context.setGeolocation({ latitude: 44.02, longitude: 87.3 })
      await page.goto('/map?near=1')
      const notice = page.locator('.notice-info[role=status]')
      // 昌吉 has a Uyghur name (content/regions/changji.yaml): the reader's language, not marked Chinese.
      await expect(notice).toContainText('سانجى')
      await expect(notice).not.toContainText('昌吉')
      await expect(notice.locator('[lang^="zh"]')).toHaveCount(0)
      // The list's "in 昌吉 city centre, about 3 km", all in Uyghur.
      await expect(page.locator('.sheet-row').first()).toContainText(/سانجى\u2069? شەھەر مەركىزى/)
      expect(await unmarkedChinese(page)).toEqual([])
      expect(await overMarked(page)).toEqual([])
    })

    await test.step('in Uyghur, a region without a Uyghur name that 附近 sets is named in a Chinese-marked element', async () => {
      await context.grantPermissions(['geolocation'])
      // 双河 (content/regions/shuanghe.yaml has no Uyghur name).
      await context.setGeolocation({ latitude: 44.85, longitude: 82.36 })
      await page.goto('/map?near=1')
      const notice = page.locator('.notice-info[role=status]')
      await expect(notice).toContainText('双河')
      await expect(notice.locator('bdi[lang="zh-CN"]')).toHaveText('双河')
      expect(await unmarkedChinese(page)).toEqual([])
      expect(await overMarked(page)).toEqual([])
    })
  })

  /**
   * Layout and reading order in one context: at the default 412 px, then on a 360 px phone, then there in
   * 长辈模式 (its init script, added later, wins over the plain Uyghur one). The steps that route requests
   * come last (routing turns the page's HTTP cache off, and a route stays for the later loads), the one that
   * holds the month shards back last of all, in plain Uyghur again.
   */
  test('layout and reading order at 412 px, on a 360 px phone and in 长辈模式 there', async ({ page }) => {
    // Fourteen page loads on a shared machine (about 8 s alone).
    test.setTimeout(45_000)

    await test.step('in Uyghur, Chinese content keeps its own order: a closing bracket or 。 stays at its end', async () => {
      // In a right-to-left line, a closing bracket or 。 after Chinese text took the line's direction and was drawn
      // at its left end: a target's note read "。规划未给出基线值", a plan's notes and target names the same way.
      // Each page with something that shows its content has come.
      const pages = { '/map': '.sheet-toggle', '/targets': '.target-name', [VENUE]: '.dd-line', '/plans/changji-14': 'main li > a' }
      for (const [path, content] of Object.entries(pages)) {
        await test.step(path, async () => {
          await page.goto(path)
          await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
          await expect(page.locator('main h1').first()).toBeVisible()
          await expect(page.locator('main .loading')).toHaveCount(0)
          await expect(page.locator(content).first()).toBeVisible()
          // The map's list opened, and folded lists too.
          if (path === '/map') await page.locator('.sheet-toggle').click()
          await page.locator('main details').evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)))
          const found = await page.locator('main').evaluate((main) => {
            const checked: string[] = []
            const stranded: string[] = []
            const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT)
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const match = /[\u4e00-\u9fff][。）」”]\s*$/.exec(node.textContent!)
              if (!match || !node.parentElement!.checkVisibility()) continue
              const rectOf = (at: number) => {
                const range = document.createRange()
                range.setStart(node, at)
                range.setEnd(node, at + 1)
                return range.getBoundingClientRect()
              }
              const [last, mark] = [rectOf(match.index), rectOf(match.index + 1)]
              if (Math.abs(last.top - mark.top) > 2) continue // a line break between them
              checked.push(node.textContent!)
              if (mark.left < last.left) stranded.push(node.textContent!.trim().slice(-24))
            }
            return { checked: checked.length, stranded }
          })
          expect(found.checked, 'Chinese content checked').toBeGreaterThan(0)
          expect(found.stranded).toEqual([])
        })
      }
    })

    await test.step('in Uyghur on a 360 px phone, a target’s original wording reads left to right, line by line', async () => {
      // Wrapped inside a right-to-left line, the quote and its note had their pieces swapped line by line: the
      // note's start was drawn left of the quote's last characters ("第111行写作“昌吉市具备公民科学；«比例").
      await page.setViewportSize({ width: 360, height: 640 })
      await page.goto('/targets')
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
      await expect(page.locator('.target-name').first()).toBeVisible()
      const wordings = page.locator('.target-row p', { hasText: 'ئەسلى تېكىست' })
      await expect(wordings.first()).toBeVisible()
      const found = await wordings.evaluateAll((all) => {
        let pairs = 0
        const swapped: string[] = []
        for (const p of all) {
          // Every Chinese character, digit and Chinese punctuation mark of the paragraph, in reading order.
          const chars: { c: string; rect: DOMRect }[] = []
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent!
            for (let i = 0; i < text.length; i++) {
              if (!/[\u4e00-\u9fff0-9“”；，。]/.test(text[i]!)) continue
              const range = document.createRange()
              range.setStart(node, i)
              range.setEnd(node, i + 1)
              chars.push({ c: text[i]!, rect: range.getBoundingClientRect() })
            }
          }
          for (let i = 1; i < chars.length; i++) {
            const [a, b] = [chars[i - 1]!, chars[i]!]
            if (Math.abs(a.rect.top - b.rect.top) > 2) continue // the next line
            pairs++
            if (b.rect.left < a.rect.left) swapped.push(`${a.c}${b.c} in ${p.textContent!.trim().slice(0, 40)}`)
          }
        }
        return { pairs, swapped }
      })
      expect(found.pairs).toBeGreaterThan(20)
      expect(found.swapped).toEqual([])
    })

    await todayBesideDateField(page, 'ug')

    await test.step('on a 360 px phone a phone number and a group size stay in one piece, and the map’s filters fit the screen', async () => {
      await page.setViewportSize({ width: 360, height: 640 })
      await page.goto(VENUE)
      // "0991-6386167" broke after its hyphen and read "6386167-0991" across the two lines; "10–30" read "–10 / 30".
      const phone = page.locator('.venue-phone')
      await expect(phone).toContainText('0991-6386167')
      expect(await brokenRuns(page, '.venue-phone', /0991-6386167/g)).toEqual([])
      expect(await brokenRuns(page, '.dd-line', /10–\u2060?30/g)).toEqual([])
      expect(await phone.locator('bdi').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr')
      // The Uyghur labels took 40 % of the width beside their values; they go above them, the values full width.
      const facts = page.locator('.venue-facts dl.facts')
      const width = (await facts.boundingBox())!.width
      for (const dd of await facts.locator('> dd').all()) expect((await dd.boundingBox())!.width).toBeGreaterThan(0.95 * width)
      await page.goto('/map')
      await page.locator('.map-filters summary').click()
      await expect(page.locator('.map-filters-panel select').first()).toBeVisible()
      // The open panel made the page 404 px wide, the tab bar's last tab partly off screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
      for (const tab of await page.locator('.tabbar a').all()) {
        const box = (await tab.boundingBox())!
        expect(box.x).toBeGreaterThanOrEqual(0)
        expect(box.x + box.width).toBeLessThanOrEqual(360)
      }
    })

    /** 长辈模式 in Uyghur from here on: the init script added last wins. */
    const elderMode = async () => {
      await page.addInitScript((key) => localStorage.setItem(key, JSON.stringify({ language: 'ug', elderMode: true })), SETTINGS_KEY)
      await page.setViewportSize({ width: 360, height: 640 })
    }
    const inElderMode = () => expect(page.locator('html')).toHaveAttribute('data-elder', '')

    await test.step('a source’s line numbers stay with their word on a 360 px phone in 长辈模式', async () => {
      // "78-82-قۇر" broke at its hyphens, leaving "-78-82" at one line's end and "قۇر" on the next. (The
      // number is isolated: U+2068…U+2069 around it.)
      await elderMode()
      for (const path of ['/plans/changji-14', '/targets']) {
        await page.goto(path)
        await inElderMode()
        const lines = page.locator('.sources li', { hasText: /\d-\d+\u2069?-قۇر/ })
        await expect(lines.first()).toBeVisible()
        expect(await brokenRuns(page, '.sources li', /\d+(-\d+)?\u2069?-قۇر/g), path).toEqual([])
      }
    })

    await test.step('a time range stays on one line on a 360 px phone in 长辈模式', async () => {
      await elderMode()
      await page.goto(VENUE)
      await inElderMode()
      await expect(page.locator('.venue-hours-lines li').first()).toBeVisible()
      expect(await brokenRuns(page, '.venue-hours-lines li')).toEqual([])
      // The 科技之冬 season has no hours of its own (no time line): given some, its range stays on one line too.
      await giveHours(page, EVENT)
      await page.goto(EVENT)
      await expect(page.locator('.when-time')).toContainText('09:30–11:30')
      expect(await brokenRuns(page, '.when-time')).toEqual([])
    })

    await test.step('in 长辈模式 on a 360 px phone without tiles, some map shows between the notice and the list', async () => {
      await elderMode()
      await page.route(/tile\.openstreetmap\.org/, (route) => route.abort())
      await page.goto('/map')
      await inElderMode()
      const notice = page.locator('.venue-map-notice')
      await expect(notice).toBeVisible()
      // The notice (four lines) over the map's top and the list's head (four lines) over its foot met: no map
      // was left. The stage grows instead, and the page scrolls to the list.
      const head = page.locator('.sheet-head')
      await expect
        .poll(async () => (await head.boundingBox())!.y - (await notice.boundingBox())!.y - (await notice.boundingBox())!.height)
        .toBeGreaterThanOrEqual(7 * 21 - 1)
      // With every venue in view the list's heading is one count ("16 in all"), not "16 in the map view (16 in
      // all)", which took four lines beside the wide 展开列表 button.
      const title = page.locator('#map-sheet-heading')
      await expect(title).toHaveText(/^جەمئىي \u2068?16\u2069? سورۇن$/)
      const lines = await title.evaluate((el) => {
        const range = document.createRange()
        range.selectNodeContents(el)
        return new Set([...range.getClientRects()].map((r) => Math.round(r.bottom))).size
      })
      expect(lines).toBeLessThanOrEqual(2)
      // Scrolled to its end, the page shows the list's head above the tab bar.
      await page.mouse.move(180, 300)
      await page.mouse.wheel(0, 1000)
      await expect.poll(() => page.evaluate(() => Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight)).toBe(true)
      const tabbar = (await page.locator('.tabbar').boundingBox())!
      const headBox = (await head.boundingBox())!
      expect(headBox.y + headBox.height).toBeLessThanOrEqual(tabbar.y + 1)
    })

    await test.step('on a 360 px phone the agenda stays put when 跳到日期 becomes a date field after the week', async () => {
      // Plain Uyghur again (added last, this init script wins over 长辈模式's).
      await useLanguage(page, 'ug')
      await page.setViewportSize({ width: 360, height: 640 })
      // The month held back: the field stays a text field, and the agenda's place can be measured before it turns.
      const release = await holdMonthShards(page)
      await page.goto('/calendar')
      await expect(page.locator('html')).toHaveAttribute('lang', 'ug')
      await expect(page.locator('html')).not.toHaveAttribute('data-elder')
      const field = page.locator('.jump input')
      await expect(field).toHaveAttribute('type', 'text')
      const before = (await page.locator('.range-tools').boundingBox())!
      release()
      await expect(field).toHaveAttribute('type', 'date')
      // Its growth wrapped the line, and the week's events, painted by then, jumped 55 px down.
      expect((await page.locator('.range-tools').boundingBox())!).toEqual(before)
    })
  })
})

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' })

  test('a saved language whose chunk cannot load starts the page in Chinese, left to right', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('kpxj:settings', JSON.stringify({ language: 'ug', regionAsked: true })))
    await page.route(/\/assets\/ug-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'))
    await page.goto('/me')
    await expect(page.getByRole('heading', { level: 1, name: '我的' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  })

  test('a person picks a language on 我的; it stays after a reload, offline too', async ({ page, context }) => {
    await page.goto('/me')
    await waitForServiceWorker(page)
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    // Each language is named in its own script, and unreviewed ones say so.
    const menu = page.getByTestId('language-switch')
    await expect(menu.getByText('未经审校').first()).toBeVisible()
    await menu.getByRole('radio', { name: /قازاقشا/ }).check()
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk-Arab')
    await expect(page.getByRole('heading', { level: 1, name: 'مەنىكى' })).toBeVisible()
    // Not precached for every visitor (issue #21): the Kazakh chunk and the Arabic-script font come into the
    // runtime cache when used, and only there.
    const cached = () =>
      page.evaluate(async () => {
        const out: string[] = []
        for (const name of await caches.keys())
          for (const request of await (await caches.open(name)).keys()) out.push(`${name} ${new URL(request.url).pathname}`)
        return out.filter((entry) => /\/assets\/(?:ug|kk-Arab|en|arabic)-/.test(entry)).sort()
      })
    await expect
      .poll(cached)
      .toEqual([
        expect.stringMatching(/^kpxj-lazy-code \/assets\/arabic-[\w-]+\.woff2$/),
        expect.stringMatching(/^kpxj-lazy-code \/assets\/kk-Arab-[\w-]+\.js$/),
      ])

    await context.setOffline(true)
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk-Arab')
    await expect(page.getByRole('heading', { level: 1, name: 'مەنىكى' })).toBeVisible()
    await page.getByRole('link', { name: 'كالەندار', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'ءىس-شارا كالەندارى' })).toBeVisible()

    await context.setOffline(false)
    await page.getByRole('link', { name: 'مەنىكى' }).click()
    await page.getByTestId('language-switch').getByRole('radio', { name: '中文' }).check()
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
    await expect(page.getByRole('heading', { level: 1, name: '我的' })).toBeVisible()
  })
})

test.describe('first visit from an English browser', () => {
  test.use({ locale: 'en-GB' })

  test('an offer in a bar over the page, not a dialog; accepting it switches', async ({ page }) => {
    await page.goto('/')
    const offer = page.getByTestId('language-offer')
    await expect(offer).toContainText('Show this app in English?')
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await offer.getByRole('button', { name: 'English' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Calendar' })).toBeVisible()
    await expect(page.getByTestId('language-offer')).toHaveCount(0)
  })

  test('on a 360×640 phone the offer hides nothing for good: the map list opens while it is shown', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 })
    await page.goto('/map')
    await expect(page.getByTestId('language-offer')).toBeVisible()
    // The bar floats over the end of the page, where 展开列表 is: the page must scroll it clear. A tap
    // that the bar would take fails here, as it would for a person.
    await page.getByRole('button', { name: '展开列表' }).click({ timeout: 5_000 })
    await expect(page.getByRole('button', { name: '收起列表' })).toBeVisible()
    await expect(page.getByTestId('language-offer')).toBeVisible()
  })

  test('declining keeps Chinese and the offer does not come back', async ({ page }) => {
    await page.goto('/')
    await page.getByTestId('language-offer').getByRole('button', { name: /No/ }).click()
    await expect(page.getByTestId('language-offer')).toHaveCount(0)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: '科普新疆' })).toBeVisible()
    await expect(page.getByTestId('language-offer')).toHaveCount(0)
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  })
})

/**
 * English in one context: a step for each former test, at the default 412 px, then on a 360 px phone. The
 * map's load left by the region names is the one the venue's lists start from (that step only read it).
 */
test('in English: dates and hours, event kinds, region names, a venue’s name in its lists; on a 360 px phone, the language menu and the calendar’s tools', async ({
  page,
}) => {
  // Ten page loads on a shared machine (about 5 s alone).
  test.setTimeout(60_000)
  await useLanguage(page, 'en')

  await test.step('English dates and hours', async () => {
    await page.goto(EVENT)
    await expect(
      page
        .locator('main')
        .getByText(/November 15, 2026/)
        .first(),
    ).toBeVisible()
    // The event's kind is a word of the content's vocabulary, in the reader's language too.
    await expect(page.locator('main .badge', { hasText: 'Science and Technology Winter' })).toBeVisible()
    await page.goto(VENUE)
    await expect(page.getByRole('heading', { level: 1, name: 'Xinjiang Science and Technology Museum' })).toBeVisible()
    await expect(page.locator('.venue-hours-lines li').first()).toHaveText('Wednesday – Sunday 11:00–13:30, 15:00–17:30')
    await expect(page.locator('main .badge').getByText('Science museum', { exact: true })).toBeVisible()
    // Its category too, in the words the map's filter uses (it showed 科技场馆类).
    await expect(page.locator('main .badge').getByText('Science museums and centres', { exact: true })).toBeVisible()
  })

  await test.step('event kinds read in the reader’s language in the calendar’s list and its filter', async () => {
    // 全国防灾减灾日 (12 May): 安全科普 events.
    await page.goto('/calendar?date=2027-05-12')
    await expect(page.locator('.event-item .badge', { hasText: 'Safety education' }).first()).toBeVisible()
    await page.locator('.filters summary').click()
    const kind = page.locator('.filters select').first()
    await kind.selectOption({ label: 'Science caravan' })
    await expect.poll(() => new URL(page.url()).searchParams.get('kind')).toBe('科普大篷车')
    await expect(kind.locator('option:checked')).toHaveText('Science caravan')
  })

  await regionNames(page, 'en', { onHome: false })

  await test.step('a venue’s translated name is the one its lists show, and the page they open', async () => {
    // The venue page showed 新疆科技馆's English (and Uyghur) name while the home page's weekend list and the map's
    // list said 新疆科技馆: a tapped name opened a page with another name.
    const NAME = 'Xinjiang Science and Technology Museum'
    // The map as the last step loaded it (it only read the city labels): the list, then the home page's.
    expect(new URL(page.url()).pathname).toBe('/map')
    await page.locator('.sheet-toggle').click()
    const row = page.locator('.sheet-row-name', { hasText: NAME })
    await expect(row).toBeVisible()
    await expect(page.locator('.sheet-row-name', { hasText: '新疆科技馆' })).toHaveCount(0)
    await row.click()
    await expect(page.locator('main h1')).toHaveText(NAME)
    await page.goto('/')
    await expect(page.locator('.weekend-venue-title a', { hasText: NAME })).toBeVisible()
    // Search finds it by its Chinese name (the index is Chinese) and shows the name the page has, the Chinese
    // one, where the query matched, under it.
    await page.goto('/map')
    await page.getByRole('searchbox').fill('科技馆')
    const result = page.locator('.search-result', { hasText: NAME })
    await expect(result).toBeVisible()
    await expect(result.locator('mark', { hasText: '科技馆' })).toBeVisible()
    await result.click()
    await expect(page.locator('main h1')).toHaveText(NAME)
  })

  await test.step('on a 360 px phone in English, a language’s “not yet reviewed” note stays beside its radio button, never under it', async () => {
    await page.setViewportSize({ width: 360, height: 640 })
    await page.goto('/me')
    const choices = page.getByTestId('language-switch').locator('label')
    await expect(choices).toHaveCount(4)
    // Some language has the note: the loop below skips those without.
    await expect(choices.locator('.language-unreviewed').first()).toBeVisible()
    for (const choice of await choices.all()) {
      const radio = (await choice.locator('input').boundingBox())!
      const note = choice.locator('.language-unreviewed')
      if (!(await note.count())) continue
      const box = (await note.boundingBox())!
      expect(box.x, `${await choice.textContent()}`).toBeGreaterThanOrEqual(radio.x + radio.width)
    }
  })

  await todayBesideDateField(page, 'en')
})

// Region names as content/regions/*.yaml translate them: Uyghur has no established spelling there for 双河 and
// 新星, which stay Chinese and are marked so.
const REGION_NAMES = {
  en: { changji: 'Changji', kashgar: 'Kashgar', shuanghe: 'Shuanghe', urumqi: 'Urumqi', xinxing: 'Xinxing' },
  ug: { changji: 'سانجى', kashgar: 'قەشقەر', shuanghe: '双河', urumqi: 'ئۈرۈمچى', xinxing: '新星' },
} as const

/**
 * Region names in the page's language (set by the test) on the home page, the calendar and the map; the map's
 * load is left as it is. `onHome`: the home page is loaded already, nothing on it tapped yet.
 */
function regionNames(page: Page, language: keyof typeof REGION_NAMES, { onHome }: { onHome: boolean }) {
  const names = REGION_NAMES[language]
  return test.step(`in ${language}, region names read in the reader’s language, an untranslated one in Chinese marked zh-CN: home, calendar, map`, async () => {
    /** An element showing a region's name: marked Chinese exactly when the name is the Chinese fallback. */
    const marked = async (element: Locator, name: string) => {
      await expect(element).toHaveText(name)
      if (/\p{Script=Han}/u.test(name)) await expect(element).toHaveAttribute('lang', 'zh-CN')
      else expect(await element.getAttribute('lang'), `${name} is not marked Chinese`).toBeNull()
    }
    /** No Chinese unmarked, nothing else marked Chinese (in English the app's title 科普新疆 is left unmarked). */
    const clean = async () => {
      if (language === 'ug') expect(await unmarkedChinese(page)).toEqual([])
      expect(await overMarked(page)).toEqual([])
    }

    await test.step('home: the region question, then my region', async () => {
      if (onHome) expect(new URL(page.url()).pathname).toBe('/')
      else await page.goto('/')
      const ask = page.locator('.region-ask')
      const choices = ask.locator('.btn')
      await expect(choices).toHaveCount(5)
      for (const name of Object.values(names)) await marked(choices.filter({ hasText: name }), name)
      await ask.getByRole('button', { name: names.changji }).click()
      const mine = page.locator('.my-region')
      await expect(mine).toContainText(names.changji)
      await expect(mine.locator('[lang^="zh"]')).toHaveCount(0)
      await clean()
    })

    await test.step('calendar: the region filter and the events’ region badges', async () => {
      await page.goto('/calendar?region=changji')
      await expect(page.locator('.filters summary')).toContainText(names.changji)
      await marked(page.locator('.agenda .event-item-meta .badge-info').first(), names.changji)
      await page.locator('.filters summary').click()
      for (const [id, name] of Object.entries(names)) await marked(page.locator(`#filter-region option[value="${id}"]`), name)
      await clean()
    })

    await test.step('map: the city labels and the region filter', async () => {
      await page.goto('/map')
      for (const name of Object.values(names)) await marked(page.locator('.map-city-label span').filter({ hasText: name }), name)
      await clean()
    })
  })
}

// "Go to date" and "چېسلاغا ئۆتۈش" put the label and its field on a line of their own under 今天, and with a region
// chosen the week's first title went under the tab bar.
const CALENDAR_TOOLS = {
  en: { today: 'Today', jumpTo: 'Go to' },
  ug: { today: ug.messages.calendar!.today!, jumpTo: ug.messages.calendar!.jumpTo! },
} as const

/** On a 360×640 phone, in the page's language (set by the test): the calendar's first screen. */
function todayBesideDateField(page: Page, language: keyof typeof CALENDAR_TOOLS) {
  const { today, jumpTo } = CALENDAR_TOOLS[language]
  return test.step(`on a 360×640 phone in ${language}, today and the date field share a line and the week’s first event starts on the first screen`, async () => {
    await page.setViewportSize({ width: 360, height: 640 })
    // With a region chosen, the usual case: its filter card takes a line of its own.
    await page.goto('/calendar?region=changji')
    const field = page.getByLabel(jumpTo)
    await expect(field).toHaveAttribute('type', 'date')
    await page.evaluate(() => document.fonts.ready)
    const [button, jump] = [(await page.getByRole('button', { name: today, exact: true }).boundingBox())!, (await field.boundingBox())!]
    expect(Math.abs(button.y + button.height / 2 - (jump.y + jump.height / 2)), 'today beside the date field').toBeLessThanOrEqual(4)
    const title = page.locator('.agenda a').first()
    const tabBar = (await page.locator('.tabbar').boundingBox())!
    expect((await title.boundingBox())!.y + 24, 'first event title on the first screen').toBeLessThanOrEqual(tabBar.y)
  })
}

/**
 * A phone screenshot for the README, of the page as loaded: right to left, the Arabic-script subset in use,
 * nothing wider than the phone. Into docs/screenshots with E2E_SCREENSHOTS=1, else the test's output folder.
 */
function screenshot(page: Page, language: string, name: string, width: number) {
  const suffix = width === 412 ? '' : `-${width}`
  return test.step(`${name} in ${language} at ${width} px: right to left, in its own font, no sideways scroll`, async () => {
    // In the language and at the width named (steps before may have set others).
    await expect(page.locator('html')).toHaveAttribute('lang', language)
    expect(page.viewportSize()?.width, 'the page’s width').toBe(width)
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.locator('main h1').first()).toBeVisible()
    await expect(page.locator('.loading')).toHaveCount(0)
    // The Arabic-script subset is in use, not a system fallback.
    await page.evaluate(() => document.fonts.ready)
    expect(await page.evaluate(() => [...document.fonts].find((f) => f.family.includes('KPXJ Arabic'))?.status)).toBe('loaded')
    // Nothing pushes the page sideways (a phone would zoom the whole page out).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
    const file = `lang-${language}-${name}${suffix}.png`
    await page.screenshot({ path: process.env.E2E_SCREENSHOTS ? `docs/screenshots/${file}` : test.info().outputPath(file) })
  })
}

/** Home, a venue and the calendar in `language` at width×height, each a load and a screenshot; the calendar's load is left as it is. */
function screens(page: Page, language: 'ug' | 'kk-Arab', width: number, height: number) {
  return test.step(`home, calendar and a venue in ${language} at ${width}×${height}`, async () => {
    // Added last, this language's init script wins.
    await useLanguage(page, language)
    await page.setViewportSize({ width, height })
    for (const [name, path] of [
      ['home', '/'],
      ['venue', VENUE],
      ['calendar', '/calendar'],
    ] as const) {
      await page.goto(path)
      await screenshot(page, language, name, width)
    }
  })
}

/**
 * The right-to-left screenshots but the Uyghur ones at 412×823 (taken on the Uyghur walk above, on its loads),
 * and Kazakh's right-to-left controls, in one context: a step for each former test. The Kazakh calendar's
 * load at 412 px serves its screenshot and then the controls' check.
 */
test('right to left in Kazakh and Uyghur: home, calendar and a venue at 412 and 360 px; search icon, clear button, calendar arrows', async ({
  page,
}) => {
  // Ten page loads and nine screenshots on a shared machine (about 6 s alone).
  test.setTimeout(90_000)
  await screens(page, 'kk-Arab', 412, 823)

  await test.step('Kazakh in Arabic script lays out right to left like Uyghur: search icon, clear button, calendar arrows', async () => {
    // Lowered for older engines, logical CSS became rules keyed to a list of right-to-left languages without
    // kk-Arab: the icon and the clear button swapped sides, and the calendar's arrows pointed the wrong way.
    for (const language of ['kk-Arab', 'ug']) {
      await test.step(language, async () => {
        if (language === 'kk-Arab') {
          // The Kazakh calendar at 412 px as its screenshot left it.
          expect(new URL(page.url()).pathname).toBe('/calendar')
          expect(page.viewportSize()?.width).toBe(412)
        } else {
          // Init scripts run in the order added: the later language wins.
          await useLanguage(page, language)
          await page.goto('/calendar')
        }
        await expect(page.locator('html')).toHaveAttribute('lang', language)
        await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
        const box = page.getByRole('search')
        await box.getByRole('searchbox').fill('kjg')
        const form = (await box.boundingBox())!
        const icon = (await box.locator('.search-icon').boundingBox())!
        const clear = (await box.getByRole('button').boundingBox())!
        // The reading start is on the right.
        expect(icon.x).toBeGreaterThan(form.x + form.width / 2)
        expect(clear.x + clear.width).toBeLessThan(form.x + form.width / 2)
        expect(await chevronPoints(page.locator('button:has(.chevron-back)'))).toBe('right')
        expect(await chevronPoints(page.locator('button:has(.chevron-forward)'))).toBe('left')
      })
    }
  })

  await screens(page, 'ug', 360, 640)
  await screens(page, 'kk-Arab', 360, 640)
})
