// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'

import { checkPlan } from '@/features/planner/checks'
import VisitPlanIssues from '@/features/planner/VisitPlanIssues.vue'
import { formatPublished } from '@/features/venues/facts'
import VenueCard from '@/features/venues/VenueCard.vue'
import VenueFacts from '@/features/venues/VenueFacts.vue'
import { applyLanguage } from '@/i18n'

import { makeMuseum, makePlan } from '../builders'

const notice = { id: 'n', url: 'https://example.org/n', title: '公告', publisher: '某馆', published: '2021-11-24', retrieved: '2026-12-01' }

describe('a venue’s Chinese notes in Uyghur', () => {
  it('stand on lines of their own, marked 中文, apart from the reader’s words for the fee and the dates', async () => {
    await applyLanguage('ug')
    const venue = makeMuseum({
      sources: [notice],
      fee: 'unknown',
      feeNote: '找到的公告没有写明是否收费',
      feeFrom: ['n'],
      closures: [{ start: '2021-07-21', end: '2021-07-30', text: '暑期展品维修闭馆', from: ['n'] }],
      activities: ['常设展览参观'],
      topics: ['综合科普', '物理'],
    })
    const wrapper = mount(VenueFacts, { props: { venue, today: '2026-12-01' } })
    const fee = wrapper.findAll('dd')[0]!.findAll('p.dd-line')
    // Inline in brackets, the note broke across the Uyghur words of its line, its brackets on the far side.
    expect(fee[0]!.text()).not.toMatch(/\p{Script=Han}/u)
    expect(fee[1]!.attributes()).toMatchObject({ lang: 'zh-CN', dir: 'ltr' })
    expect(fee[1]!.find('.zh-label').exists()).toBe(true)
    const closure = wrapper.find('.venue-closure p.dd-line')
    const note = closure.find('.closure-text')
    expect(closure.find('strong').text()).not.toMatch(/\p{Script=Han}/u)
    expect(closure.find('.badge').exists()).toBe(true)
    expect(note.attributes()).toMatchObject({ lang: 'zh-CN', dir: 'ltr' })
    expect(note.text()).toContain('暑期展品维修闭馆')
    expect(note.find('.zh-label').exists()).toBe(true)
    // A subject the planner knows is in Uyghur; the venue's own words stay Chinese, marked so.
    const [activities, topics] = wrapper.findAll('dd').slice(-2)
    expect(activities!.attributes('lang')).toBe('zh-CN')
    expect(activities!.find('.zh-label').exists()).toBe(true)
    expect(topics!.text()).toContain('فىزىكا')
    expect(topics!.findAll('bdi[lang="zh-CN"]').map((b) => b.text())).toEqual(['综合科普'])
    expect(topics!.find('.zh-label').exists()).toBe(true)
  })
})

describe('a venue’s location note in Uyghur', () => {
  it('is marked 中文 on the map’s venue card', async () => {
    await applyLanguage('ug')
    const venue = makeMuseum({ location: { ...makeMuseum().location, note: '位置为大致位置（城市中心）' } })
    const card = mount(VenueCard, {
      props: { venue, regionName: '乌鲁木齐市', status: { state: 'unknown' } },
      global: { stubs: { RouterLink: { template: '<a><slot /></a>' } } },
    })
    const note = card.findAll('p').find((p) => p.text().includes('位置为大致位置'))!
    expect(note.find('bdi[lang="zh-CN"]').exists()).toBe(true)
    expect(note.find('.zh-label').exists()).toBe(true)
  })
})

describe('the visit planner’s checks in Uyghur', () => {
  it('give the venue’s closure notice and notes on lines of their own, marked 中文, not inside the sentence', async () => {
    await applyLanguage('ug')
    const venue = makeMuseum({
      fee: 'unknown',
      feeNote: '找到的公告没有写明是否收费',
      closures: [{ start: '2026-12-01', end: '2026-12-05', text: '设备维护闭馆（12月6日恢复）', from: [] }],
    })
    const issues = checkPlan({ plan: makePlan({ date: '2026-12-03', session: '' }), venue, today: '2026-11-26', events: [] })
    const wrapper = mount(VisitPlanIssues, { props: { issues } })
    for (const [id, words] of [
      ['closure', '设备维护'],
      ['fee-unknown', '找到的公告'],
    ]) {
      const issue = wrapper.find(`[data-issue="${id}"]`)
      // Inside the sentence, the note's brackets and punctuation landed on the wrong side of a Uyghur line.
      expect(issue.find('.visit-issue-text').text()).not.toContain(words)
      const note = issue.find('.visit-issue-note')
      expect(note.attributes()).toMatchObject({ lang: 'zh-CN', dir: 'ltr' })
      expect(note.find('.zh-label').exists()).toBe(true)
    }
    expect(wrapper.find('[data-issue="closure"] .visit-issue-note').text()).toContain('设备维护闭馆（12月6日恢复）')
  })
})

describe('publication dates in the reader’s language', () => {
  it('writes a venue source’s date in Uyghur and English, not in Chinese', async () => {
    await applyLanguage('ug')
    // Numbers inside right-to-left text are isolated (LRI … PDI) by the date words.
    expect(formatPublished('2021-11-24')).toMatch(/2021.*-\u2060يىلى.*24.*نويابىر/)
    expect(formatPublished('2021-04')).toMatch(/2021.*-\u2060يىلى ئاپرېل/)
    await applyLanguage('en')
    expect([formatPublished('2021-11-24'), formatPublished('2021-04')]).toEqual(['November 24, 2021', 'April 2021'])
  })
})
