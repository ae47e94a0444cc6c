import { readFileSync } from 'node:fs'

import { expect, test } from '@playwright/test'
import ICAL from 'ical.js'
import readXlsxFile from 'read-excel-file/node'

import { ROSTER_COLUMNS } from '../../src/shared/rosterSheet'
import { axeViolations, E2E_NOW, expectHeading, watchErrors } from './helpers'
import { clearUserStore, setOffline, waitForServiceWorker } from './offline-helpers'

// A fixed day: the build is made as of it (playwright.config.ts), so results never depend on the date.
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(E2E_NOW)
})

/** Early December 2026: the 昌吉 科技之冬 sample roster has shifts ahead. */
const NOW = new Date('2026-12-01T10:00:00+08:00')

const ROSTER = [
  '编号,活动,岗位,开始,结束,集合地点,队伍,负责人,联系方式,携带物品',
  'R1,社区科普日,咨询台值守,2026-12-05 10:00,12:00,北京南路社区服务中心,社区队,队长,,马甲、宣传册',
  'R2,社区科普日,资料发放,2026-12-05 9点,12:00,北京南路社区服务中心,社区队,队长,,',
  'R3,社区科普日,秩序维护,2026-12-06 14:00,16:00,北京南路社区服务中心,社区队,队长,,',
].join('\n')

const fixture = (name: string) => readFileSync(new URL(`../fixtures/rosters/${name}`, import.meta.url))
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

// The tests below share a context in groups (a new context and a cold page load cost about a second of CPU
// each): each check is a step, which loads the page it starts from. A step that counts my shifts forgets them
// first; a step that needs a first visit (nothing saved, not even the app's last good content) comes first.

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' })

  test('offline imports of an .ics and a CSV on the first visit; a roster imported with clashes, offline and exported as .ics', async ({
    page,
    context,
  }) => {
    test.setTimeout(60_000)
    await page.clock.setFixedTime(NOW)
    // First: it is about the first visit, before the lazy parsers were ever fetched.
    await test.step('an .ics and a CSV roster import offline once the volunteer page has been opened online', async () => {
      await page.goto('/me/volunteer')
      await expectHeading(page, '志愿者')
      // The CSV, .ics and .xlsx parsers are not precached: on this first visit the page fetches them once the service worker
      // has taken control, into the worker's cache. No reload in between: a volunteer may go offline right away.
      await expect
        .poll(() => page.evaluate(async () => (await (await caches.open('kpxj-lazy-code')).keys()).length), { timeout: 15_000 })
        .toBe(3)

      await context.setOffline(true)
      await page.reload()
      await expectHeading(page, '志愿者')
      const ics = [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//test//roster//ZH',
        'BEGIN:VEVENT',
        'UID:offline-ics-1@test',
        'DTSTAMP:20261201T000000Z',
        'DTSTART:20261207T020000Z',
        'DTEND:20261207T040000Z',
        'SUMMARY:展厅讲解引导',
        'LOCATION:昌吉市科技馆东门',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:offline-ics-2@test',
        'DTSTAMP:20261201T000000Z',
        'DTSTART:20261208T040000Z',
        'DTEND:20261208T020000Z',
        'SUMMARY:签到',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n')
      await page.locator('input[type=file]').setInputFiles({ name: 'roster.ics', mimeType: 'text/calendar', buffer: Buffer.from(ics) })
      await expect(page.getByText('已导入 1 个新班次，更新 0 个')).toBeVisible()
      // A calendar file's entries are counted as entries, not as lines of the file.
      const problems = page.getByRole('alert').filter({ hasText: '没有导入' })
      await expect(problems).toContainText('以下 1 个日程没有导入')
      await expect(problems.getByRole('listitem')).toHaveText(/^第2个日程：结束/)
      const mine = page.locator('section[aria-labelledby=my-shifts]')
      await expect(mine.getByRole('heading', { level: 3, name: '展厅讲解引导' })).toBeVisible()
      await expect(mine.getByText('昌吉市科技馆东门')).toBeVisible()
      // The CSV a team leader sends through WeChat, still offline (its parser is a lazy chunk too).
      const csv = '编号,活动,岗位,开始,结束,集合地点\nC1,科普讲座,签到,2026-12-10 15:00,17:00,文化馆一楼'
      await page.locator('input[type=file]').setInputFiles({ name: 'r.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
      await expect(page.getByText('已导入 1 个新班次，更新 0 个')).toBeVisible()
      await expect(mine.getByText('文化馆一楼')).toBeVisible()
      await context.setOffline(false)
    })

    await test.step('a volunteer imports a roster, sees clashes, works offline and exports .ics', async () => {
      // No shift saved yet, as on a phone that never saved one: the steps before saved some.
      await clearUserStore(page, 'shifts')
      const errors = watchErrors(page)
      await page.goto('/me')
      await page.getByRole('link', { name: /志愿者/ }).click()
      await expectHeading(page, '志愿者')

      // Take a shift from the sample roster: it overlaps the imported R1 below (10:00–12:00 vs 09:30–12:30).
      const roster = page.locator('article.roster', { hasText: '科技之冬' })
      await expect(roster.getByText('示例排班用于展示')).toBeVisible()
      await roster.locator('li', { hasText: '农业技术培训现场引导' }).getByRole('button', { name: '加入' }).click()
      await expect(roster.locator('li', { hasText: '农业技术培训现场引导' }).getByText('已加入')).toBeVisible()

      // Import a CSV with one bad line: the error names it, the good lines are imported.
      await page.locator('input[type=file]').setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER) })
      await expect(page.getByText('已导入 2 个新班次，更新 0 个')).toBeVisible()
      await expect(page.getByText('第3行（D3）：开始：“2026-12-05 9点”不是有效时间')).toBeVisible()

      const mine = page.locator('section[aria-labelledby=my-shifts]')
      await expect(mine.getByRole('heading', { level: 3 })).toHaveText(['农业技术培训现场引导', '咨询台值守', '秩序维护'])
      await expect(mine.getByText('时间冲突：与“咨询台值守（社区科普日）”重叠')).toBeVisible()
      // One alert says it for the list; each card's line is text (a 300-shift roster was 150 alerts at once).
      await expect(mine.getByRole('alert')).toHaveCount(1)
      // 北京时间 whole on a 412 px phone: "09:30–12:30北" ended one line and "京时间" began the next.
      const splitNotes = (els: Element[]) => els.filter((el) => new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size > 1)
      expect(await mine.locator('.shift-when > .muted').evaluateAll((els) => els.length)).toBe(3)
      expect(await mine.locator('.shift-when > .muted').evaluateAll(splitNotes)).toHaveLength(0)
      expect(await axeViolations(page)).toEqual([])

      // Offline: shifts and meeting points are still there after a reload (IndexedDB + precached shell).
      // The worker must control the page (it silently gave up after 10 s, and the offline reload failed unexplained).
      await waitForServiceWorker(page)
      // Failed requests while offline are expected; everything before must have been clean.
      expect(errors).toEqual([])
      await context.setOffline(true)
      await page.reload()
      await expect(mine.getByText('北京南路社区服务中心').first()).toBeVisible()
      await expect(mine.getByText('昌吉市科技馆门口（示例）')).toBeVisible()
      await context.setOffline(false)

      // Export: a valid iCalendar file with the three shifts.
      const download = page.waitForEvent('download')
      await page.getByRole('button', { name: '导出到手机日历' }).click()
      const file = await (await download).path()
      const vevents = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8'))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
      expect(vevents.map((e) => e.summary).sort()).toEqual(
        [
          '志愿服务：咨询台值守（社区科普日）',
          '志愿服务：农业技术培训现场引导（2026—2027年度“科技之冬”·昌吉市）',
          '志愿服务：秩序维护（社区科普日）',
        ].sort(),
      )
      expect(
        vevents
          .find((e) => e.summary.includes('咨询台'))!
          .startDate.toJSDate()
          .toISOString(),
      ).toBe('2026-12-05T02:00:00.000Z')
    })
  })
})

test('rosters without the content, a refused header, months that cannot load, a changed roster; .xlsx and CSV imports, a reader that could not be fetched', async ({
  page,
  context,
}) => {
  // Seven imports, a download and two axe scans: longer than the default limit on a busy 2-core machine.
  test.setTimeout(60_000)
  await page.clock.setFixedTime(NOW)
  // First: on a first visit no last good copy of the content is kept to fall back on.
  await test.step('without the content the rosters say they could not load, and my shifts stay', async () => {
    let asked = 0
    await context.route(/\/data\/app\/catalog\.json$/, (route) => (asked++, route.abort('internetdisconnected')))
    await page.goto('/me/volunteer')
    await expect(page.getByText('还没有班次')).toBeVisible()
    // Not "暂无公开排班" (a guess) and not a loading line for ever.
    await expect(page.getByRole('alert').filter({ hasText: '内容加载失败' })).toBeVisible()
    await expect(page.getByText('暂无公开排班')).toHaveCount(0)
    // The app's load, then the content check's two once the page is idle: all failed, and the page says so.
    await expect.poll(() => asked).toBe(3)
    await expect(page.getByRole('alert').filter({ hasText: '内容加载失败' })).toBeVisible()
    await context.unroute(/\/data\/app\/catalog\.json$/)
    await page.getByRole('button', { name: '重试' }).click()
    await expect(page.locator('article.roster').first()).toBeVisible()
  })

  await test.step('a roster file with no usable header is refused with a clear message, and nothing saved is lost', async () => {
    await page.goto('/me/volunteer')
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from('名字,电话\n张三,123') })
    await expect(page.getByText(/第1行：表头：缺少列：活动、岗位、开始、结束、集合地点/)).toBeVisible()
    await expect(page.getByText('还没有班次')).toBeVisible()
  })

  await test.step('rosters whose months cannot be loaded are said, with 重试, not left out; 加入 says it stays on the phone', async () => {
    // As offline with only the coming months kept: the May and September 2027 shards do not load.
    const unsaved = /\/data\/app\/events\/2027-0[59]\.json/
    await context.route(unsaved, (route) => route.abort('internetdisconnected'))
    await page.goto('/me/volunteer')
    const rosters = page.locator('article.roster')
    await expect(rosters).toHaveCount(1)
    const notice = page.getByText('另有 2 项活动的排班现在无法加载')
    await expect(notice).toBeVisible()
    await expect(page.getByText('暂无公开排班')).toHaveCount(0)
    await expect(page.getByText('“加入”只把班次记在这部手机上')).toBeVisible()
    expect(await axeViolations(page)).toEqual([])

    // 重试 asks at once (May can be reached now; September not yet)…
    const september = /\/data\/app\/events\/2027-09\.json/
    await context.unroute(unsaved)
    await context.route(september, (route) => route.abort('internetdisconnected'))
    await page.getByRole('button', { name: '重试' }).click()
    await expect(rosters).toHaveCount(2)
    await expect(page.getByText('另有 1 项活动的排班现在无法加载')).toBeVisible()
    // …and back online, what could not be loaded comes by itself.
    await context.unroute(september)
    await setOffline(context, page, true)
    await setOffline(context, page, false)
    await expect(rosters).toHaveCount(3)
    await expect(page.getByText(/另有 \d 项活动的排班现在无法加载/)).toHaveCount(0)
  })

  await test.step('a changed roster is highlighted until the volunteer acknowledges it', async () => {
    await page.goto('/me/volunteer')
    const header = '编号,活动,岗位,开始,结束,集合地点'
    const upload = (csv: string) =>
      page.locator('input[type=file]').setInputFiles({ name: 'r.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await upload(`${header}\nR9,科普讲座,签到,2026-12-10 15:00,17:00,文化馆一楼`)
    await expect(page.getByText('已导入 1 个新班次，更新 0 个')).toBeVisible()
    await expect(page.getByText('排班已变更')).toHaveCount(0)

    await upload(`${header}\nR9,科普讲座,签到,2026-12-10 15:30,17:00,文化馆二楼`)
    await expect(page.getByText('已导入 0 个新班次，更新 1 个')).toBeVisible()
    const card = page.locator('article.shift', { hasText: '签到' })
    await expect(card.getByText('排班已变更')).toBeVisible()
    await expect(card.getByText('变更内容：开始时间、集合地点')).toBeVisible()
    await expect(card.getByText('文化馆二楼')).toBeVisible()

    await page.reload()
    await expect(card.getByText('排班已变更')).toBeVisible()
    await card.getByRole('button', { name: '知道了' }).click()
    await expect(card.getByText('排班已变更')).toHaveCount(0)
    await page.reload()
    await expect(card.getByText('文化馆二楼')).toBeVisible()
    await expect(card.getByText('排班已变更')).toHaveCount(0)
  })

  await test.step('an .xlsx roster, a GBK CSV and a UTF-8-BOM CSV with the same shifts import to the same shifts', async () => {
    // No shift saved yet, as on a phone that never saved one: the steps before saved some.
    await clearUserStore(page, 'shifts')
    await page.goto('/me/volunteer')
    await expectHeading(page, '志愿者')
    const input = page.locator('input[type=file]')
    const mine = page.locator('section[aria-labelledby=my-shifts]')
    const cards = mine.locator('article.shift')

    // As saved by Excel/WPS: date cells, a bare serial number, a time-only cell, "12月6日 上午9:30", and 活动、
    // 集合地点、队伍 merged over the shifts (合并单元格: read as empty below the first before).
    // On a small phone: the new shifts go into the list above, and the result is shown, not left off screen below.
    const viewport = page.viewportSize()!
    await page.setViewportSize({ width: 360, height: 640 })
    await input.setInputFiles({ name: '排班表.xlsx', mimeType: XLSX_TYPE, buffer: fixture('roster.xlsx') })
    await expect(page.getByText('已导入 3 个新班次，更新 0 个')).toBeInViewport()
    const undo = (await page.getByRole('button', { name: '撤销这次导入' }).boundingBox())!
    const tabBarTop = (await page.getByRole('navigation', { name: '主导航' }).boundingBox())!.y
    expect(undo.y + undo.height).toBeLessThanOrEqual(tabBarTop)
    await page.setViewportSize(viewport)
    await expect(mine.getByRole('heading', { level: 3 })).toHaveText(['现场引导', '签到', '讲解'])
    await expect(cards.filter({ hasText: '讲解' })).toContainText('09:30')
    await expect(cards.filter({ hasText: '讲解' })).toContainText('13:00')
    const fromXlsx = await cards.allInnerTexts()

    // The same shifts as "CSV (逗号分隔)" from Excel on Chinese Windows (GBK), then as UTF-8 with a BOM:
    // nothing new, nothing changed (it said 更新 3 个), no mojibake.
    await input.setInputFiles({ name: '排班表.csv', mimeType: 'text/csv', buffer: fixture('roster-gbk.csv') })
    await expect(page.getByText('已导入 0 个新班次，更新 0 个，3 个没有变化')).toBeVisible()
    await expect(page.getByText('文件是 GBK 编码，已自动识别')).toBeVisible()
    await expect(page.getByText('排班已变更')).toHaveCount(0)
    expect(await cards.allInnerTexts()).toEqual(fromXlsx)

    await input.setInputFiles({ name: '排班表-utf8.csv', mimeType: 'text/csv', buffer: fixture('roster-utf8-bom.csv') })
    await expect(page.getByText('已导入 0 个新班次，更新 0 个，3 个没有变化')).toBeVisible()
    await expect(page.getByText('文件是 GBK 编码')).toHaveCount(0)
    await expect(page.getByText('排班已变更')).toHaveCount(0)
    expect(await cards.allInnerTexts()).toEqual(fromXlsx)
    expect(await axeViolations(page)).toEqual([])
  })

  await test.step('a bad date cell in an .xlsx roster is named, and the template downloads', async () => {
    // No shift saved yet, as on a phone that never saved one: the steps before saved some.
    await clearUserStore(page, 'shifts')
    await page.goto('/me/volunteer')
    await expectHeading(page, '志愿者')
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: '排班表.xlsx', mimeType: XLSX_TYPE, buffer: fixture('roster-bad-date.xlsx') })
    await expect(page.getByText('已导入 2 个新班次，更新 0 个')).toBeVisible()
    await expect(page.getByRole('alert').getByText('第3行（D3）：开始：“2026/13/5 14:00”不是有效时间')).toBeVisible()

    const download = page.waitForEvent('download')
    await page.getByRole('link', { name: '下载排班表模板（.xlsx）' }).first().click()
    const file = await download
    expect(file.suggestedFilename()).toBe('排班表模板.xlsx')
    const sheets = await readXlsxFile(await file.path())
    expect(sheets.map((s) => s.sheet)).toEqual(['排班', '填写说明'])
    expect(sheets[0]!.data[0]).toEqual(ROSTER_COLUMNS.map((c) => c.header))
  })

  // Last: its route keeps the reader from loading for the rest of the context.
  await test.step('an .xlsx roster chosen where its reader could not be fetched says so, not that the file is bad', async () => {
    // No shift saved yet, as on a phone that never saved one: the steps before saved some.
    await clearUserStore(page, 'shifts')
    // The suite's day (the steps before are on NOW).
    await page.clock.setFixedTime(E2E_NOW)
    // As offline before the reader was saved: its chunk does not load.
    await context.route(/\/assets\/xlsxRoster-/, (route) => route.abort('internetdisconnected'))
    await page.goto('/me/volunteer')
    await expectHeading(page, '志愿者')
    const choose = () =>
      page.locator('input[type=file]').setInputFiles({ name: '排班表.xlsx', mimeType: XLSX_TYPE, buffer: fixture('roster.xlsx') })
    await context.setOffline(true)
    await choose()
    // Not the file's fault, and what to do ("文件无法读取：网络不可用" blamed the file).
    await expect(page.getByText('导入功能还没有保存到这部手机：请在有网络时打开一次本页，之后离线也能导入。')).toBeVisible()
    await expect(page.getByText('文件无法读取')).toHaveCount(0)
    await expect(page.getByText(/不是 \.xlsx、CSV 或 \.ics 文件/)).toHaveCount(0)
    await expect(page.getByText('还没有班次')).toBeVisible()
    // Online, the same failure (a version deployed meanwhile, a dropped connection): a reload is what helps.
    await context.setOffline(false)
    await choose()
    await expect(page.getByText('加载失败：请检查网络后刷新本页。')).toBeVisible()
    await expect(page.getByText('导入功能还没有保存到这部手机')).toHaveCount(0)
  })
})
