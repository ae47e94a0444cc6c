import { describe, expect, it } from 'vitest'

import {
  compareRows,
  compareTheme,
  formatTargetValue,
  headline,
  noteWithoutOutcome,
  outcomeUnknown,
  targetStatus,
} from '@/features/targets/format'
import type { MessagePart } from '@/i18n'
import type { Target } from '@/shared/types'

import { changji, makeTarget, shuanghe, survey } from '../builders'

describe('formatTargetValue', () => {
  it.each([
    [{ value: 13, qualifier: '以上' as const }, '%', '13%以上'],
    [{ value: 14, qualifier: '力争' as const }, '%', '力争14%'],
    [{ value: 1.6, qualifier: '力争以上' as const }, '件', '力争1.6件以上'],
    [{ value: 26, qualifier: '突破' as const }, '亿元', '突破26亿元'],
    [{ value: 650, qualifier: '力争突破' as const }, '家', '力争突破650家'],
    [{ value: 2, qualifier: '不低于' as const }, '个', '不低于2个'],
    [{ value: 500, qualifier: '累计' as const }, '场次', '累计500场次'],
    [{ value: 3, qualifier: '约' as const }, '万人次', '约3万人次'],
    [{ value: 12.5 }, '%', '12.5%'],
    [{ value: 3.666, qualifier: null }, '件', '3.67件'],
  ])('%o in %s reads %s', (value, unit, text) => {
    expect(formatTargetValue(value, unit)).toBe(text)
  })
})

describe('targetStatus', () => {
  it('never calls an ended target met: a 2025 target in 2026 is ended, outcome unknown', () => {
    expect(targetStatus(changji, 2026)).toBe('ended')
    expect(outcomeUnknown(changji, 2026)).toBe(true)
  })
  it('keeps a target open through its own year', () => {
    expect(targetStatus(changji, 2025)).toBe('open')
    expect(targetStatus(shuanghe, 2026)).toBe('open')
    expect(outcomeUnknown(shuanghe, 2026)).toBe(false)
  })
  it('tells reported figures and national references apart', () => {
    expect(targetStatus(makeTarget({ observations: [{ year: 2020, value: 9 }] }), 2026)).toBe('statistic')
    expect(targetStatus(survey, 2026)).toBe('reference')
  })
})

describe('noteWithoutOutcome', () => {
  it('drops the outcome sentence the row already shows', () => {
    expect(noteWithoutOutcome('规划未给出基线值。这是2025年目标，完成情况未公布。')).toBe('规划未给出基线值。')
    expect(noteWithoutOutcome('这是2025年目标，完成情况未公布。')).toBeNull()
    expect(noteWithoutOutcome(null)).toBeNull()
  })
})

describe('headline', () => {
  /** The headline as read: its pieces joined. */
  const read = (target: Target) => {
    const h = headline(target)
    const text = (parts: MessagePart[]) => parts.map((p) => p.text).join('')
    return h && { label: h.label, value: text(h.value), ...(h.extra ? { extra: text(h.extra) } : {}) }
  }
  it('sums a target up with its qualifiers and stretch goal', () => {
    expect(read(changji)).toEqual({ label: '2025年目标', value: '13%以上', extra: '力争14%' })
    expect(read(shuanghe)).toEqual({ label: '2030年目标', value: '力争17%' })
  })
  it('falls back to the latest reported figure, labelled as such', () => {
    const stat = makeTarget({ group: '科普', indicator: '“科普中国·e”站', unit: '个', observations: [{ year: 2020, value: 135 }] })
    expect(read(stat)).toEqual({ label: '2020年记载', value: '135个' })
    expect(read(survey)).toEqual({ label: '2024年调查', value: '15.37%' })
    expect(headline(makeTarget())).toBeNull()
  })
})

describe('compare themes', () => {
  const kepu = (indicator: string) => makeTarget({ group: '科普', indicator })
  it.each([
    ['自治区、自治州级科普教育基地', 'bases'],
    ['微型科技馆', 'bases'],
    ['科普教育基地接待公众人次', 'activities'],
    ['科技馆累计服务人次', 'activities'],
    ['注册科普志愿者', 'volunteers'],
    ['科技特派员', 'volunteers'],
    ['新培养科普讲解员', 'people'],
    ['表彰优秀科技辅导员', 'people'],
    ['“科技之冬”农业实用技术培训场次', 'activities'],
    ['“科普中国·e”站', 'media'],
  ])('%s → %s', (indicator, theme) => {
    expect(compareTheme(kepu(indicator))).toBe(theme)
  })
  it('keeps 创新 indicators out of the comparison', () => {
    expect(compareTheme(makeTarget({ group: '创新', indicator: '高新技术企业数' }))).toBeNull()
  })
  it('puts each region’s targets in its own column and leaves national figures out', () => {
    const rows = compareRows([shuanghe, changji, survey], ['changji', 'shuanghe'])
    const literacy = rows.find((r) => r.theme === 'literacy')!
    expect(literacy.cells.map((cell) => cell.map((x) => x.id))).toEqual([['changji-science-literacy'], ['shuanghe-science-literacy']])
    expect(rows.find((r) => r.theme === 'bases')!.cells).toEqual([[], []])
  })
})
