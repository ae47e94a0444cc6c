/**
 * The benchmarks' browser: Debian's Chromium with the e2e suite's flags, its fonts warmed up first.
 * A fresh desktop Chromium here spends 200–300 ms of its first page's first layout setting up the CJK
 * font (the font service of the browser process: paid once per browser, whatever the site). A phone's
 * browser has drawn Chinese text long before it opens this app, so the first measured run must not pay it.
 */
import { type Browser, chromium } from '@playwright/test'

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
