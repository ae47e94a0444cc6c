// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'

import VenueFacts from '@/features/venues/VenueFacts.vue'

import { makeMuseum, makeVenue } from '../builders'

const old = { id: 'n', url: 'https://example.org/n', title: '公告', publisher: '某馆', published: '2021-11-24', retrieved: '2026-12-01' }
const older = { id: 'o', url: 'https://example.org/o', title: '通知', publisher: '某馆', published: '2019-03-01', retrieved: '2026-12-01' }
const stale = (wrapper: ReturnType<typeof mount>) => wrapper.findAll('.fact-source-stale').map((p) => p.text())

describe('the venue page’s facts', () => {
  it('say "published N years ago" where an age is first met, not once per group, and never for an ended closure', () => {
    const venue = makeMuseum({
      sources: [old, older],
      hours: { osm: 'We-Su 11:00-13:30', from: ['n'] },
      booking: { required: true, from: ['n'] },
      contact: { phone: '0991-6386167', from: ['n'] },
      feeFrom: ['o'],
      closures: [
        { start: '2021-07-21', end: '2021-07-30', text: '维修闭馆', from: ['o'] },
        { start: '2026-12-20', end: '2026-12-25', text: '布展闭馆', from: ['n'] },
      ],
    })
    const wrapper = mount(VenueFacts, { props: { venue, today: '2026-12-01' } })
    // The hours card above said "5 年前" already; the fee is older and is said once; the ended closure says nothing.
    expect(stale(wrapper)).toEqual(['信息发布于 7 年前，出发前请向场馆确认'])
    expect(wrapper.findAll('.fact-source-line')).toHaveLength(5)
  })

  it('say it in the first group when the hours have no published source', () => {
    const venue = makeMuseum({ sources: [old], booking: { required: true, from: ['n'] }, contact: { phone: '0991-6386167', from: ['n'] } })
    const wrapper = mount(VenueFacts, { props: { venue, today: '2026-12-01' } })
    expect(stale(wrapper)).toEqual(['信息发布于 5 年前，出发前请向场馆确认'])
    expect(wrapper.find('[data-group="booking"] .fact-source-stale').exists()).toBe(true)
  })

  it('keep 电话： and its number together: one item of the phone row, not two the row’s gap set apart', () => {
    const venue = makeMuseum({ sources: [old], contact: { phone: '0991-6386167', from: ['n'] } })
    const wrapper = mount(VenueFacts, { props: { venue, today: '2026-12-01' } })
    const items = wrapper.find('.venue-phone').element.children
    expect([...items].map((el) => el.textContent!.trim())).toEqual(['电话：0991-6386167', '拨打 0991-6386167'])
  })

  it('say "beyond the plan" under a plan venue’s fact with no published page, not a bare "nothing found"', () => {
    // 昌吉科技馆: "免费（规划称向公众免费开放…）" and then 未找到公开信息 read as if the fee were denied.
    const planVenue = makeVenue({ fee: 'free', feeNote: '规划称向公众免费开放' })
    const plan = mount(VenueFacts, { props: { venue: planVenue, today: '2026-12-01' } })
    const feeLine = plan.findAll('dd')[0]!
    expect(feeLine.text()).toContain('规划称向公众免费开放')
    expect(feeLine.find('.fact-source-none').text()).toBe('规划之外未找到公开信息')
    // The plan says nothing about a phone: "beyond the plan" there would imply it had.
    expect(plan.find('[data-group="contact"]').text()).toBe('未找到公开信息')
    // A venue found only in published pages has no plan to go beyond.
    const other = mount(VenueFacts, { props: { venue: makeMuseum({ sources: [old] }), today: '2026-12-01' } })
    expect(other.findAll('dd')[0]!.find('.fact-source-none').text()).toBe('未找到公开信息')
  })

  it('list activities and subjects in Chinese as written, with no 中文 label in the Chinese UI', () => {
    const venue = makeMuseum({ sources: [old], activities: ['常设展览参观', '科普讲解'], topics: ['综合科普', '物理'] })
    const [activities, topics] = mount(VenueFacts, { props: { venue, today: '2026-12-01' } })
      .findAll('dd')
      .slice(-2)
    expect([activities!.text(), topics!.text()]).toEqual(['常设展览参观、科普讲解', '综合科普、物理'])
    expect(topics!.find('.zh-label').exists()).toBe(false)
  })
})
