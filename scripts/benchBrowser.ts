/**
 * The benchmarks' browser: Debian's Chromium with the e2e suite's flags, its fonts warmed up first; and the
 * helpers they share (map tiles answered locally, the median of runs).
 * A fresh desktop Chromium here spends 200–300 ms of its first page's first layout setting up the CJK
 * font (the font service of the browser process: paid once per browser, whatever the site). A phone's
 * browser has drawn Chinese text long before it opens this app, so the first measured run must not pay it.
 */
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

// 1×1 PNG for map tiles: this machine reaches no tile server.
const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')

/** Answers every map tile request (`…/z/x/y.png`, any host) with a 1×1 PNG, as a tile server would. */
export async function stubTiles(context: BrowserContext): Promise<void> {
  await context.route(/\/\d+\/\d+\/\d+\.png$/, (r) => r.fulfill({ status: 200, contentType: 'image/png', body: TILE }))
}

/** The middle run (the upper one of the two middles for an even count). */
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
