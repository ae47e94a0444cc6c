// @vitest-environment happy-dom
/** The printed visit plan agrees with itself and finds the venue the way the venue page does. */
import { mount, RouterLinkStub } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'

import type { VisitPlan } from '@/features/planner/types'
import VisitPlanDocument from '@/features/planner/VisitPlanDocument.vue'
import type { Region } from '@/shared/types'
import type { Venue } from '@/shared/types'

import { makeMuseum, makePlan, makeUnknownVenue } from '../builders'

const urumqi = { id: 'urumqi', name: '乌鲁木齐市', shortName: '乌鲁木齐', mapCity: '乌鲁木齐市' } as Region

function doc(plan: VisitPlan, venue: Venue) {
  return mount(VisitPlanDocument, {
    props: { plan, venue, region: urumqi, issues: [], planTitles: {}, today: '2026-11-26' },
    global: { stubs: { RouterLink: RouterLinkStub } },
  })
}
const hrefs = (w: ReturnType<typeof doc>) =>
  Object.fromEntries(w.findAll('.visit-doc-links a').map((a) => [a.attributes('data-provider'), a.attributes('href')!]))

describe('VisitPlanDocument', () => {
  it('never says 开放时间未知 for a venue with published hours, whether or not a session is chosen', () => {
    for (const plan of [makePlan(), makePlan({ session: '' }), makePlan({ date: '', session: '' })]) {
      const text = doc(plan, makeMuseum()).text()
      expect(text).not.toContain('开放时间未知')
      expect(text).toContain('周三至周日')
    }
    expect(doc(makePlan({ session: '' }), makeMuseum()).text()).toContain('请选择场次：11:00–13:30、15:00–17:30')
  })

  it('prints a check’s sentence, the venue’s note and the advice as words apart (they ran together)', () => {
    const issue = { id: 'hours', level: 'warning', text: 'Opening hours unknown.', note: '周一闭馆', advice: 'Call first.' } as const
    const w = mount(VisitPlanDocument, {
      props: { plan: makePlan(), venue: makeMuseum(), region: urumqi, issues: [issue], planTitles: {}, today: '2026-11-26' },
      global: { stubs: { RouterLink: RouterLinkStub } },
    })
    expect(w.findAll('.visit-doc-section li').map((li) => li.text())).toContain('Opening hours unknown. 周一闭馆 Call first.')
  })

  it('prints the days a check suggests after its advice (buttons on the screen; on paper the advice ended in a colon)', () => {
    const fix = { kind: 'dates' as const, days: ['2026-12-16', '2026-12-17'] }
    const issue = { id: 'closed', level: 'error' as const, text: '12月14日（周一）闭馆。', advice: '请改到开放日：', fix }
    const w = mount(VisitPlanDocument, {
      props: { plan: makePlan(), venue: makeMuseum(), region: urumqi, issues: [issue], planTitles: {}, today: '2026-11-26' },
      global: { stubs: { RouterLink: RouterLinkStub } },
    })
    expect(w.findAll('.visit-doc-section li').map((li) => li.text())).toContain(
      '12月14日（周一）闭馆。 请改到开放日：12月16日（周三）、12月17日（周四）',
    )
    // After a colon of another language, a space.
    const english = mount(VisitPlanDocument, {
      props: {
        plan: makePlan(),
        venue: makeMuseum(),
        region: urumqi,
        issues: [{ ...issue, advice: 'Move to an open day:' }],
        planTitles: {},
        today: '2026-11-26',
      },
      global: { stubs: { RouterLink: RouterLinkStub } },
    })
    expect(english.findAll('.visit-doc-section li').map((li) => li.text())).toContain(
      '12月14日（周一）闭馆。 Move to an open day: 12月16日（周三）、12月17日（周四）',
    )
  })

  it('keeps each opening-hours range on one line (a narrow printout broke "11:00–" from "13:30")', () => {
    const hoursDd = doc(makePlan(), makeMuseum())
      .findAll('.visit-doc-facts dd')
      .find((dd) => dd.text().includes('周三至周日'))!
    expect(hoursDd.findAll('.time-range').map((span) => span.text())).toEqual(['11:00–13:30', '15:00–17:30'])
  })

  it('gives the session on 新疆时间 too when 我的 asks for it, and only then', () => {
    const plan = makePlan({ session: '11:00-13:30' })
    expect(doc(plan, makeMuseum()).find('.visit-doc-xj').exists()).toBe(false)
    const asked = mount(VisitPlanDocument, {
      props: { plan, venue: makeMuseum(), region: urumqi, issues: [], planTitles: {}, today: '2026-11-26', showXinjiangTime: true },
      global: { stubs: { RouterLink: RouterLinkStub } },
    })
    expect(asked.get('.visit-doc-xj').text()).toBe('≈ 新疆时间 09:00–11:30（北京时间减2小时）')
    const noSession = mount(VisitPlanDocument, {
      props: {
        plan: makePlan({ session: '' }),
        venue: makeMuseum(),
        region: urumqi,
        issues: [],
        planTitles: {},
        today: '2026-11-26',
        showXinjiangTime: true,
      },
      global: { stubs: { RouterLink: RouterLinkStub } },
    })
    expect(noSession.find('.visit-doc-xj').exists()).toBe(false)
  })

  it('says 开放时间未知 in every line for a venue without published hours', () => {
    const text = doc(makePlan({ session: '' }), makeUnknownVenue()).text()
    expect(text).toContain('参观时间待定（开放时间未知，请向场馆确认）')
    expect(text).not.toMatch(/周[一二三四五六日]至周/)
  })

  it('links an approximate venue to place searches for its name in its city, not to a pin', () => {
    const links = hrefs(doc(makePlan(), makeMuseum()))
    expect(Object.keys(links).sort()).toEqual(['amap', 'baidu', 'tencent'])
    expect(links.amap).toContain('https://uri.amap.com/search?keyword=%E6%96%B0%E7%96%86%E7%A7%91%E6%8A%80%E9%A6%86')
    expect(decodeURIComponent(links.amap!)).toContain('city=乌鲁木齐市')
    expect(decodeURIComponent(links.baidu!)).toContain('/place/search?query=新疆科技馆&region=乌鲁木齐市')
    expect(decodeURIComponent(links.tencent!)).toContain('/uri/v1/search?keyword=新疆科技馆&region=乌鲁木齐市')
    expect(doc(makePlan(), makeMuseum()).text()).toContain('搜索“乌鲁木齐市 新疆科技馆”')
  })

  it('keeps coordinate links for an exact venue', () => {
    const exact = makeMuseum({ location: { lat: 43.83, lng: 87.62, precision: 'exact', address: null } })
    const links = hrefs(doc(makePlan(), exact))
    expect(links.amap).toContain('https://uri.amap.com/marker?position=')
    expect(links.baidu).toContain('https://api.map.baidu.com/marker?location=')
  })

  it('says when the chosen day falls in a published closure', () => {
    const venue = makeMuseum({ closures: [{ start: '2026-12-02', end: '2026-12-04', text: '设备维护闭馆', from: ['n'] }] })
    const text = doc(makePlan({ session: '' }), venue).text()
    expect(text).toContain('所选日期在场馆公布的闭馆期内：设备维护闭馆')
    expect(text).toContain('当天闭馆，请改选开放日')
  })

  it('prints a required booking’s note once, in the checklist, not again beside the venue’s phone', () => {
    const museum = makeMuseum()
    const note = museum.booking!.note!
    expect(note).toBeTruthy()
    const text = doc(makePlan(), museum).text()
    expect(text.split(note)).toHaveLength(2)
    // Where booking is not required, the note (a how-to) stays with the venue's contacts.
    const open = { ...museum, booking: { ...museum.booking!, required: false } }
    expect(doc(makePlan(), open).text().split(note)).toHaveLength(2)
  })
})
