/**
 * The web editor at /admin (issue 17): a 科协 staff member creates an event through Decap CMS's own UI,
 * against the local backend CI can run (decap-server, writing into a temporary copy of content/, never
 * into the real one). The file must pass content:check, and the build's content step run on that copy
 * must put the event in the calendar.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { expect as baseExpect, type Page, test } from '@playwright/test'
import { parse } from 'yaml'

import { checkContent } from '../../src/build/compile'
import { renderDataFiles } from '../../src/build/opendata'
import { addDays } from '../../src/shared/time'
import { E2E_NOW, E2E_TODAY, watchErrors } from './helpers'

/** The editor is a 1.5 MB (gzip) script: on a busy 2-core machine, wait long. */
const expect = baseExpect.configure({ timeout: 60_000 })
const ROOT = resolve(import.meta.dirname, '../..')
/** Nine days after the suite's today: a Saturday (2026-12-05), inside the calendar's coming weeks. */
const DAY = addDays(E2E_TODAY, 9)
const EVENT = {
  id: `kepu-open-day-${DAY}-urumqi`,
  title: '科技馆开放日·机器人科普体验',
  start: `${DAY}T09:30:00+08:00`,
  end: `${DAY}T11:30:00+08:00`,
}

/** A port the system says is free now (the test's own servers never share one with another run). */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => done(port))
    })
    server.on('error', fail)
  })
}

/** Polls until `url` answers a POST of `body` (decap-server) or a GET, or the time runs out. */
async function waitForServer(url: string, init?: RequestInit) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url, init)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${url} did not answer within 120 s`)
}

const INFO = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'info' }) }

let work = ''
let proxy: ChildProcess | undefined
let proxyUrl = ''

test.describe('web editor', () => {
  test.describe.configure({ mode: 'serial', timeout: 600_000 })
  // Staff edit on an office PC; a slow step fails on its own, not at the end of the test's long timeout.
  test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1, actionTimeout: 60_000 })

  test.beforeAll(async () => {
    // A copy of the content, laid out as the repository is (the editor writes content/events/…).
    work = mkdtempSync(join(tmpdir(), 'kpxj-editor-'))
    cpSync(join(ROOT, 'content'), join(work, 'content'), { recursive: true })
    const port = await freePort()
    proxyUrl = `http://localhost:${port}/api/v1`
    // `npm run editor` runs the same proxy; MODE=fs writes files without git (one PC, no review step).
    proxy = spawn(process.execPath, [join(ROOT, 'node_modules/decap-server/dist/index.js')], {
      cwd: work,
      env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: work, MODE: 'fs', LOG_LEVEL: 'warn' },
      stdio: 'inherit',
    })
    await waitForServer(proxyUrl, INFO)
  })

  test.afterAll(() => {
    proxy?.kill()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  /** The built config, pointed at this test's proxy instead of the default localhost:8081. */
  async function useTestProxy(page: Page) {
    await page.route('**/admin/config.yml', async (route) => {
      const response = await route.fetch()
      const body = (await response.text()).replace(/^local_backend: true$/m, `local_backend:\n  url: ${proxyUrl}`)
      expect(body).toContain(proxyUrl)
      await route.fulfill({ response, body })
    })
  }

  /** A react-select list: open it as a person does and pick the option. */
  async function choose(page: Page, label: string, option: string) {
    await page.getByLabel(label, { exact: true }).click()
    await page.getByRole('option', { name: option, exact: true }).click()
  }

  test('an organiser creates an event; it passes content:check and shows in the calendar', async ({ page }) => {
    const errors = watchErrors(page)
    await useTestProxy(page)
    await page.goto('/admin/')
    // The local proxy needs no account: one click on 登录.
    await page.getByRole('button', { name: '登录' }).click()
    await expect(page.getByRole('heading', { name: '活动', exact: true })).toBeVisible()
    await page.getByText('＋ 活动').click()
    // Saved empty: Decap's own check, its toast in plain words (it said "你漏掉了一个必填项" for seven).
    await page.getByRole('button', { name: '发布' }).click()
    await page.getByText('立即发布').click()
    await expect(page.getByText('还有必填的项目没有填写：请看表单中标红的字段，填好后再保存')).toBeVisible()

    // Capitals in the id: Decap's own check names the rule, its example as written (its CSS capitalised it).
    const id = page.getByLabel('编号（文件名）')
    await id.fill('Kepu-Open-Day')
    await page.getByLabel('活动名称', { exact: true }).fill(EVENT.title)
    await choose(page, '活动类型', '主题日')
    await page.getByLabel('开始', { exact: true }).fill(EVENT.start)
    // A slip of the hand: the end typed before the start (corrected below, after the editor's check).
    const end = page.getByLabel('结束', { exact: true })
    await end.fill(`${DAY}T08:30:00+08:00`)
    await choose(page, '状态', '已确认')
    await page.getByLabel('日期说明').fill('据主办方通知（测试用例）')
    await choose(page, '地区', '乌鲁木齐市（urumqi）')
    await choose(page, '面向人群', '家庭')
    await page.getByLabel('主办单位').fill('乌鲁木齐市科协')
    await page.getByLabel('简介', { exact: true }).fill('机器人、无人机和虚拟现实互动体验，适合家庭参加。')
    await page.getByRole('button', { name: '新增来源' }).click()

    // That end and a source left blank: Decap checks a field at a time and would save both, which content:check
    // then refuses. The editor's own check stops the save and says what to correct, in the form's words: both at
    // once (the end used to be told only after the source was filled in, a second round).
    const publish = async () => {
      await page.getByRole('button', { name: '发布' }).click()
      await page.getByText('立即发布').click()
    }
    await publish()
    const idRule = page.getByText('只能用小写英文字母、数字和单个短横线，如 tech-week-2027')
    await expect(idRule).toBeVisible()
    expect(await idRule.evaluate((el) => getComputedStyle(el).textTransform)).toBe('none')
    await id.clear()
    await id.fill(EVENT.id)
    await publish()
    const unsaved = page.getByRole('alert').filter({ hasText: '还没有保存' })
    await expect(unsaved).toContainText('请先改正下面 2 处')
    await expect(unsaved.getByRole('listitem')).toHaveText([/^来源 第1条：三种写法选一种/, `结束：不能早于开始时间（${EVENT.start}）`])
    await unsaved.getByRole('button', { name: '来源 第1条' }).click()
    // The source's own fields are then on screen, ready to fill.
    await expect(page.getByLabel('常识说明')).toBeInViewport()
    await expect(page.getByText('保存内容失败')).toBeVisible()
    await page.getByLabel('常识说明').fill('主办方发布的活动通知（测试用例）')
    // Edited, the list no longer claims to be current: it is of the last save.
    await expect(page.locator('.kpxj-problems h2')).toHaveText('上次保存时有 2 处要改正；改好后再保存，会重新检查')
    await publish()
    await expect(unsaved.getByRole('listitem')).toHaveText(`结束：不能早于开始时间（${EVENT.start}）`)
    // The field's name takes the organiser to it, far up the form.
    await unsaved.getByRole('button', { name: '结束', exact: true }).click()
    await expect(end).toBeFocused()
    await expect(end).toBeInViewport()
    expect(existsSync(join(work, 'content/events', `${EVENT.id}.yaml`))).toBe(false)
    // Decap leaves the promise of every refused save unhandled (its own refusals, of the empty form and of the id,
    // reject with nothing); ours it logs too: those six, and nothing else.
    const refusals = errors.splice(0)
    expect(refusals.map((e) => /^console: Error: 有 (\d) 处需要改正/.exec(e)?.[1] ?? e)).toEqual([
      'pageerror: undefined',
      'pageerror: undefined',
      '2',
      'pageerror: Object',
      '1',
      'pageerror: Object',
    ])

    await end.clear()
    await end.fill(EVENT.end)
    await publish()
    await expect(page.getByText('已发布').or(page.getByText('条目已保存'))).toBeVisible()
    await expect(page.locator('.kpxj-problems')).toBeHidden()

    // The file is where content/README.md says, with what was typed.
    const file = join(work, 'content/events', `${EVENT.id}.yaml`)
    await expect.poll(() => existsSync(file)).toBe(true)
    const saved = parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    expect(saved).toMatchObject({
      id: EVENT.id,
      title: EVENT.title,
      start: EVENT.start,
      end: EVENT.end,
      region: 'urumqi',
      status: 'confirmed',
    })
    expect(saved.sources).toEqual([{ general: '主办方发布的活动通知（测试用例）' }])
    expect(existsSync(join(ROOT, 'content/events', `${EVENT.id}.yaml`))).toBe(false)
    expect(errors).toEqual([])

    // An existing target whose 基线 is empty (null, as in most target files): a small edit saves. Decap
    // demanded the fields inside the empty 基线 and refused every such target.
    // Opened afresh (a change of the address's # alone kept the event's form).
    await page.goto('/admin/#/collections/targets/entries/changji-science-literacy')
    await page.reload()
    const wordingNote = page.getByLabel('写法说明')
    await expect(wordingNote).toHaveValue(/^第111行写作/)
    await wordingNote.press('End')
    await wordingNote.pressSequentially('（测试用例）')
    await publish()
    await expect(page.getByText('已发布').or(page.getByText('条目已保存'))).toBeVisible()
    const target = parse(readFileSync(join(work, 'content/targets/changji-science-literacy.yaml'), 'utf8')) as Record<string, unknown>
    expect(target.wordingNote).toMatch(/（测试用例）$/)
    expect(target.baseline ?? null).toBeNull()
    expect(target.target).toEqual({ value: 13, year: 2025, qualifier: '以上' })
    expect(errors).toEqual([])

    // content:check on the copy, as the review step runs it (src/build/cli.ts is this call and its printout; the
    // CLI itself runs in npm test's content step), and the build's content step (the same compiler and data
    // files the Vite plugin emits) served under the suite's build of the app: the event is in the calendar on its
    // day. A CLI process and a whole second `vite build` here would only repeat the same code (~10 s on CI).
    const { problems, compiled } = checkContent({ contentDir: join(work, 'content'), rootDir: ROOT, demo: true, today: E2E_TODAY })
    expect(problems).toEqual([])
    const files = renderDataFiles(compiled!, {})
    expect(files.size).toBeGreaterThan(3)
    await page.route('**/data/**', (route) => {
      const body = files.get(new URL(route.request().url()).pathname)
      return body === undefined ? route.fallback() : route.fulfill({ body, contentType: 'application/json; charset=utf-8' })
    })
    await page.clock.setFixedTime(E2E_NOW)
    await page.goto(`/calendar?date=${DAY}`)
    const link = page.getByRole('link', { name: new RegExp(EVENT.title) })
    await expect(link).toBeVisible()
    // The URL first: a failure then says whether the tap missed or the event page did not render.
    await link.click()
    await expect(page).toHaveURL(new RegExp(`/events/${EVENT.id}$`))
    await expect(page.getByRole('heading', { level: 1, name: EVENT.title })).toBeVisible()
    await expect(page.getByText('乌鲁木齐市科协')).toBeVisible()
  })
})

test('built without the office’s server settings, the editor says so in Chinese above its login', async ({ page }) => {
  // This suite's build has no CMS_* settings: its login would go to git.example.org.cn and fail.
  await page.goto('/admin/')
  const note = page.getByRole('status').filter({ hasText: '还没有配置编辑服务器' })
  await expect(note).toBeVisible()
  await expect(note).toContainText('npm run editor')
  // Decap's Chinese lacks this button's words: the page adds them ("Login with Forgejo" before).
  await expect(page.getByRole('button', { name: '使用 Forgejo 登录' })).toBeVisible()
})
