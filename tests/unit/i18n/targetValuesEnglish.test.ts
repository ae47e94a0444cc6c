// @vitest-environment happy-dom
import { mount, RouterLinkStub } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'

import { compareRows, formatTargetValue, headline, targetValueParts } from '@/features/targets/format'
import TargetRow from '@/features/targets/TargetRow.vue'
import { applyLanguage } from '@/i18n'

import { makeTarget } from '../builders'

describe('target values with the page in English', () => {
  it('say the plan’s qualifier in English, not 以上 or 力争', async () => {
    expect(formatTargetValue({ value: 13, qualifier: '以上' }, '%')).toBe('13%以上')
    await applyLanguage('en')
    expect(formatTargetValue({ value: 13, qualifier: '以上' }, '%')).toBe('13% or more')
    expect(formatTargetValue({ value: 14, qualifier: '力争' }, '%')).toBe('aiming for 14%')
    expect(formatTargetValue({ value: 1.6, qualifier: '力争以上' }, '件')).toBe('aiming for 1.6件 or more')
    expect(formatTargetValue({ value: 12.5 }, '%')).toBe('12.5%')
    // Beside a chart's point, signs where one says it all; an aim keeps its words (before, 14%: a firm target).
    expect(formatTargetValue({ value: 13, qualifier: '以上' }, '%', { compact: true })).toBe('≥13%')
    expect(formatTargetValue({ value: 14, qualifier: '力争' }, '%', { compact: true })).toBe('aiming for 14%')
    expect(formatTargetValue({ value: 15, qualifier: '力争以上' }, '家', { compact: true })).toBe('aiming for 15家 or more')
  })
})

describe('the compare table with the page in English', () => {
  it('labels its themes and figures in English, the Chinese unit of a figure marked as Chinese', async () => {
    await applyLanguage('en')
    expect(compareRows([], ['changji']).map((row) => row.label)).toContain('Outreach events and training')
    const stat = makeTarget({ group: '科普', indicator: '科普活动', unit: '场次', observations: [{ year: 2020, value: 500 }] })
    const h = headline(stat)!
    expect(h.label).toBe('Reported for 2020')
    expect(h.value).toEqual([{ text: '500场次', zh: true }])
    expect(targetValueParts({ value: 13, qualifier: '以上' }, '%')).toEqual([{ text: '13% or more' }])
    expect(targetValueParts({ value: 1.6, qualifier: '力争以上' }, '件')).toEqual([
      { text: 'aiming for ' },
      { text: '1.6件', zh: true },
      { text: ' or more' },
    ])
  })
})

describe('a target row with the page in English', () => {
  it('names the plan’s kind of target (预期性) in English, not as Chinese content', async () => {
    await applyLanguage('en')
    const row = mount(TargetRow, {
      props: { target: makeTarget({ nature: '预期性' }), planTitles: {}, currentYear: 2026 },
      global: { stubs: { RouterLink: RouterLinkStub } },
    })
    const badge = row.findAll('.badge').find((b) => b.text() === 'Indicative')
    expect(badge).toBeDefined()
    expect(badge!.attributes('lang')).toBeUndefined()
    expect(row.text()).not.toContain('预期性')
  })
})
