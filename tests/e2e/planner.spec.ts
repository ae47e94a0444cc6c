import { readFileSync } from 'node:fs'

import { expect, type Page, test } from '@playwright/test'
import ICAL from 'ical.js'

import { axeViolations, expectHeading, watchErrors } from './helpers'
import { clearUserStore, putUserRecord, readUserStore } from './offline-helpers'

/** Thursday 26 November 2026, 10:00 Beijing time. 新疆科技馆 is closed on Mondays and Tuesdays. */
const NOW = new Date('2026-11-26T10:00:00+08:00')

async function filterJuniorPhysics(page: Page) {
  await page.getByRole('radio', { name: '初中' }).check()
  await page.getByRole('checkbox', { name: '物理' }).check()
  await expect(page).toHaveURL(/grade=junior/)
  await expect(page).toHaveURL(/subject=%E7%89%A9%E7%90%86/)
}

async function planMuseumVisit(page: Page, options: { className: string; students: number }) {
  await page.locator('article[data-venue=xinjiang-science-museum]').getByRole('link', { name: '安排参观' }).click()
  await expectHeading(page, '安排参观 · 新疆科技馆')
  await page.getByLabel('班级', { exact: true }).fill(options.className)
  await page.getByLabel('学生人数').fill(String(options.students))
  await page.getByLabel('带队老师人数').fill('2')
  await page.getByLabel('带队老师人数').blur()
}

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' })

  test('a teacher finds a venue for 初中 physics, plans a visit around a closed day, prints it and finds it offline', async ({
    page,
    context,
  }) => {
    // A long walk through the whole planner (finder, form, print, offline): more than the default 30 s on 2 cores.
    test.setTimeout(75_000)
    const errors = watchErrors(page)
    await page.clock.setFixedTime(NOW)
    await page.goto('/me')
    await page.getByRole('link', { name: /学校参观/ }).click()
    await expectHeading(page, '学校参观')

    // 1. Filter for 初中 physics: the filters live in the URL, venues without 物理 drop out.
    await filterJuniorPhysics(page)
    const results = page.locator('.planner-results')
    await expect(results.locator('article[data-venue=xinjiang-science-museum]')).toBeVisible()
    await expect(results.locator('article[data-venue=changji-science-museum]')).toBeVisible()
    await expect(results.locator('article[data-venue=changji-dinosaur-museum]')).toHaveCount(0)
    // Group size: known limits fit or not; unknown limits are said to be unknown, never a fit.
    await page.getByLabel('参观人数（学生和老师）').fill('28')
    await page.getByLabel('参观人数（学生和老师）').blur()
    await expect(page).toHaveURL(/size=28/)
    await expect(results.locator('article[data-venue=xinjiang-science-museum]').getByText('团体10—30人')).toBeVisible()
    await expect(results.locator('article[data-venue=changji-science-museum]').getByText('团体人数限制未知，请向场馆确认')).toBeVisible()
    // Known fits come first.
    await expect(results.locator('article').first()).toHaveAttribute('data-venue', 'xinjiang-science-museum')
    expect(await axeViolations(page)).toEqual([])

    // 2. Plan a visit on a Monday: a clear error and a suggested open date.
    await planMuseumVisit(page, { className: '八年级（3）班', students: 26 })
    await page.getByLabel('参观日期').fill('2026-11-30')
    const closed = page.locator('[data-issue=closed]')
    await expect(closed).toContainText('11月30日（周一）新疆科技馆闭馆')
    await expect(closed).toContainText('周一、周二闭馆')
    await expect(page.getByText('当天闭馆，没有场次')).toBeVisible()
    await closed.getByRole('button', { name: '改到 12月2日（周三）' }).click()

    // 3. A valid date and session: no errors left; the plan is saved.
    await expect(page.getByLabel('参观日期')).toHaveValue('2026-12-02')
    await expect(page.locator('[data-issue=closed]')).toHaveCount(0)
    await page.getByRole('radio', { name: '11:00–13:30' }).check()
    await expect(page.locator('.visit-issue-error')).toHaveCount(0)
    await expect(page.locator('[data-issue=fee-unknown]')).toContainText('费用未知，请向场馆确认')
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: '保存计划' }).click()
    await expect(page.getByText('已保存到“我的”')).toBeVisible()
    await expect(page).toHaveURL(/\/me\/visits\/[\w-]{8,}$/)

    // 4. The print output: only the document, with the checklists; a non-empty A4 PDF.
    await page.emulateMedia({ media: 'print' })
    const doc = page.locator('.visit-doc')
    await expect(doc.getByRole('heading', { name: '预约清单' })).toBeVisible()
    await expect(doc.getByText('学校公函（加盖公章），预约时提交')).toBeVisible()
    await expect(doc.getByText('学生和带队老师名单（姓名、班级、紧急联系人）')).toBeVisible()
    await expect(doc.getByRole('heading', { name: '安全清单' })).toBeVisible()
    await expect(doc.getByText('未找到公开的详细地址')).toBeVisible()
    // Hours are published, so no line of the plan says they are unknown.
    await expect(doc.getByText(/开放时间未知/)).toHaveCount(0)
    await expect(doc.getByText('2026年12月2日（周三） 11:00–13:30（北京时间）')).toBeVisible()
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden()
    await expect(page.getByRole('button', { name: '打印参观计划' })).toBeHidden()
    await expect(page.getByLabel('参观日期')).toBeHidden()
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdf.length).toBeGreaterThan(20_000)
    // A4 is 595×842 points.
    expect(pdf.toString('latin1')).toMatch(/MediaBox\s*\[\s*0 0 595\.\d+ 841\.\d+|MediaBox\s*\[\s*0 0 595\.\d+ 842\.\d+/)
    await page.emulateMedia({ media: 'screen' })

    // The .ics file for the visit, in Beijing time.
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: '导出到手机日历' }).click()
    const ics = readFileSync(await (await download).path(), 'utf8')
    const [vevent] = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    expect(vevent!.summary).toBe('学校参观：新疆科技馆（八年级（3）班，初中）')
    expect(vevent!.startDate.toJSDate().toISOString()).toBe('2026-12-02T03:00:00.000Z')
    expect(vevent!.endDate.toJSDate().toISOString()).toBe('2026-12-02T05:30:00.000Z')

    // 5. Offline: after a reload the plan is still in 我的.
    await page.goto('/me/visits')
    await expect(page.locator('.visit-plan-list').getByText('2026年12月2日（周三） 11:00–13:30')).toBeVisible()
    // The service worker must control the page, or the offline reload below would prove nothing.
    await page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 15_000 })
    expect(errors).toEqual([])
    await context.setOffline(true)
    await page.reload()
    await expectHeading(page, '学校参观')
    const item = page.locator('.visit-plan-item', { hasText: '八年级（3）班' })
    await expect(item.getByText('2026年12月2日（周三） 11:00–13:30')).toBeVisible()
    await item.getByRole('link', { name: '新疆科技馆' }).click()
    await expect(page.getByLabel('参观日期')).toHaveValue('2026-12-02')
    await context.setOffline(false)
  })
})

// The tests below share a context in groups (a new context and a cold page load cost about a second of CPU
// each): each check is a step, which loads the page it starts from unless the page is already there. Steps
// that count saved plans empty them first; a step that changes the clock, the viewport or the media says so.

test('the visit form: a plan link without a venue, a grade to choose, a venue without rules, crowds, a published closure', async ({
  page,
}) => {
  test.setTimeout(45_000)
  await page.clock.setFixedTime(NOW)
  await test.step('a plan link without a venue is no dead end: it leads to choosing one', async () => {
    await page.goto('/me/visits/new')
    await expect(page.getByText('找不到这个场馆。')).toBeVisible()
    await page.getByRole('link', { name: '按年级和学科挑选场馆' }).click()
    await expect(page).toHaveURL(/\/me\/visits$/)
  })

  await test.step('a plan started with the grade on 不限 asks for one before it is saved, and prints the one chosen', async () => {
    // Still on the finder the step before led to, with no grade chosen.
    await expect(page).toHaveURL(/\/me\/visits$/)
    // No grade chosen in the finder: the plan used to become 初中 unseen, and printed so for a primary class.
    await planMuseumVisit(page, { className: '五年级（1）班', students: 20 })
    const grade = page.getByRole('combobox', { name: '年级', exact: true })
    await expect(grade).toHaveValue('')
    await expect(grade.locator('option:checked')).toHaveText('请选择年级')
    await page.getByRole('button', { name: '保存计划' }).click()
    const ask = page.getByText('请先选择年级，再保存计划。')
    await expect(ask).toBeVisible()
    // Nor does the plan below print a grade the teacher did not choose.
    await expect(page.locator('.visit-doc')).not.toContainText('初中')
    await expect(page).toHaveURL(/\/me\/visits\/new\?/)
    // Another tab of the app and back, then a reload (a language change reloads): the form as typed, not empty.
    const draftAddress = page.url()
    const className = page.getByLabel('班级', { exact: true })
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '首页' }).click()
    await expect(page).toHaveURL(/\/$/)
    await page.goBack()
    await expect(className).toHaveValue('五年级（1）班')
    await page.reload()
    await expect(className).toHaveValue('五年级（1）班')
    await expect(page.getByLabel('学生人数')).toHaveValue('20')
    await expect(grade).toHaveValue('')
    await grade.selectOption({ label: '小学高年级' })
    await expect(ask).toHaveCount(0)
    await page.getByRole('button', { name: '保存计划' }).click()
    await expect(page).toHaveURL(/\/me\/visits\/[^n/][^/]*$/)
    await expect(page.locator('.visit-doc')).toContainText('小学高年级')
    await expect(page.locator('.visit-doc')).not.toContainText('初中')
    // Saved, the draft is forgotten (nothing unsaved left in the tab), and the same link starts a new plan.
    const kept = () => page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('kpxj:visit-draft:')))
    expect(await kept()).toEqual([])
    await page.goto(draftAddress)
    await expect(className).toHaveValue('')
  })

  await test.step('a venue page leads to a new visit plan; a venue without published rules is planned with warnings, not errors', async () => {
    await page.goto('/venues/changji-science-museum')
    await page.getByRole('link', { name: '计划学校参观' }).click()
    await expectHeading(page, '安排参观 · 昌吉科技馆')
    await page.getByLabel('学生人数').fill('40')
    await page.getByLabel('参观日期').fill('2026-11-30')
    await expect(page.getByText('场馆未公布场次，请填写与场馆确认的时间')).toBeVisible()
    await page.getByLabel('开始时间').fill('10:00')
    await page.getByLabel('结束时间').fill('12:00')
    await expect(page.locator('.visit-issue-error')).toHaveCount(0)
    await expect(page.locator('[data-issue=hours-unknown]')).toContainText('开放时间未知，请向场馆确认')
    await expect(page.locator('[data-issue=size-unknown]')).toContainText('团体人数限制未知，请向场馆确认')
    await expect(page.locator('.visit-doc').getByText('是否需要公函：未知，请向场馆确认')).toBeVisible()
    await expect(page.locator('.visit-doc').getByText('10:00–12:00', { exact: true })).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
  })

  await test.step('a visit during 科技活动周 warns of crowds and offers a quieter school day', async () => {
    await page.goto('/me/visits/new?venue=xinjiang-science-museum&grade=senior')
    await expectHeading(page, '安排参观 · 新疆科技馆')
    await page.getByLabel('参观日期').fill('2027-05-26')
    const crowded = page.locator('[data-issue=crowded]')
    await expect(crowded).toContainText('5月26日（周三）有“2027年乌鲁木齐市科技活动周系列活动”（预计日期），场馆和周边可能人多。')
    // A Wednesday was chosen: the quieter days offered are school days too, not the museum's weekend.
    const offered = await crowded.getByRole('button').allTextContents()
    expect(offered.length).toBeGreaterThan(0)
    for (const label of offered) expect(label).not.toMatch(/周[六日]/)
    await crowded.getByRole('button', { name: '改到 6月2日（周三）' }).click()
    await expect(page.getByLabel('参观日期')).toHaveValue('2027-06-02')
    await expect(page.locator('[data-issue=crowded]')).toHaveCount(0)
  })

  // Last: it moves the clock to February 2026.
  await test.step('the printed plan searches the map apps for an approximate venue and never offers a day of a published closure', async () => {
    const errors = watchErrors(page)
    // 12 February 2026, 10:00 Beijing: 新疆科技馆 has published a 春节 closure from 15 to 18 February.
    await page.clock.setFixedTime(new Date('2026-02-12T10:00:00+08:00'))
    await page.goto('/me/visits/new?venue=xinjiang-science-museum')
    await expectHeading(page, '安排参观 · 新疆科技馆')
    await page.getByLabel('班级', { exact: true }).fill('五年级（1）班')
    await page.getByLabel('学生人数').fill('20')
    await page.getByLabel('带队老师人数').fill('2')
    await page.getByLabel('带队老师人数').blur()

    // Wednesday 18 February is an open weekday, but inside the published closure.
    await page.getByLabel('参观日期').fill('2026-02-18')
    const closure = page.locator('[data-issue=closure]')
    await expect(closure.locator('.visit-issue-text')).toContainText('2月18日（周三）新疆科技馆闭馆，场馆公告：')
    await expect(closure.locator('.visit-issue-note')).toContainText('春节闭馆')
    await expect(page.getByText('所选日期在场馆公布的闭馆期内').first()).toBeVisible()
    await expect(page.getByRole('radio', { name: '11:00–13:30' })).toHaveCount(0)
    // The offered dates start after the closure.
    const offered = closure.getByRole('button')
    await expect(offered.first()).toHaveText('改到 2月19日（周四）')
    for (const label of await offered.allTextContents()) expect(label).not.toMatch(/2月1[5-8]日/)
    await offered.first().click()
    await expect(page.getByLabel('参观日期')).toHaveValue('2026-02-19')
    await page.getByRole('radio', { name: '15:00–17:30' }).check()
    await expect(page.locator('.visit-issue-error')).toHaveCount(0)

    // The plan's directions: place searches for the name in the city, as on the venue page.
    const doc = page.locator('.visit-doc')
    const amap = doc.locator('.visit-doc-links a[data-provider=amap]')
    await expect(amap).toHaveAttribute('href', /^https:\/\/uri\.amap\.com\/search\?keyword=/)
    expect(decodeURIComponent((await amap.getAttribute('href'))!)).toContain('keyword=新疆科技馆&city=乌鲁木齐市')
    await expect(doc.locator('.visit-doc-links a[data-provider=baidu]')).toHaveAttribute('href', /\/place\/search\?query=/)
    await expect(doc.locator('.visit-doc-links a[data-provider=tencent]')).toHaveAttribute('href', /\/uri\/v1\/search\?keyword=/)
    await expect(doc.getByText(/开放时间未知/)).toHaveCount(0)
    expect(errors).toEqual([])
  })
})

test('saved plans: duplicated, shared, deleted; kept past 备注’s limit, a mistyped year, a second tab, a refused delete', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await page.clock.setFixedTime(NOW)
  await test.step('too little lead time and too many people: the fixes are stated; a plan is duplicated, shared and deleted', async () => {
    const errors = watchErrors(page)
    await page.goto('/me/visits?grade=junior&subject=物理')
    await planMuseumVisit(page, { className: '八年级（1）班', students: 45 })
    await page.getByLabel('联系人', { exact: true }).fill('王老师')
    await page.getByLabel('联系电话', { exact: true }).fill('13800000000')
    await page.getByLabel('联系电话', { exact: true }).blur()

    // Today (Thursday) is too late to book: book one day ahead, e.g. tomorrow.
    await page.getByLabel('参观日期').fill('2026-11-26')
    await expect(page.locator('[data-issue=lead]')).toContainText('新疆科技馆需至少提前1天预约')
    await expect(page.locator('[data-issue=lead]').getByRole('button', { name: '改到 11月27日（周五）' })).toBeVisible()
    // 47 people for groups of at most 30: two groups, one per session.
    const split = page.locator('[data-issue=size-max]')
    await expect(split).toContainText('共47人（学生45人、老师2人），超过每批最多30人：分 2 批，每批 ≤ 30 人')
    await expect(split).toContainText('请分成2批：24人、23人')
    await expect(split).toContainText('11:00–13:30、15:00–17:30')
    await page.locator('[data-issue=lead]').getByRole('button', { name: '改到 11月27日（周五）' }).click()
    await page.getByRole('radio', { name: '15:00–17:30' }).check()
    await page.getByRole('button', { name: '保存计划' }).click()
    await expect(page.getByText('已保存到“我的”')).toBeVisible()
    // Saved, the page takes its own address and 保存计划 goes: focus is on the line that says so (not on <body>, nor
    // moved to the page as after a navigation, which cut the announcement short).
    await expect(page).toHaveURL(/\/me\/visits\/(?!new)[^/?]+$/)
    await expect(page.getByRole('status').filter({ hasText: '已保存到“我的”' })).toBeFocused()

    // The share link leaves the contact out unless asked; a colleague opens it as an unsaved plan.
    const link = page.locator('.visit-share-url a')
    await expect(link).not.toHaveAttribute('href', /13800000000/)
    await page.getByLabel('链接中包含联系人、电话和备注').check()
    await expect(link).toHaveAttribute('href', /13800000000/)
    await page.getByLabel('链接中包含联系人、电话和备注').uncheck()
    const shared = await link.getAttribute('href')
    await page.goto(shared!)
    await expect(page.getByText('这是别人分享的参观计划')).toBeVisible()
    await expect(page.getByLabel('班级', { exact: true })).toHaveValue('八年级（1）班')
    await expect(page.getByLabel('参观日期')).toHaveValue('2026-11-27')
    await expect(page.getByLabel('联系电话', { exact: true })).toHaveValue('')

    // Duplicate for another class, then delete the copy after confirming.
    await page.goto('/me/visits')
    await expect(page.locator('.visit-plan-item')).toHaveCount(1)
    await page.getByRole('button', { name: '复制给另一个班' }).click()
    await expect(page.getByLabel('参观日期')).toHaveValue('2026-11-27')
    await expect(page.getByLabel('班级', { exact: true })).toHaveValue('')
    await page.getByLabel('班级', { exact: true }).fill('八年级（2）班')
    await page.getByLabel('班级', { exact: true }).blur()
    await expect(page.getByText('修改已自动保存')).toBeVisible()
    await page.goto('/me/visits')
    const items = page.locator('.visit-plan-item')
    await expect(items).toHaveCount(2)
    const copy = items.filter({ hasText: '八年级（2）班' })
    await copy.getByRole('button', { name: '删除' }).click()
    await expect(copy.getByText('确定删除“八年级（2）班”的这份计划吗？')).toBeVisible()
    await expect(copy.getByRole('button', { name: '确定删除' })).toBeFocused()
    await copy.getByRole('button', { name: '取消' }).click()
    await expect(items).toHaveCount(2)
    await copy.getByRole('button', { name: '删除' }).click()
    await copy.getByRole('button', { name: '确定删除' }).click()
    await expect(items).toHaveCount(1)
    // Said, and focus on the list's heading: it fell to the page's body with the plan's buttons.
    await expect(page.getByRole('status').filter({ hasText: '已删除' })).toBeVisible()
    await expect(page.getByRole('heading', { name: '我的参观计划' })).toBeFocused()
    await page.reload()
    await expect(items).toHaveCount(1)
    await expect(items.first()).toContainText('八年级（1）班')
    expect(errors).toEqual([])
  })

  await test.step('a class list pasted past 备注’s limit and a year typed 2206 leave a plan that is still there after a reload', async () => {
    // Starts with no saved plan, as on a phone that never saved one: the steps before saved some.
    await clearUserStore(page, 'visitPlans')
    await page.goto('/me/visits/new?venue=xinjiang-science-museum&grade=junior&date=2026-12-02')
    await expectHeading(page, '安排参观 · 新疆科技馆')
    await page.getByRole('button', { name: '保存计划' }).click()
    await expect(page.getByText('已保存到“我的”')).toBeVisible()
    // The saved plan's own address: /me/visits/new?… matched the pattern this had, before the save too.
    await expect(page).toHaveURL(/\/me\/visits\/(?!new)[^/?]+$/)
    const notes = () => page.getByLabel('备注', { exact: true }).inputValue()
    await page.getByLabel('备注', { exact: true }).fill('学生名单：'.repeat(500))
    // The field takes 2 000 characters, what a saved plan may hold.
    expect((await notes()).length).toBe(2000)
    const date = page.getByLabel('参观日期', { exact: true })
    await date.fill('2206-12-02')
    await expect(page.getByText('修改已自动保存')).toBeVisible()
    // Before, the page said 修改已自动保存 and the plan was gone after a reload (1 条记录无法显示).
    await page.reload()
    await expect(page.getByLabel('参观日期', { exact: true })).toBeVisible()
    expect((await notes()).length).toBe(2000)
    await expect(page.getByLabel('参观日期', { exact: true })).toHaveValue('2026-12-02')
    // Shared with the contact and notes, the link carries 500 of them, and the sharer is told (it was cut silently).
    const clipped = page.getByText('链接放不下全部内容：备注只带了前面一部分')
    await expect(clipped).toHaveCount(0)
    await page.getByLabel('链接中包含联系人、电话和备注').check()
    await expect(clipped).toBeVisible()
    await page.goto('/me/visits')
    await expect(page.locator('.visit-plan-item')).toHaveCount(1)
    await expect(page.getByText('无法显示')).toHaveCount(0)
  })

  await test.step('one plan open in two tabs: both tabs’ changes are kept; one field changed in both forks; deleted in one, kept by the other', async () => {
    await clearUserStore(page, 'visitPlans')
    await page.goto('/me/visits/new?venue=xinjiang-science-museum&grade=junior&date=2026-12-02')
    await page.getByRole('button', { name: '保存计划' }).click()
    await expect(page).toHaveURL(/\/me\/visits\/(?!new)[^/?]+$/)
    const address = page.url()
    // A second tab on the same plan, opened before the first tab's next change.
    const other = await page.context().newPage()
    await other.goto(address)
    const className = (tab: Page) => tab.getByLabel('班级', { exact: true })
    const notes = (tab: Page) => tab.getByLabel('备注', { exact: true })
    await expect(className(other)).toHaveValue('')

    await className(page).fill('八年级（1）班')
    await className(page).blur()
    await expect(page.getByText('修改已自动保存')).toBeVisible()
    // Before, this tab's autosave wrote its whole plan back, and the class typed in the first tab was gone.
    await notes(other).fill('带水杯')
    await notes(other).blur()
    await expect(other.getByText('另一个页面也改了这份计划，两边的修改都已保存')).toBeVisible()
    await expect(className(other)).toHaveValue('八年级（1）班')
    await page.reload()
    await expect(className(page)).toHaveValue('八年级（1）班')
    await expect(notes(page)).toHaveValue('带水杯')

    // Both tabs change the class: neither is written over; the second tab's becomes a plan of its own.
    await className(page).fill('八年级（2）班')
    await className(page).blur()
    await expect(page.getByText('修改已自动保存')).toBeVisible()
    await className(other).fill('八年级（3）班')
    await className(other).blur()
    await expect(other.getByRole('alert')).toContainText('这里的修改已另存为一份新计划')
    await expect(other.getByRole('status').filter({ hasText: '见本页顶部的说明' })).toBeVisible()
    await expect(other).not.toHaveURL(address)
    await expect(other).toHaveURL(/\/me\/visits\/(?!new)[^/?]+$/)
    await expect(className(other)).toHaveValue('八年级（3）班')
    // The next change goes to the new plan, and the page still says what happened.
    await other.getByLabel('学生人数').fill('30')
    await other.getByLabel('学生人数').blur()
    await expect(other.getByText('修改已自动保存')).toBeVisible()
    await expect(other.getByRole('alert')).toContainText('原计划保留那个页面的修改')

    // Deleted in the first tab while the second still shows it: the second tab's next change is not lost, it
    // brings the plan back and says so (before, the plan came back without a word).
    await page.goto('/me/visits')
    const items = page.locator('.visit-plan-item')
    await items.filter({ hasText: '八年级（3）班' }).getByRole('button', { name: '删除' }).click()
    await page.getByRole('button', { name: '确定删除' }).click()
    await expect(items).toHaveCount(1)
    await notes(other).fill('带水杯和帽子')
    await notes(other).blur()
    await expect(other.getByRole('status').filter({ hasText: '这份计划已在另一个页面删除' })).toBeVisible()
    await other.close()
    await page.reload()
    await expect(items).toHaveCount(2)
    await expect(items.filter({ hasText: '八年级（2）班' })).toHaveCount(1)
    await expect(items.filter({ hasText: '八年级（3）班' })).toHaveCount(1)
    await expect(items.filter({ hasText: '八年级（3）班' })).toContainText('学生30人')
    // Both keep what both tabs had saved before (备注 from the second tab, merged into the first).
    const plans = await readUserStore(page, 'visitPlans')
    expect(plans.map((p) => [p.className, p.notes]).sort()).toEqual([
      ['八年级（2）班', '带水杯'],
      ['八年级（3）班', '带水杯和帽子'],
    ])
  })

  // Last: it leaves the page's IndexedDB refusing deletes.
  await test.step('deleting a plan on a phone whose storage refuses the change says so, and the plan stays', async () => {
    // Starts with no saved plan, as on a phone that never saved one: the steps before saved some.
    await clearUserStore(page, 'visitPlans')
    await page.goto('/me/visits/new?venue=xinjiang-science-museum&grade=junior&date=2026-12-02')
    await page.getByRole('button', { name: '保存计划' }).click()
    await expect(page.getByText('已保存到“我的”')).toBeVisible()
    // Seven more plans, on a small phone: the list runs far below the fold, and the notice with it.
    const [saved] = await readUserStore(page, 'visitPlans')
    for (let i = 1; i <= 7; i++) await putUserRecord(page, 'visitPlans', { ...saved, id: `${String(saved!.id)}-${i}` })
    await page.setViewportSize({ width: 360, height: 640 })
    await page.goto('/me/visits')
    await expect(page.locator('.visit-plan-item')).toHaveCount(8)
    // The phone's storage refuses every change from now on (full, or a private window's limits).
    await page.evaluate(() => {
      IDBObjectStore.prototype.delete = () => {
        throw new DOMException('storage refused', 'UnknownError')
      }
    })
    await page.getByRole('button', { name: '删除' }).first().click()
    await page.getByRole('button', { name: '确定删除' }).click()
    // Before, the tap did nothing at all; then the notice sat below the list, off screen at 360 × 640.
    await expect(page.getByRole('alert')).toHaveText('无法写入本机存储，已保存的计划没有变化。')
    await expect(page.getByRole('alert')).toBeInViewport()
    // In view means above the tab bar, which is fixed over the page's bottom.
    const alertBottom = (await page.getByRole('alert').boundingBox())!
    const tabBarTop = (await page.getByRole('navigation', { name: '主导航' }).boundingBox())!.y
    expect(alertBottom.y + alertBottom.height).toBeLessThanOrEqual(tabBarTop)
    await expect(page.locator('.visit-plan-item')).toHaveCount(8)
  })
})

test('on a 360 px phone and on paper: long names wrap, a class of 40 in two batches; the school location gives distances', async ({
  page,
}) => {
  test.setTimeout(45_000)
  await page.clock.setFixedTime(NOW)
  await test.step('a long school name or a pasted link in 备注 wraps on the plan; the page never scrolls sideways', async () => {
    await page.setViewportSize({ width: 360, height: 640 })
    await page.goto('/me/visits/new?venue=xinjiang-science-museum&grade=junior')
    await expectHeading(page, '安排参观 · 新疆科技馆')
    await page.getByLabel('学校', { exact: true }).fill('URUMQINO1SENIORHIGHSCHOOLINTERNATIONALDEPARTMENT')
    const link = `https://mp.weixin.qq.com/s?__biz=MzA5NjYwNjQ2MA==&mid=2651234567&idx=1&sn=${'0123456789abcdef'.repeat(4)}`
    await page.getByLabel('备注', { exact: true }).fill(link)
    await page.getByLabel('备注', { exact: true }).blur()
    await expect(page.locator('.visit-doc')).toContainText(link.slice(0, 30))
    const wide = () => page.evaluate(() => document.documentElement.scrollWidth - innerWidth)
    expect(await wide()).toBeLessThanOrEqual(0)
    // A shared link carries the same text to another phone.
    await page.getByRole('button', { name: '保存计划' }).click()
    await expect(page.getByText('已保存到“我的”')).toBeVisible()
    // The list of my plans names the school.
    await page.goto('/me/visits')
    await expect(page.locator('.visit-plan-item')).toContainText('URUMQINO1')
    expect(await wide()).toBeLessThanOrEqual(0)
    await page.goto(`/me/visits/new?venue=xinjiang-science-museum&school=${'ABCDEFGHIJ'.repeat(8)}&notes=${encodeURIComponent(link)}`)
    await expect(page.locator('.visit-doc')).toBeVisible()
    expect(await wide()).toBeLessThanOrEqual(0)
    // The tab bar is on the screen, whole.
    const bar = (await page.locator('.tabbar').boundingBox())!
    expect(bar.x + bar.width).toBeLessThanOrEqual(360)
  })

  await test.step('a class of 40 at 新疆科技馆 fits in two batches, saves and prints', async () => {
    // The suite's phone size again (the step before narrowed it).
    await page.setViewportSize({ width: 412, height: 823 })
    await page.goto('/me/visits?grade=junior&size=40')
    const museum = page.locator('article[data-venue=xinjiang-science-museum]')
    await expect(museum).toContainText('分 2 批，每批 ≤ 30 人')
    await planMuseumVisit(page, { className: '七年级（2）班', students: 40 })
    // Before a date is chosen the timetable says 待定: on a 360 px phone it stood one character per line.
    await page.setViewportSize({ width: 360, height: 640 })
    const pending = page.locator('.visit-doc-table th', { hasText: '待定' })
    await expect(pending).toBeVisible()
    const lines = await pending.evaluate((th) => {
      const range = document.createRange()
      range.selectNodeContents(th)
      return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size
    })
    expect(lines).toBe(1)
    await page.getByLabel('参观日期').fill('2026-11-27')
    const split = page.locator('[data-issue=size-max]')
    await expect(split).toContainText('分 2 批，每批 ≤ 30 人')
    await expect(page.locator('[data-issue=size-max].visit-issue-error')).toHaveCount(0)
    await page.getByRole('button', { name: '保存计划' }).click()
    await expect(page.getByText('已保存到“我的”')).toBeVisible()
    await expect(page.locator('.visit-doc')).toContainText('七年级（2）班')
    // The venue's published phone is on the printed plan, not "the plans give no phone".
    await expect(page.locator('.visit-doc')).toContainText('电话：0991-6386167')
    await expect(page.locator('.visit-doc')).not.toContainText('规划未写明场馆电话')
    // Its hours come from 2021 notices: the printed plan says so, as the venue page does, not only the hours.
    await expect(page.locator('.visit-doc')).toContainText('信息发布于 5 年前，出发前请向场馆确认')
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.visit-doc')).toBeVisible()
    // On paper a published source's link prints its address after its title.
    const source = page.locator('.visit-doc .sources a[href^="http"]').first()
    const href = await source.getAttribute('href')
    expect(await source.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" ${href}"`)
  })

  await test.step('the school location is set once from a region and gives distances', async () => {
    // The suite's phone size again (the step before narrowed it).
    await page.setViewportSize({ width: 412, height: 823 })
    // On screen again (the step before printed).
    await page.emulateMedia({ media: 'screen' })
    await page.goto('/me/visits?grade=junior')
    await page.getByLabel('选择学校所在地区（取地区中心）').selectOption({ label: '昌吉市' })
    await expect(page.getByText('当前：昌吉市中心（大致位置）')).toBeVisible()
    await page.getByLabel('离学校').selectOption({ label: '30 公里内' })
    await expect(page).toHaveURL(/km=30/)
    const results = page.locator('.planner-results')
    await expect(results.locator('article[data-venue=changji-science-museum]')).toBeVisible()
    await expect(results.locator('article[data-venue=xinjiang-science-museum]')).toHaveCount(0)
    await page.reload()
    await expect(page.getByText('当前：昌吉市中心（大致位置）')).toBeVisible()
    await expect(results.locator('article[data-venue=xinjiang-science-museum]')).toHaveCount(0)
  })
})
