// @vitest-environment happy-dom
/**
 * index.html draws the agenda's first day on a phone's plain visit to /calendar (src/boot/agendaPreview.ts):
 * today's entry of the month's /data/app/agenda file, asked for from <head>, drawn over the page where its own
 * list starts (PHONE_AGENDA_BOX), and nothing where the page would lay out differently or is already there.
 * calendar.spec checks the place in a browser; the calendar page takes it away (CalendarView).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import drawAgendaPreview from '@/boot/agendaPreview'
import { renderAppShell } from '@/build/appShell'
import { AGENDA_PREVIEW_ID, type AgendaHeadFile, PHONE_AGENDA_BOX, removeAgendaPreview } from '@/shared/agendaHead'

const BUILT = '2026-12-06T12:00:00.000Z'
const options = { box: PHONE_AGENDA_BOX, words: { today: '今天', continuing: '持续中' }, built: BUILT }
const head: AgendaHeadFile = {
  month: '2026-12',
  v: 1,
  built: BUILT,
  events: [
    ['talk', '周末科普讲堂', '12月7日（周一）', '09:30–11:00', 'confirmed', '已确认', '新星', '科普进社区'],
    ['fair', '科普<b>集市</b>', '12月7日（周一）', '', 'cancelled', '已取消', '', '科技活动周'],
    ['winter', '科技之冬', '11月15日（周日）至 3月31日（周三）', '', 'expected', '预计日期', '昌吉', '科技之冬'],
    ['night', '星空夜', '12月1日（周二）至 12月9日（周三）', '', 'cancelled', '已取消', '', '科普日'],
  ],
  days: {
    '2026-12-07': [
      '12月7日 周一',
      1,
      '4 项活动',
      [1, 0],
      [
        [2, '（持续到 3月31日）'],
        [3, '（持续到 12月9日）'],
      ],
    ],
    '2026-12-08': ['12月10日 周四', 0, '1 项活动', [0], []],
  },
}

/** A phone's window on `url` with the static shell parsed, its clock on `now`, the server answering `body`. */
function phone(url: string, { now = '2026-12-07T02:00:00Z', mouse = false, body = head as unknown, status = 200 } = {}) {
  window.history.replaceState(null, '', url)
  vi.setSystemTime(new Date(now))
  vi.stubGlobal('innerWidth', 412)
  vi.stubGlobal('innerHeight', 823)
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(pointer: coarse)' ? !mouse : false }))
  const real = window.getComputedStyle.bind(window)
  vi.stubGlobal('getComputedStyle', (el: Element) => (el === document.documentElement ? { fontSize: '16px' } : real(el)))
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  const fetch = vi.fn(async () => new Response(text, { status, headers: { 'content-type': 'application/json' } }))
  vi.stubGlobal('fetch', fetch)
  document.body.innerHTML = `<div id="app">${renderAppShell('')}</div>`
  return fetch
}
const attach = async () => {
  window.__kpxjBootAgenda?.()
  await window.__kpxjBootDrawn
}
const preview = () => document.getElementById(AGENDA_PREVIEW_ID)

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  document.documentElement.lang = 'zh-CN'
  delete document.documentElement.dataset.elder
  localStorage.clear()
  delete window.__kpxjBootAgenda
  delete window.__kpxjBootDrawn
  delete window.__kpxjBootFailed
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe("the agenda's first day in index.html", () => {
  it('asks for this month’s file from <head> and draws today’s first day where the page lists it', async () => {
    const fetch = phone('/calendar', { now: '2026-12-06T16:30:00Z' }) // 00:30 on 12-07 in Beijing
    drawAgendaPreview(options)
    expect(fetch).toHaveBeenCalledWith('/data/app/agenda/2026-12.json')
    expect(preview()).toBeNull()
    await attach()
    const box = preview()!
    // Over the page, outside the app's root: the app's mount keeps it.
    expect(box.parentElement).toBe(document.body)
    expect(box.style.top).toBe(`${PHONE_AGENDA_BOX.top}px`)
    const day = box.querySelector('h2')!
    expect([day.className, day.textContent, day.getAttribute('elementtiming')]).toEqual([
      'boot-agenda-day boot-agenda-today',
      '12月7日 周一 今天 4 项活动',
      'agenda-day',
    ])
    const cards = [...box.querySelectorAll('article')]
    expect(cards.map((c) => [c.className, c.querySelector('a')!.getAttribute('href'), c.textContent])).toEqual([
      // Content is text, never markup.
      ['card boot-event boot-event-cancelled', '/events/fair', '科普<b>集市</b>12月7日（周一）已取消科技活动周'],
      ['card boot-event', '/events/talk', '周末科普讲堂12月7日（周一） 09:30–11:00已确认新星科普进社区'],
    ])
    expect([...cards[0]!.querySelectorAll('.badge')].map((b) => b.className)).toEqual(['badge badge-danger', 'badge'])
    expect([...cards[1]!.querySelectorAll('.badge')].map((b) => b.className)).toEqual(['badge ', 'badge badge-info', 'badge'])
    // Then the events carried into the day, as the page's 持续中 line; a cancelled one struck through beside 已取消.
    const carried = box.querySelector('.boot-continuing')!
    expect(carried.firstElementChild!.textContent).toBe('持续中')
    expect(
      [...carried.querySelectorAll('li')].map((li) => [
        li.textContent,
        li.querySelector('a')!.getAttribute('href'),
        li.querySelector('a')!.className,
      ]),
    ).toEqual([
      ['科技之冬（持续到 3月31日）', '/events/winter', ''],
      ['已取消星空夜（持续到 12月9日）', '/events/night', 'boot-continuing-cancelled'],
    ])
    // Each line and card keeps the star's room.
    expect(box.querySelectorAll('.boot-star')).toHaveLength(4)
    removeAgendaPreview()
    expect(preview()).toBeNull()
  })

  it('names a later first day without the 今天 mark', async () => {
    phone('/calendar', { now: '2026-12-08T04:00:00Z' })
    drawAgendaPreview(options)
    await attach()
    expect(preview()!.querySelector('h2')!.textContent).toBe('12月10日 周四 1 项活动')
    expect(preview()!.querySelector('.boot-continuing')).toBeNull()
  })

  it('offline, starts below the app’s 当前离线 bar', async () => {
    phone('/calendar')
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    drawAgendaPreview(options)
    await attach()
    expect(preview()!.style.top).toBe(`${PHONE_AGENDA_BOX.top + PHONE_AGENDA_BOX.offlineBar}px`)
  })

  it('draws nothing where the page is already there, the file fails, or today has nothing', async () => {
    const cases: [string, () => void][] = [
      ['the page came first', () => void (document.querySelector('#app')!.innerHTML = '<div class="page calendar-page"></div>')],
      ['a 404', () => phone('/calendar', { status: 404 })],
      ['a portal’s page', () => phone('/calendar', { body: '<html>login</html>' })],
      ['a day without events', () => phone('/calendar', { now: '2026-12-20T04:00:00Z' })],
      // The worker answers from its cache first: after an update, a file of the build before.
      ['an earlier build’s file', () => phone('/calendar', { body: { ...head, built: '2026-11-30T12:00:00.000Z' } })],
      // The file came after start.ts had said 启动失败.
      ['an app that could not start', () => (window.__kpxjBootFailed = true)],
    ]
    for (const [what, setUp] of cases) {
      delete window.__kpxjBootAgenda
      delete window.__kpxjBootFailed
      phone('/calendar')
      setUp()
      drawAgendaPreview(options)
      await attach()
      expect([what, preview()]).toEqual([what, null])
    }
  })

  it('draws nothing once the reader has moved on before the file came', async () => {
    for (const url of ['/map', '/calendar?view=month']) {
      delete window.__kpxjBootAgenda
      phone('/calendar')
      drawAgendaPreview(options)
      // The app started after its 300 ms, and the reader tapped a tab, or 月历.
      window.history.replaceState(null, '', url)
      document.querySelector('#app')!.innerHTML = '<div class="page"></div>'
      await attach()
      expect([url, preview()]).toEqual([url, null])
    }
  })

  it('goes when the reader uses the page or turns the phone, not when they scroll or use the drawn day', async () => {
    const drawn = async () => {
      delete window.__kpxjBootAgenda
      phone('/calendar')
      drawAgendaPreview(options)
      await attach()
      return preview()!
    }
    let box = await drawn()
    box.querySelector('a')!.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    box.querySelector('a')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }))
    // The address bar hiding on a scroll changes the height only.
    vi.stubGlobal('innerHeight', 900)
    window.dispatchEvent(new Event('resize'))
    expect(box.isConnected).toBe(true)
    document.querySelector('#app .loading')!.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    expect(box.isConnected).toBe(false)

    box = await drawn()
    document.querySelector('#app a')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }))
    expect(box.isConnected).toBe(false)
    box = await drawn()
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }))
    expect(box.isConnected).toBe(false)
    box = await drawn()
    vi.stubGlobal('innerWidth', 823)
    window.dispatchEvent(new Event('resize'))
    expect(box.isConnected).toBe(false)

    // Once the page has taken it away, its listeners go too.
    box = await drawn()
    removeAgendaPreview()
    const remove = vi.spyOn(box, 'remove')
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }))
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }))
    expect(remove).not.toHaveBeenCalled()
  })

  it('asks for nothing off a phone’s plain visit to /calendar', () => {
    for (const [what, url, setUp] of [
      ['another page', '/map', () => {}],
      ['a query', '/calendar?view=month', () => {}],
      ['a mouse', '/calendar', () => vi.stubGlobal('matchMedia', () => ({ matches: false }))],
      ['长辈模式', '/calendar', () => (document.documentElement.dataset.elder = '')],
      ['Uyghur', '/calendar', () => (document.documentElement.lang = 'ug')],
      ['a saved region', '/calendar', () => localStorage.setItem('kpxj:settings', '{"region":"shuanghe"}')],
    ] as const) {
      delete window.__kpxjBootAgenda
      delete document.documentElement.dataset.elder
      document.documentElement.lang = 'zh-CN'
      localStorage.clear()
      const fetch = phone(url)
      setUp()
      drawAgendaPreview(options)
      expect([what, fetch.mock.calls.length, window.__kpxjBootAgenda]).toEqual([what, 0, undefined])
    }
  })
})
