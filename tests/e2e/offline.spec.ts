/**
 * Offline-first, end to end: one online visit is enough to use every route in airplane mode; a broken
 * data endpoint never replaces good data; my data survives clearing the site through export/import.
 */
import { expect, test } from '@playwright/test'

import { axeViolations, E2E_NOW, expectHeading, MAIN_ROUTES, watchErrors } from './helpers'
import {
  breakDataEndpoint,
  expectNoSpinner,
  putUserRecord,
  readUserStore,
  scheduleEntry,
  setOffline,
  STALE_NOTE,
  visitPlanRecord,
  waitForServiceWorker,
} from './offline-helpers'

// This file is about the service worker: let it register (the suite blocks it elsewhere).
test.use({ serviceWorkers: 'allow' })

test.beforeEach(async ({ page }) => {
  // A fixed day: the build and its precache are made as of it (playwright.config.ts).
  await page.clock.setFixedTime(E2E_NOW)
})

// The tests below share a context where they can (a new context, its service worker's install and a cold page
// load cost seconds of CPU): each check is a step, which loads the page it starts from. A step that needs
// months never fetched comes before any step that fetches them; one about a first visit or install stays alone.

test('after one online visit every route reloads offline; a month never saved keeps its grid and says what is missing', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000)
  await test.step('after one online visit, every route reloads offline with content and the offline indicator', async () => {
    const errors = watchErrors(page)
    await page.goto('/')
    await waitForServiceWorker(page)
    await expect(page.getByText(/内容更新于 \d{4}年/)).toBeVisible()
    // An event of this month: its shard is precached, not merely cached because we looked at it.
    const eventPath = await page.evaluate(async () => {
      const index = (await (await fetch('/data/app/event-index.json')).json()) as Record<string, string>
      const now = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7)
      return `/events/${Object.keys(index).find((id) => index[id] === now)}`
    })
    expect(eventPath).not.toBe('/events/undefined')

    await setOffline(context, page, true)
    const pages = [
      ...MAIN_ROUTES.map((r) => ({ path: r.path, heading: r.heading as string | RegExp })),
      { path: '/venues/xinjiang-science-museum', heading: '新疆科技馆' },
      { path: eventPath, heading: /./ },
      { path: '/plans/shuanghe-15', heading: /双河市/ },
    ]
    for (const { path, heading } of pages) {
      await page.goto(path)
      if (typeof heading === 'string') await expectHeading(page, heading)
      else await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
      await expect(page.getByTestId('offline-indicator'), path).toBeVisible()
      await expect(page.getByTestId('offline-indicator')).toHaveText(/当前离线/)
      await expectNoSpinner(page)
      await expect(page.getByText('内容加载失败'), path).toHaveCount(0)
    }
    // Content, not just headings.
    await page.goto('/targets')
    await expect(page.getByRole('link', { name: /双河/ }).first()).toBeVisible()
    await page.goto('/calendar')
    await expect(page.locator('a[href^="/events/"]').first()).toBeVisible()
    await page.goto(eventPath)
    await expect(page.getByText('日期说明：')).toBeVisible()
    await page.goto('/me')
    await expect(page.getByRole('heading', { name: '我的数据' })).toBeVisible()
    await expect(page.getByTestId('offline-state')).toHaveText('已保存到本机，没有网络时也能打开')
    await page.screenshot({ path: '.tmp/offline-shots/me.png', fullPage: true })
    await page.goto('/')
    await page.screenshot({ path: '.tmp/offline-shots/home.png' })

    await setOffline(context, page, false)
    await expect(page.getByTestId('offline-indicator')).toHaveCount(0)
    expect(errors.filter((e) => !/Failed to load resource|Failed to fetch/.test(e))).toEqual([])
  })

  // After the step above, which never fetched February online.
  await test.step('offline, a month that was never saved keeps its grid and what runs into it, and says what is missing', async () => {
    const errors = watchErrors(page)
    let february = 0
    page.on('request', (request) => void (request.url().endsWith('/data/app/events/2027-02.json') && february++))
    await page.goto('/')
    await waitForServiceWorker(page)
    await expect(page.getByText(/内容更新于 \d{4}年/)).toBeVisible()
    // The build (E2E_NOW, late November) precaches November to January: February was never fetched.
    await setOffline(context, page, true)
    await page.goto('/calendar?view=month&month=2027-02')
    await expect(page.getByRole('table', { name: /2027年2月/ })).toBeVisible()
    await expect(page.getByText('2027年2月的活动暂时无法加载')).toBeVisible()
    await expect(page.getByText('内容加载失败')).toHaveCount(0)
    // 科技之冬 runs from November to March: the saved months know it, so February shows it.
    await expect(
      page
        .locator('.grid-seasons')
        .getByRole('link', { name: /科技之冬/ })
        .first(),
    ).toBeVisible()
    // Asked for once: not again as each saved month arrived (it was asked for two to four times, each a failure).
    expect(february).toBe(1)
    // A day of February never claims to have no events.
    await page.getByRole('button', { name: /2027年2月10日/ }).click()
    // The agenda is a virtual list: it draws its rows once they are on screen.
    await page.getByRole('region', { name: '日程' }).scrollIntoViewIfNeeded()
    await expect(page.getByRole('heading', { name: /2月10日/ })).toBeVisible()
    await expect(page.getByText('这天没有活动')).toHaveCount(0)
    await page.screenshot({ path: '.tmp/offline-shots/calendar-unsaved-month.png', fullPage: true })

    // The agenda a week on: the same notice, and the season that runs on.
    await page.goto('/calendar?view=agenda&date=2027-02-08')
    await expect(page.getByText('2027年2月的活动暂时无法加载')).toBeVisible()
    await expect(page.getByText(/科技之冬/).first()).toBeVisible()
    await expect(page.getByText('内容加载失败')).toHaveCount(0)

    // An event of a month never saved says why it cannot be shown.
    await page.goto('/events/tech-week-2027-changji')
    await expect(page.getByText('网络不可用，离线时只能看到已保存的内容')).toBeVisible()

    // Back online, the month loads by itself (no tap on 重试), and the notice goes.
    await page.goto('/calendar?view=agenda&date=2027-02-08')
    await expect(page.getByText('2027年2月的活动暂时无法加载')).toBeVisible()
    // The page knows it is offline (a reloaded document is told so a moment after it starts)…
    await expect(page.getByTestId('offline-indicator')).toBeVisible()
    await setOffline(context, page, false)
    // …and then that it is online again.
    await expect(page.getByTestId('offline-indicator')).toHaveCount(0)
    await expect(page.getByText('2027年2月的活动暂时无法加载')).toHaveCount(0)
    await expect(page.locator('a[href^="/events/"]').first()).toBeVisible()
    expect(errors.filter((e) => !/Failed to load resource|Failed to fetch/.test(e))).toEqual([])
  })
})

test('back online, what could not load offline comes by itself; a 503 and a portal page never replace good data', async ({
  page,
  context,
}) => {
  test.setTimeout(45_000)
  // First: it needs the months it names never fetched.
  await test.step('back online, what could not load offline comes by itself: a starred event, an event page, the home page’s weeks', async () => {
    const errors = watchErrors(page)
    let february = 0
    page.on('request', (request) => void (request.url().endsWith('/data/app/events/2027-02.json') && february++))
    await page.goto('/me')
    await waitForServiceWorker(page)
    await expect(page.getByTestId('my-data-counts')).toHaveText(/日程 0 条/)
    // May 2027: never saved by the install (November to January).
    await putUserRecord(page, 'schedule', scheduleEntry('tech-week-2027-changji'))
    await setOffline(context, page, true)
    await page.goto('/calendar?view=mine')
    const saved = page.locator('.card.saved', { hasText: '测试活动' })
    await expect(saved).toContainText('当前离线，显示的是已保存的内容')
    await expect(page.getByTestId('offline-indicator')).toBeVisible()
    // The schedule's file would lack it: said beside the download (it was left out without a word).
    const leftOut = page.getByTestId('mine-left-out')
    await expect(leftOut).toHaveText('1 项离线时读取不到，没有写进文件；联网后再下载一次。')
    await setOffline(context, page, false)
    // No reload, no 重试: the saved copy gives way to the event as published.
    await expect(page.getByRole('link', { name: '2027年全国科技活动周·昌吉市活动' })).toBeVisible()
    await expect(saved).toHaveCount(0)
    await expect(leftOut).toHaveCount(0)

    // April 2027 was never fetched (May now is: the worker keeps what was seen).
    await setOffline(context, page, true)
    await page.goto('/events/ip-day-2027-changji')
    await expect(page.getByText('网络不可用，离线时只能看到已保存的内容')).toBeVisible()
    await expect(page.getByTestId('offline-indicator')).toBeVisible()
    await setOffline(context, page, false)
    await expectHeading(page, '2027年世界知识产权日（4·26）科普宣传·昌吉市')
    await expect(page.getByText('网络不可用，离线时只能看到已保存的内容')).toHaveCount(0)

    // Weeks later, the phone still holds the months saved at the install (November to January): this week
    // ends in January, next week is in February.
    await page.clock.setFixedTime('2027-01-28T10:00:00+08:00')
    await setOffline(context, page, true)
    await page.goto('/')
    await expect(page.getByText('近期活动暂时无法加载，请稍后重试。')).toBeVisible()
    await expect(page.getByTestId('offline-indicator')).toBeVisible()
    // Asked for once: not again when January arrived from the saved copy.
    await expect.poll(() => february).toBe(1)
    // Phones, like this browser, say they are online a moment before the connection carries anything.
    await setOffline(context, page, false)
    await expect(page.getByTestId('offline-indicator')).toHaveCount(0)
    // No tap on 重试: the weeks come in by themselves.
    await expect(page.getByText('近期活动暂时无法加载，请稍后重试。')).toHaveCount(0)
    await expect(page.getByText('未来两周暂无具体日期的活动。周末开放的场馆见上方。')).toBeVisible()
    // Nor does the page go on saying it could not check for newer content because the network was down.
    await expect(page.getByTestId('stale-note')).toHaveCount(0)
    expect(errors.filter((e) => !/Failed to load resource|Failed to fetch/.test(e))).toEqual([])
  })

  await test.step('a 503 and then a captive-portal page never replace good data; the UI keeps it and says so', async () => {
    // The suite's day again (the step before moved the clock to January).
    await page.clock.setFixedTime(E2E_NOW)
    await page.goto('/calendar?month=2027-06')
    await waitForServiceWorker(page)
    // A month outside the precache, now cached at runtime (the request went through the worker).
    await page.reload()
    await expect(page.locator('a[href^="/events/"]').first()).toBeVisible()

    for (const response of [
      { status: 503, contentType: 'text/plain', body: 'Service Unavailable' },
      { status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>请登录 Wi-Fi</title><h1>请登录</h1>' },
    ]) {
      await breakDataEndpoint(context, response)
      await page.goto('/')
      await expect(page.getByTestId('stale-note')).toHaveText(STALE_NOTE)
      await expect(page.getByText(/内容更新于 \d{4}年/)).toBeVisible()
      await expect(page.getByText('12.5%').first()).toBeVisible()
      await page.goto('/calendar?month=2027-06')
      await expect(page.locator('a[href^="/events/"]').first()).toBeVisible()
      await expect(page.getByTestId('stale-note')).toBeVisible()
    }
    await page.screenshot({ path: '.tmp/offline-shots/stale.png' })

    // The runtime cache still holds the good JSON, not the portal page.
    const cached = await page.evaluate(async () => {
      const response = await (await caches.open('kpxj-event-shards')).match('/data/app/events/2027-06.json')
      return { type: response?.headers.get('content-type'), month: ((await response?.json()) as { month?: string })?.month }
    })
    expect(cached).toEqual({ type: expect.stringContaining('json'), month: '2027-06' })

    // Once the endpoint answers again, the note goes away.
    await context.unroute('**/data/app/**')
    await page.goto('/')
    await expect(page.getByText('12.5%').first()).toBeVisible()
    await expect(page.getByTestId('stale-note')).toHaveCount(0)
  })
})

test('a visit plan checks its day against the saved events; my data through export, clearing and import; an old tab never blocks a database upgrade', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000)
  // First: it needs February never fetched, and fetches it once back online.
  await test.step('offline, a visit plan checks its day against the saved events, and says so only when that day is not saved', async () => {
    await page.goto('/')
    await waitForServiceWorker(page)
    await expect(page.getByText(/内容更新于 \d{4}年/)).toBeVisible()
    await setOffline(context, page, true)
    // A day in February, a month that was never saved: its crowds cannot be checked, and the page says so.
    const unchecked = page.getByText('活动信息暂时无法加载（可能离线），未能检查当天是否有大型活动。')
    await page.goto('/me/visits/new?venue=xinjiang-science-museum&grade=junior&date=2027-02-10')
    await expect(unchecked).toBeVisible()
    // The teacher picks a day in December, which is saved: it is checked, although the suggestions of other
    // days still look two months ahead, into that February.
    await page.getByLabel('参观日期').fill('2026-12-12')
    await expect(page.getByLabel('参观日期')).toHaveValue('2026-12-12')
    await expect(unchecked).toHaveCount(0)
    // Back to February, and back online: its events load by themselves and the day is checked.
    await page.getByLabel('参观日期').fill('2027-02-10')
    await expect(unchecked).toBeVisible()
    await setOffline(context, page, false)
    await expect(unchecked).toHaveCount(0)
  })

  await test.step('export my data, clear the site data, import the file: everything is back', async () => {
    await page.goto('/me')
    // The app has created its database (it starts after the first paint, so after 'load').
    await expect(page.getByTestId('my-data-counts')).toHaveText(/日程 0 条/)
    await putUserRecord(page, 'schedule', scheduleEntry('test-event-1'))
    await putUserRecord(page, 'visitPlans', visitPlanRecord('plan-1'))
    await page.getByRole('switch', { name: '长辈模式' }).check()
    await page.reload()
    await expect(page.getByTestId('my-data-counts')).toHaveText(/日程 1 条 · 参观计划 1 个/)

    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: '导出我的数据' }).click()
    const file = await (await download).path()
    expect(file).toBeTruthy()

    const cdp = await context.newCDPSession(page)
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes: 'all' })
    await page.reload()
    await expect(page.getByTestId('my-data-counts')).toHaveText(/日程 0 条 · 参观计划 0 个/)
    await expect(page.getByRole('switch', { name: '长辈模式' })).not.toBeChecked()

    // A wrong file is refused with a reason, and changes nothing.
    await page
      .getByLabel('导入数据文件')
      .setInputFiles({ name: 'portal.json', mimeType: 'application/json', buffer: Buffer.from('<html>') })
    await expect(page.getByRole('alert')).toHaveText(/导入失败：这不是有效的数据文件/)

    await page.getByLabel('导入数据文件').setInputFiles(file!)
    await expect(page.getByText(/导入完成：新增 3 条/)).toBeVisible()
    await expect(page.getByTestId('my-data-counts')).toHaveText(/日程 1 条 · 参观计划 1 个/)
    await expect(page.getByRole('switch', { name: '长辈模式' })).toBeChecked()
    expect((await readUserStore(page, 'schedule')).map((e) => e.id)).toEqual(['test-event-1'])
    await page.screenshot({ path: '.tmp/offline-shots/import.png', fullPage: true })

    // Importing the same file again loses nothing and duplicates nothing; the settings kept as they are are no
    // news (the entry and the plan are: it said 3, the settings counted).
    await page.getByLabel('导入数据文件').setInputFiles(file!)
    await expect(page.getByText(/导入完成：新增 0 条，更新 0 条，保留已有 2 条/)).toBeVisible()
  })

  // Last: it leaves the database at a version the app cannot open.
  await test.step('an open old tab never blocks a database upgrade: it closes its connection and reloads', async () => {
    // As a first visit: nothing saved (the step before imported my data again).
    const cdp = await context.newCDPSession(page)
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes: 'all' })
    await cdp.detach()
    await page.goto('/me')
    await expect(page.getByTestId('my-data-counts')).toHaveText(/日程 0 条/)
    await putUserRecord(page, 'schedule', scheduleEntry('survives-upgrade'))
    const oldTabReloaded = page.waitForEvent('load')

    // A newer version in another tab opens the database at a higher version.
    const newer = await context.newPage()
    // A same-origin page without the app, so only the old tab holds a connection.
    await newer.goto('/icons/favicon.svg')
    const result = await newer.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const request = indexedDB.open('kpxj-user', 99)
          request.onblocked = () => resolve('blocked')
          request.onsuccess = () => {
            const ids = request.result.objectStoreNames.contains('schedule') ? 'ok' : 'no-stores'
            request.result.close()
            resolve(ids)
          }
          request.onerror = () => resolve(`error: ${request.error?.message}`)
        }),
    )
    expect(result).toBe('ok')
    await oldTabReloaded
  })
})

test('a portal answering during the first install is not kept as the offline copy; the next visit installs', async ({ page, context }) => {
  test.setTimeout(90_000)
  // A hotel or campus network that answers one file with its login JSON while the worker precaches.
  let portal = true
  await context.route('**/data/app/catalog.json', (route) =>
    portal ? route.fulfill({ status: 200, contentType: 'application/json', body: '{"code":403,"msg":"请先登录网络"}' }) : route.fallback(),
  )
  // Record what becomes of the worker the app registers.
  await page.addInitScript(() => {
    const states: string[] = []
    ;(window as unknown as { swStates: string[] }).swStates = states
    navigator.serviceWorker.addEventListener('controllerchange', () => states.push('controller'))
    void navigator.serviceWorker.ready.then(() => states.push('ready'))
    const register = navigator.serviceWorker.register.bind(navigator.serviceWorker)
    navigator.serviceWorker.register = async (...args) => {
      const registration = await register(...args)
      const watch = (worker: ServiceWorker | null) => {
        if (!worker) return
        states.push(worker.state)
        worker.addEventListener('statechange', () => states.push(worker.state))
      }
      watch(registration.installing)
      registration.addEventListener('updatefound', () => watch(registration.installing))
      return registration
    }
  })
  await page.goto('/')
  await expectHeading(page, '科普新疆')
  // The install is refused (the body does not match the build's integrity): the new worker goes redundant.
  // Precaching a megabyte takes more than the default 7 s when the two cores are shared.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { swStates: string[] }).swStates), { timeout: 30_000 })
    .toContain('redundant')
  expect(await page.evaluate(() => (window as unknown as { swStates: string[] }).swStates)).not.toContain('activated')
  const installed = await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.active))
  expect(installed).toBe(false)
  const cached = await page.evaluate(async () => {
    for (const name of await caches.keys()) if (await (await caches.open(name)).match('/data/app/catalog.json')) return name
    return null
  })
  expect(cached).toBeNull()

  // 我的 says so (it said 正在保存到本机… until a reload) …
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '我的' }).click()
  const state = page.getByTestId('offline-state')
  await expect(state).toHaveText('没能保存到本机（网络中断或空间不足），联网后会自动再试')
  // … and back on a normal network the app tries again by itself: update() could not (no worker was left).
  portal = false
  await setOffline(context, page, true)
  await setOffline(context, page, false)
  await expect(state).toHaveText('已保存到本机，没有网络时也能打开', { timeout: 30_000 })

  // The next visit has the offline copy, and it is the real catalog.
  await page.reload()
  await waitForServiceWorker(page)
  await setOffline(context, page, true)
  await page.goto('/venues/xinjiang-science-museum')
  await expectHeading(page, '新疆科技馆')
  await setOffline(context, page, false)
})

test.describe('without a service worker (as in WeChat)', () => {
  test.use({
    serviceWorkers: 'block',
    userAgent:
      'Mozilla/5.0 (Linux; Android 12; V2055A; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5023 MicroMessenger/8.0.34.2340(0x2800225D) WeChat/arm64 Weixin NetType/4G Language/zh_CN',
  })

  test('the app works with the WeChat hint, keeps the last good data through a 503 and a portal page, and a download opens a dialog', async ({
    page,
    context,
  }) => {
    test.setTimeout(45_000)
    await test.step('the app works, shows the WeChat hint and keeps the last good data through a 503 and a portal page', async () => {
      const errors = watchErrors(page)
      await page.goto('/')
      await expect(page.getByText('在浏览器中打开以离线使用')).toBeVisible()
      await expect(page.getByText('12.5%').first()).toBeVisible()
      await page.screenshot({ path: '.tmp/offline-shots/wechat.png' })
      // The copy is written once the first screen is idle (src/data/api.ts).
      await expect.poll(() => page.evaluate(async () => (await (await caches.open('kpxj-last-good')).keys()).length)).toBe(1)
      for (const response of [
        { status: 503, contentType: 'text/plain', body: 'Service Unavailable' },
        { status: 200, contentType: 'text/html', body: '<!doctype html><h1>请登录</h1>' },
      ]) {
        await breakDataEndpoint(context, response)
        await page.reload()
        await expect(page.getByTestId('stale-note')).toHaveText(STALE_NOTE)
        await expect(page.getByText('12.5%').first()).toBeVisible()
      }
      await page.getByRole('button', { name: '知道了' }).click()
      await expect(page.getByText('在浏览器中打开以离线使用')).toHaveCount(0)
      expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([])
    })

    await test.step('a download WeChat would drop opens a dialog: how to open a browser, and the file to copy', async () => {
      // The data endpoint answers again, and the hint shows again (the step before broke the one, dismissed the other).
      await context.unroute('**/data/app/**')
      await page.evaluate(() => sessionStorage.removeItem('kpxj:wechat-hint-dismissed'))
      await context.grantPermissions(['clipboard-read', 'clipboard-write'])
      const errors = watchErrors(page)
      let downloads = 0
      page.on('download', () => downloads++)
      await page.goto('/me')
      await expect(page.getByTestId('my-data-counts')).toHaveText(/日程 0 条/)
      // As on a first visit, the hint is on the page the scan below checks.
      await expect(page.getByRole('note').filter({ hasText: '在浏览器中打开以离线使用' })).toBeVisible()
      await page.getByRole('button', { name: '导出我的数据' }).click()

      const dialog = page.getByRole('dialog', { name: '微信里不能直接下载文件' })
      await expect(dialog).toBeVisible()
      await expect(dialog).toContainText('选择「在浏览器打开」')
      const fileName = (await dialog.textContent())!.match(/「([^」]+\.json)」/)![1]!
      expect(fileName).toMatch(/^kepu-xinjiang-my-data-\d{4}-\d{2}-\d{2}\.json$/)
      expect(await axeViolations(page)).toEqual([])

      await dialog.getByRole('button', { name: '复制文件内容' }).click()
      await expect(dialog.getByRole('status')).toHaveText('已复制，可以粘贴保存')
      // What was copied is the same backup a download would have saved: it imports.
      const copied = await page.evaluate(() => navigator.clipboard.readText())
      expect(copied).toBe(await dialog.getByRole('textbox').inputValue())
      expect(JSON.parse(copied)).toMatchObject({ format: 'kpxj-user-data' })

      await dialog.getByRole('button', { name: '关闭' }).click()
      await expect(dialog).toHaveCount(0)
      await expect(page.getByRole('button', { name: '导出我的数据' })).toBeFocused()
      expect(downloads).toBe(0)
      // No file was saved: the page must not say it was (it said 已导出文件 …, a backup that did not exist).
      await expect(page.getByText('已导出文件')).toHaveCount(0)
      expect(errors).toEqual([])
    })
  })
})

test.describe('without a service worker (WeChat)', () => {
  test.use({ serviceWorkers: 'block' })

  /** The calendar page's own code (not its CSS). */
  const CALENDAR_CODE = /\/assets\/CalendarView-[^/]*\.js$/

  test('offline or cut off, a page whose code never came leaves the reader on the app, says so, and opens back online or on 重试', async ({
    page,
    context,
  }) => {
    test.setTimeout(45_000)
    await test.step('offline, a tab whose page was never fetched leaves the reader on the app, not the browser’s error page', async () => {
      await page.goto('/')
      await expectHeading(page, '科普新疆')
      await setOffline(context, page, true)
      const failed = page.waitForEvent('requestfailed', (request) => /\/assets\/MapView-/.test(request.url()))
      // A reload to fetch the page's code again would be the browser's "no connection" page.
      const navigated = page.waitForEvent('framenavigated', { timeout: 1500 }).then(
        () => true,
        () => false,
      )
      await page.getByRole('navigation').getByRole('link', { name: '地图' }).click()
      await failed
      expect(await navigated).toBe(false)
      await expectHeading(page, '科普新疆')
      await expect(page.getByTestId('offline-indicator')).toBeVisible()
      // Back online, the tab opens.
      await setOffline(context, page, false)
      await page.getByRole('navigation').getByRole('link', { name: '地图' }).click()
      await expectHeading(page, '地图')
    })

    await test.step('the first page’s code cut off as the signal goes: says so, and opens by itself back online', async () => {
      // The network drops while the page's code is on its way: index.html and the app's own code came.
      await page.route(CALENDAR_CODE, async (route) => {
        // The app has mounted (Vue marks its root): what is left to come is the page's own code.
        await page.waitForFunction(() => '__vue_app__' in document.querySelector('#app')!)
        await setOffline(context, page, true)
        await route.abort('internetdisconnected')
      })
      let loads = 0
      page.on('load', () => loads++)
      await page.goto('/calendar')
      await expect(page.getByRole('alert')).toContainText('加载失败：请检查网络后刷新本页。')
      await expect(page.getByRole('button', { name: '重试' })).toBeVisible()
      expect(loads).toBe(1)
      await page.unroute(CALENDAR_CODE)
      await setOffline(context, page, false)
      await expectHeading(page, '活动日历')
      await expect(page.getByText('加载失败：请检查网络后刷新本页。')).toHaveCount(0)
      expect(loads).toBe(1)
    })

    await test.step('the first page’s code failing again after the one reload: says so, and 重试 opens it', async () => {
      await page.route(CALENDAR_CODE, (route) => route.abort('connectionreset'))
      let loads = 0
      page.on('load', () => loads++)
      await page.goto('/calendar')
      // One reload (a deploy may have replaced the code), then the message instead of 正在加载… for ever.
      await expect(page.getByRole('alert')).toContainText('加载失败：请检查网络后刷新本页。')
      expect(loads).toBe(2)
      // The tab bar still says where the reader is (before, 首页: the router had not left its start).
      const tabs = page.getByRole('navigation', { name: '主导航' })
      await expect(tabs.getByRole('link', { name: '日历' })).toHaveClass(/\bactive\b/)
      await expect(tabs.getByRole('link', { name: '首页' })).not.toHaveClass(/\bactive\b/)
      // 重试 that still fails, online, reloads the page (a deploy may have replaced the code): the message again.
      await page.getByRole('button', { name: '重试' }).click()
      await expect.poll(() => loads).toBe(3)
      await expect(page.getByRole('alert')).toContainText('加载失败：请检查网络后刷新本页。')
      await page.unroute(CALENDAR_CODE)
      await page.getByRole('button', { name: '重试' }).click()
      await expectHeading(page, '活动日历')
      expect(loads).toBe(3)
    })
  })
})
