/**
 * What the 长辈模式 suite measures in the page (text sizes, line heights, paragraph spacing, tap targets),
 * shared with the shell suite, which measures the standard mode's 44 px targets on the same page loads.
 */
import { expect, type Page } from '@playwright/test'

/** Open a page and wait until it has its heading and no loading line left. */
export async function loaded(page: Page, path: string) {
  await page.goto(path)
  await expect(page.locator('main h1').first()).toBeVisible()
  await expect(page.getByText(/正在加载|正在准备/)).toHaveCount(0)
}

/** What a finger taps: controls, and the map's markers (tapped, though not focusable: the list is the keyboard path). */
export const TARGETS =
  'a[href], button, input, select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"]), .leaflet-interactive'

/**
 * Everything the spec measures, read in the page: text below 18 px or with a line height under 1.3, the
 * largest text, paragraphs closer than 1.3 × their line height, and tap targets smaller than `min` px.
 * A checkbox or radio is tapped through its label, so the label is measured; SVG text is scaled by its
 * viewBox and checked by the chart's own test.
 */
export function measure(page: Page, min: number, selector = TARGETS) {
  return page.evaluate(
    ({ min, selector }) => {
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect()
        return r.width > 1 && r.height > 1 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
      }
      const describe = (el: Element) =>
        `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 24)}"`
      const small: string[] = []
      const tight: string[] = []
      let largest = 0
      for (const el of document.querySelectorAll('body *')) {
        if (el.closest('svg, script, style, noscript')) continue
        const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())
        if (!text || !visible(el)) continue
        const style = getComputedStyle(el)
        const size = parseFloat(style.fontSize)
        largest = Math.max(largest, size)
        if (size < 18) small.push(`${describe(el)} ${size}px`)
        const lh = style.lineHeight === 'normal' ? size * 1.2 : parseFloat(style.lineHeight)
        if (lh < size * 1.3 - 0.01) tight.push(`${describe(el)} line-height ${lh}/${size}`)
      }
      const paragraphs: string[] = []
      for (const p of document.querySelectorAll('main p + p')) {
        const prev = p.previousElementSibling!
        if (!visible(p) || !visible(prev)) continue
        const gap = p.getBoundingClientRect().top - prev.getBoundingClientRect().bottom
        // Against the taller of the two lines: the stricter reading.
        const lh = Math.max(parseFloat(getComputedStyle(prev).lineHeight), parseFloat(getComputedStyle(p).lineHeight))
        if (gap < 1.3 * lh - 0.5) paragraphs.push(`${describe(prev)} gap ${gap.toFixed(1)} < 1.3 × ${lh}`)
      }
      const targets: string[] = []
      for (const el of document.querySelectorAll(selector)) {
        const input = el as HTMLInputElement
        const box =
          el.tagName === 'INPUT' && /^(checkbox|radio|file)$/.test(input.type)
            ? (input.labels?.[0] ?? el)
            : el.closest('.visually-hidden')
              ? null
              : el
        if (!box || !visible(box)) continue
        const r = box.getBoundingClientRect()
        if (r.width < min - 0.5 || r.height < min - 0.5) targets.push(`${describe(box)} ${r.width.toFixed(0)}×${r.height.toFixed(0)}`)
      }
      return { body: parseFloat(getComputedStyle(document.body).fontSize), small, tight, largest, paragraphs, targets }
    },
    { min, selector },
  )
}

/**
 * Outside 长辈模式: buttons, tabs, inputs and selects. Links inside running text are left out: they are sized
 * by their line, as WCAG 2.5.8 allows. The map's labelled pills (an approximate group, a region's event
 * count) are 29–37 px tall outside 长辈模式, stacked 28 px apart; the list and the region links under the
 * map reach the same places.
 */
export const STANDARD_TARGETS =
  'button, .btn, .tab, input, select, [role="button"], [role="tab"], .leaflet-interactive:not(.venue-group, .region-events-pin)'

/** How far the page scrolls sideways (a phone would zoom the whole page out): 0 when it fits. */
export const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

/** Layout shift since the page started, as the Layout Instability API reports it (shifts right after input excluded). */
export const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
            if (!e.hadRecentInput) total += e.value
        }).observe({ type: 'layout-shift', buffered: true })
        // Buffered entries are delivered in the observer's first callback, within a frame or two.
        setTimeout(() => resolve(total), 300)
      }),
  )

/**
 * Flex and grid boxes holding loose words beside other inline pieces ("Amap (" | 高德 | ")"): each piece is
 * laid out as an item of its own, side by side like columns, and a space between them is dropped. A button
 * or link is a flex box (and every link is in 长辈模式): its words go in one span. Icons beside a label are fine.
 */
export const looseWordsInFlex = (page: Page) =>
  page.evaluate(() => {
    const inlineText = (n: Node) => {
      if (n.nodeType === Node.TEXT_NODE) return Boolean(n.textContent!.trim())
      if (!(n instanceof HTMLElement) || !n.textContent!.trim()) return false
      const style = getComputedStyle(n)
      return style.display === 'inline' && style.position !== 'absolute'
    }
    const found: string[] = []
    for (const el of document.querySelectorAll('body *')) {
      if (!/flex|grid/.test(getComputedStyle(el).display) || !el.getClientRects().length) continue
      const pieces = [...el.childNodes].filter(inlineText)
      if (pieces.length > 1 && pieces.some((n) => n.nodeType === Node.TEXT_NODE))
        found.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${el.textContent!.trim().slice(0, 30)}"`)
    }
    return found
  })

/**
 * Lines of the page's main text that begin with a closing mark (。，、）…): Chinese never starts a line so.
 * The browser keeps to that, but not where a phrase kept whole (word-break: keep-all) is wider than the line
 * and breaks anywhere (overflow-wrap: anywhere), as large text makes it.
 */
export const linesStartingWithPunctuation = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = []
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT)
    const range = document.createRange()
    let lastBottom = -Infinity
    while (walker.nextNode()) {
      const node = walker.currentNode as Text
      const text = node.data
      if (!text.trim() || !node.parentElement!.checkVisibility()) continue
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i)
        range.setEnd(node, i + 1)
        const box = range.getClientRects()[0]
        if (!box?.width) continue
        // Below the last character drawn: the first of a new line.
        if (box.top >= lastBottom - 1 && '。，、；：？！）」』】》'.includes(text[i]!))
          found.push(`${node.parentElement!.tagName.toLowerCase()} "…${text.slice(Math.max(0, i - 8), i + 4)}"`)
        lastBottom = box.bottom
      }
    }
    return found
  })
