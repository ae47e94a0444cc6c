// @vitest-environment happy-dom
import { mount, RouterLinkStub } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'

import { literacySeries } from '@/features/targets/chart'
import LiteracyChart from '@/features/targets/LiteracyChart.vue'
import PlanEventsSection from '@/features/targets/PlanEventsSection.vue'
import TargetRow from '@/features/targets/TargetRow.vue'
import TargetsInnovationSection from '@/features/targets/TargetsInnovationSection.vue'
import TargetSummaryCard from '@/features/targets/TargetSummaryCard.vue'
import type { TargetListContext } from '@/features/targets/types'

import { changji, makeTarget, outline2025, shuanghe, survey } from '../builders'

const options = { regionNames: { shuanghe: '双河', changji: '昌吉' }, surveyName: '全国调查', outlineName: '纲要目标' }

describe('LiteracyChart', () => {
  const wrapper = mount(LiteracyChart, { props: { series: literacySeries([shuanghe, changji, survey, outline2025], options) } })

  it('is one image with a title and a description that says every value', () => {
    const svg = wrapper.get('svg[role="img"]')
    const [titleId, descId] = svg.attributes('aria-labelledby')!.split(' ')
    expect(wrapper.get(`[id="${titleId}"]`).text()).toContain('公民具备科学素质的比例')
    expect(wrapper.get(`[id="${descId}"]`).text()).toContain('双河：2024年基线12.5%，2030年目标力争17%')
  })
  it('draws the values as text, qualifiers included', () => {
    const labels = wrapper.findAll('svg[role="img"] text.label').map((t) => t.text())
    expect(labels).toEqual(expect.arrayContaining(['双河 12.5%', '力争17%', '昌吉 13%以上', '力争14%', '纲要目标 15%以上']))
  })
  it('draws every label after every line, so a later series’ line never crosses an earlier one’s words', () => {
    const drawn = wrapper.findAll('svg[role="img"] path.line, svg[role="img"] text.label').map((el) => el.element.tagName)
    expect(drawn.filter((tag) => tag === 'path').length).toBeGreaterThan(1)
    expect(drawn.lastIndexOf('path')).toBeLessThan(drawn.indexOf('text'))
  })
  it('has the same data as a table behind a summary, national rows marked 常识', () => {
    expect(wrapper.get('details summary').text()).toBe('以表格查看')
    const rows = wrapper.findAll('tbody tr').map((r) => r.findAll('th, td').map((c) => c.text()))
    expect(rows).toContainEqual(['双河（规划目标）', '2030', '目标', '力争17%'])
    expect(rows).toContainEqual(['昌吉（规划目标）', '2025', '更高目标', '力争14%'])
    expect(rows).toContainEqual(['全国调查值（常识）', '2023', '调查值', '14.14%'])
    expect(rows).toHaveLength(2 + 2 + 4 + 1)
  })
})

describe('TargetRow', () => {
  const row = (target = changji, currentYear = 2026) =>
    mount(TargetRow, {
      props: { target, planTitles: { 'changji-14': '昌吉“十四五”规划' }, currentYear, regionName: '昌吉' },
      global: { stubs: { RouterLink: RouterLinkStub } },
    })

  it('carries the anchor id a shared link points at', () => {
    expect(row().get('li').attributes('id')).toBe('target-changji-science-literacy')
  })
  it('says an ended target’s outcome is unknown and shows both qualifiers', () => {
    const text = row().text()
    expect(text).toContain('2025年目标，完成情况未公布')
    expect(text).toContain('13%以上')
    expect(text).toContain('力争14%')
    expect(text).not.toMatch(/已完成|已实现|达成/)
  })
  it('labels figures the plan reports as such, not as survey values', () => {
    const stat = makeTarget({
      group: '科普',
      indicator: '“科普中国·e”站',
      unit: '个',
      observations: [{ year: 2020, value: 135 }],
      plan: 'changji-14',
    })
    const text = row(stat).text()
    expect(text).toContain('规划记载')
    expect(text).toContain('2020年 135个')
    expect(text).not.toContain('完成情况未公布')
  })
  it('copies the link when there is no share sheet', async () => {
    let copied = ''
    Object.defineProperty(globalThis.navigator, 'share', { value: undefined, configurable: true })
    Object.defineProperty(globalThis.navigator, 'clipboard', {
      value: { writeText: async (t: string) => void (copied = t) },
      configurable: true,
    })
    const wrapper = row()
    await wrapper.get('button').trigger('click')
    await new Promise((r) => setTimeout(r))
    expect(copied).toMatch(/\/targets\?region=changji#target-changji-science-literacy$/)
    expect(wrapper.get('[role="status"]').text()).toBe('链接已复制')
  })
})

describe('TargetSummaryCard', () => {
  it('links to its target row and says an ended target’s outcome is unknown', () => {
    vi.useFakeTimers({ now: new Date('2026-11-26T04:00:00Z') })
    const wrapper = mount(TargetSummaryCard, {
      props: { target: changji, regionName: '昌吉市' },
      global: { stubs: { RouterLink: RouterLinkStub } },
    })
    expect(wrapper.getComponent(RouterLinkStub).props('to')).toBe('/targets?region=changji#target-changji-science-literacy')
    expect(wrapper.text()).toContain('2025年目标，完成情况未公布')
    // The stretch goal follows the year's bracket with no space before its comma.
    expect(wrapper.findAll('.target-summary-values > span').map((s) => s.text())).toContain('（2025），力争14%')
    const open = mount(TargetSummaryCard, {
      props: { target: shuanghe, regionName: '第五师双河市' },
      global: { stubs: { RouterLink: RouterLinkStub } },
    })
    expect(open.text()).not.toContain('完成情况未公布')
    vi.useRealTimers()
  })
})

describe('TargetsInnovationSection', () => {
  it('says what its summary does: 展开 while folded, 收起 once open', async () => {
    const props = { groups: [], open: false, context: {} as TargetListContext }
    const wrapper = mount(TargetsInnovationSection, { props })
    expect(wrapper.get('summary').text()).toBe('展开查看 0 项科技创新指标')
    await wrapper.setProps({ open: true })
    expect(wrapper.get('summary').text()).toBe('收起 0 项科技创新指标')
  })
})

describe('PlanEventsSection', () => {
  const ref = (id: string, occurrences?: number) => ({
    id,
    title: id,
    kind: '科技活动周' as const,
    start: '2027-05-22',
    end: '2027-05-29',
    datePrecision: 'day' as const,
    status: 'expected' as const,
    region: 'urumqi',
    ...(occurrences === undefined ? {} : { occurrences }),
  })

  it('counts a series, and says nothing for one event, whether its count is left out or (an older catalog) 1', () => {
    const section = mount(PlanEventsSection, {
      props: {
        events: { current: [ref('series', 3), ref('single'), ref('old-single', 1)], history: [], past: [] },
        count: 3,
        regionNames: {},
      },
      global: { stubs: { RouterLink: RouterLinkStub } },
    })
    const items = section.findAll('li').map((li) => li.text())
    expect(items.find((text) => text.startsWith('series'))).toContain('共 3 次')
    expect(items.filter((text) => text.includes('共'))).toHaveLength(1)
  })
})
