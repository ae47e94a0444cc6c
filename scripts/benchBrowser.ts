/**
 * The benchmarks' browser: Debian's Chromium with the e2e suite's flags, its fonts warmed up first; and the
 * helpers they share (map tiles answered locally, the median of runs).
 * A fresh desktop Chromium here spends 200–300 ms of its first page's first layout setting up the CJK
 * font (the font service of the browser process: paid once per browser, whatever the site). A phone's
 * browser has drawn Chinese text long before it opens this app, so the first measured run must not pay it.
 */
import { readFileSync } from 'node:fs'

import { type Browser, type BrowserContext, chromium } from '@playwright/test'

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config'

export async function launchBenchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  // Its own context: nothing of it (storage, cache) is seen by the measured pages.
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.setContent('<h1 lang="zh-CN">科普新疆</h1><p lang="zh-CN">正在加载… 首页 地图 日历 目标 我的</p>')
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  await context.close()
  return browser
}

/**
 * The e2e suite's 256×256 tile for every map tile: this machine reaches no tile server. Not a 1×1 image:
 * Chromium never counts an image of so few bytes for its pixels (under 0.05 bits a pixel) as the largest
 * paint, so `/map`'s largest paint was never a tile in these benchmarks, as it is on a phone.
 */
const TILE = readFileSync(new URL('../tests/fixtures/tiles/tile.png', import.meta.url))

/** Answers every map tile request (`…/z/x/y.png`, any host) with the fixture tile, as a tile server would. */
export async function stubTiles(context: BrowserContext): Promise<void> {
  await context.route(/\/\d+\/\d+\/\d+\.png$/, (r) =>
    r.fulfill({ status: 200, contentType: 'image/png', headers: { 'access-control-allow-origin': '*' }, body: TILE }),
  )
}

/** The middle run (the upper one of the two middles for an even count). */
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
