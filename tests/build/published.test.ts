/** Published sources: content:check rejects incomplete or future-dated ones; the real 新疆科技馆 facts are as its notices give them. */
import { resolve } from 'node:path'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { checkContent, compileContent } from '../../src/build/compile'
import { formatProblem } from '../../src/build/errors'
import { isPublished } from '../../src/shared/types'

const root = resolve(__dirname, '../..')
const dir = 'tests/fixtures/content-published'
const saved = process.env.KEPU_TODAY
// "Future" is judged against the later of the build's day and the clock's: both are fixed here.
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-12-01T12:00:00+08:00'), toFake: ['Date'] })
})
afterEach(() => {
  vi.useRealTimers()
  if (saved === undefined) delete process.env.KEPU_TODAY
  else process.env.KEPU_TODAY = saved
})

describe('content:check on published sources', () => {
  const problems = () => {
    process.env.KEPU_TODAY = '2026-12-01'
    return checkContent({ contentDir: resolve(root, dir), rootDir: root }).problems.map(formatProblem)
  }

  it.each([
    `${dir}/venues/pub-no-date.yaml:18: sources.0.published: 必须填写`,
    `${dir}/venues/pub-no-url.yaml:18: sources.0.url: 必须填写`,
    `${dir}/venues/pub-no-url.yaml:18: sources.0.publisher: 必须填写`,
    `${dir}/venues/pub-future.yaml:22: sources.0.published: 不能晚于今天（今天是 2026-12-01）`,
    `${dir}/venues/pub-bad-from.yaml:17: location.address: 要写明地址出自哪条已发布来源（地址依据，location.from）`,
    `${dir}/venues/pub-bad-from.yaml:20: contact.from.0: “nowhere”不是本条记录 sources 里已发布来源的编号`,
  ])('reports %s', (line) => {
    expect(problems()).toContain(line)
  })

  it('judges "future" by the build date, so the same page passes once its day has come', () => {
    process.env.KEPU_TODAY = '2027-02-01'
    const later = checkContent({ contentDir: resolve(root, dir), rootDir: root }).problems.map(formatProblem)
    expect(later.some((l) => l.includes('pub-future') && l.includes('不能晚于今天'))).toBe(false)
  })
})

describe('新疆科技馆 as its published notices give it', () => {
  process.env.KEPU_TODAY = '2026-12-01'
  const { catalog } = compileContent({ contentDir: resolve(root, 'content'), rootDir: root })
  const museum = catalog.venues.find((v) => v.id === 'xinjiang-science-museum')!
  const source = (id: string) => museum.sources.filter(isPublished).find((s) => s.id === id)!

  it('opens Wednesday to Sunday in two sessions, 11:00–13:30 and 15:00–17:30, per the 2021-11-24 notice on the 自治区科协 website', () => {
    expect(museum.hours.osm).toBe('We-Su 11:00-13:30,15:00-17:30')
    expect(museum.hours.from).toEqual(['xast-2021-11-24'])
    expect(source('xast-2021-11-24')).toMatchObject({ url: 'http://www.xast.org.cn/kjg/info/1451/1941.htm', published: '2021-11-24' })
  })

  it('books through its WeChat account, with the consultation phone 0991-6386167', () => {
    expect(museum.contact).toMatchObject({ phone: '0991-6386167', channel: '微信公众号“新疆科技馆”' })
    expect(museum.contact!.from).toContain('xast-2021-11-24')
  })

  it('takes groups of 10–30, booked one day ahead with a 公函, per the 2021-04 notice', () => {
    expect(museum.booking).toMatchObject({ required: true, groupMin: 10, groupMax: 30, leadDays: 1, letterRequired: true })
    expect(museum.booking!.from).toContain('notice-2021-04')
    expect(source('notice-2021-04').published).toBe('2021-04')
  })

  it('gives no address, so none is copied, and lists the 2026 Spring Festival closure', () => {
    expect(museum.location.address ?? null).toBeNull()
    expect(museum.closures).toContainEqual(expect.objectContaining({ start: '2026-02-15', end: '2026-02-18' }))
  })
})
