/**
 * Phone screenshots of 长辈模式 for the README (docs/screenshots/elder-*.png): home, calendar, a venue
 * page and the targets at 412×823 and 360×640, on the test day's build. Serve a build first, then:
 *
 *   npx vite build --outDir .tmp/dist-shots && npx vite preview --outDir .tmp/dist-shots --port 4303 &
 *   npx tsx scripts/elder-screenshots.ts http://localhost:4303
 */
import { chromium } from 'playwright-core'

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config'
import { TEST_TODAY } from '../tests/fixtures/testDay'

const base = process.argv[2] ?? 'http://localhost:4303'
const PAGES = [
  ['home', '/'],
  ['calendar', '/calendar'],
  ['venue', '/venues/xinjiang-science-museum'],
  // In 长辈模式 the 科学素质 chart gives way to its table.
  ['targets', '/targets'],
] as const
const SIZES = [
  [412, 823],
  [360, 640],
] as const

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
for (const [width, height] of SIZES) {
  const context = await browser.newContext({
    viewport: { width, height },
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  const page = await context.newPage()
  await page.clock.setFixedTime(new Date(`${TEST_TODAY}T10:00:00+08:00`))
  // A string, not a function: tsx would wrap named functions in a helper the page does not have.
  await page.addInitScript(`
    localStorage.setItem('kpxj:settings', JSON.stringify({ elderMode: true, regionAsked: true }))
    // A phone with a Chinese voice, so the venue page shows its 朗读 button (headless Chromium has none).
    const voice = { name: '普通话', lang: 'zh-CN', localService: true, default: true, voiceURI: 'zh' }
    const synth = { getVoices: () => [voice], speak: () => {}, cancel: () => {}, addEventListener: () => {}, removeEventListener: () => {} }
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
  `)
  for (const [name, path] of PAGES) {
    await page.goto(base + path)
    await page.locator('main h1').first().waitFor()
    await page
      .getByText(/正在加载/)
      .waitFor({ state: 'detached' })
      .catch(() => {})
    await page.waitForTimeout(500)
    await page.screenshot({ path: `docs/screenshots/elder-${name}-${width}.png` })
  }
  await context.close()
}
await browser.close()
