import { describe, expect, it } from 'vitest'

import { describeSeries, dodgeLabels, labelWidth, layoutChart, literacySeries, niceDomain, targetPoints } from '@/features/targets/chart'

import { changji, makeTarget, outline2025, outline2035, shuanghe, survey } from '../builders'

const options = { regionNames: { shuanghe: '双河', changji: '昌吉' }, surveyName: '全国调查', outlineName: '纲要目标' }

describe('targetPoints', () => {
  it('gives baseline and target with their qualifiers, in year order', () => {
    expect(targetPoints(shuanghe)).toEqual([
      { year: 2024, value: 12.5, kind: 'baseline', label: '12.5%', short: '12.5%' },
      { year: 2030, value: 17, kind: 'target', label: '力争17%', short: '力争17%' },
    ])
  })
  it('keeps a stretch goal next to its target', () => {
    expect(targetPoints(changji).map((p) => `${p.year} ${p.kind} ${p.label}`)).toEqual(['2025 target 13%以上', '2025 stretch 力争14%'])
  })
})

describe('literacySeries', () => {
  const series = literacySeries([survey, outline2035, shuanghe, changji, outline2025], options)
  it('makes one series per plan, then the national survey and the merged 纲要 targets', () => {
    expect(series.map((s) => [s.name, s.style])).toEqual([
      ['双河', 'plan'],
      ['昌吉', 'plan'],
      ['全国调查', 'survey'],
      ['纲要目标', 'outline'],
    ])
    expect(series[3]!.points.map((p) => p.label)).toEqual(['15%以上', '25%'])
    expect(series[3]!.targetIds).toEqual(['national-outline-2035', 'national-outline-2025'])
  })
  it('leaves out other groups and targets without figures', () => {
    const kepu = makeTarget({ id: 'k', group: '科普', target: { value: 15, year: 2025 } })
    expect(literacySeries([kepu, makeTarget({ id: 'empty' })], options)).toEqual([])
  })
})

describe('niceDomain', () => {
  it('rounds out to the step and leaves room below the lowest value', () => {
    expect(niceDomain([10.56, 25])).toEqual([10, 25])
    expect(niceDomain([10, 17])).toEqual([5, 20])
    expect(niceDomain([0.5, 3], 5)).toEqual([0, 5])
    expect(niceDomain([])).toEqual([0, 5])
  })
})

describe('labelWidth', () => {
  it('counts CJK characters as square and digits as narrow', () => {
    expect(labelWidth('双河', 10)).toBe(20)
    expect(labelWidth('17%', 10)).toBeCloseTo(17.4)
  })
  it('counts the Arabic script near its drawn width, and bidi isolates as nothing', () => {
    // Drawn at 13 px bold in Chromium: 187.5 and 133 user units. Counted square they came to 338 and 237,
    // and the layout pushed them to the chart's far edge, away from their points.
    const survey = labelWidth('\u2068مەملىكەتلىك تەكشۈرۈش\u2069 \u206810.56%\u2069', 13)
    expect(survey).toBeGreaterThan(187.5)
    expect(survey).toBeLessThan(187.5 * 1.2)
    const outline = labelWidth('\u2068پروگرامما نىشانى\u2069 \u2068≥15%\u2069', 13)
    expect(outline).toBeGreaterThan(133)
    expect(outline).toBeLessThan(133 * 1.2)
  })
})

describe('dodgeLabels', () => {
  it('pushes apart labels that share horizontal space', () => {
    const out = dodgeLabels(
      [
        { x: 0, y: 50, anchor: 'start', width: 40 },
        { x: 10, y: 52, anchor: 'start', width: 40 },
      ],
      12,
      0,
      200,
    )
    expect(out[0]!.y).toBe(50)
    expect(out[1]!.y).toBe(62)
  })
  it('leaves labels side by side alone', () => {
    const labels = [
      { x: 0, y: 50, anchor: 'start' as const, width: 20 },
      { x: 100, y: 50, anchor: 'end' as const, width: 20 },
    ]
    expect(dodgeLabels(labels, 12, 0, 200)).toEqual(labels)
  })
  it('moves labels back up from below the bottom edge', () => {
    const out = dodgeLabels(
      [
        { x: 0, y: 95, anchor: 'middle', width: 40 },
        { x: 0, y: 99, anchor: 'middle', width: 40 },
      ],
      12,
      0,
      100,
    )
    expect(Math.max(...out.map((l) => l.y))).toBeLessThanOrEqual(100)
    expect(Math.abs(out[0]!.y - out[1]!.y)).toBeGreaterThanOrEqual(12)
  })
})

describe('layoutChart', () => {
  const series = literacySeries([shuanghe, changji, survey, outline2025, outline2035], options)
  const layout = layoutChart(series, { width: 320, height: 280, fontSize: 13 })

  it('spans the years and values of every series in round steps', () => {
    expect(layout.xTicks.map((t) => t.year)).toEqual([2020, 2025, 2030, 2035])
    expect(layout.yTicks.map((t) => t.value)).toEqual([10, 15, 20, 25])
  })
  it('maps higher values higher up and later years further right', () => {
    const [baseline, goal] = layout.series[0]!.points
    expect(goal!.x).toBeGreaterThan(baseline!.x)
    expect(goal!.y).toBeLessThan(baseline!.y)
    expect(layout.series[0]!.path).toBe(`M${baseline!.x} ${baseline!.y} L${goal!.x} ${goal!.y}`)
  })
  it('draws no line for a series with one year; the stretch goal stands beside the target', () => {
    expect(layout.series[1]!.path).toBe('')
    expect(layout.series[1]!.points.map((p) => p.text)).toEqual(['昌吉 13%以上', '力争14%'])
  })
  it('names each series on its first label and labels the survey at its ends only', () => {
    expect(layout.series[0]!.points[0]!.text).toBe('双河 12.5%')
    expect(layout.series[2]!.points.map((p) => p.text)).toEqual(['全国调查 10.56%', '', '', '15.37%'])
  })
  it('keeps every label on the canvas', () => {
    for (const p of layout.series.flatMap((s) => s.points).filter((p) => p.text)) {
      const w = labelWidth(p.text, 13)
      const left = p.anchor === 'start' ? p.labelX : p.anchor === 'end' ? p.labelX - w : p.labelX - w / 2
      expect(left, p.text).toBeGreaterThanOrEqual(0)
      expect(left + w, p.text).toBeLessThanOrEqual(320)
      expect(p.labelY, p.text).toBeLessThanOrEqual(280)
    }
  })
})

describe('describeSeries', () => {
  it('says every value in words, qualifiers included', () => {
    const text = describeSeries(literacySeries([shuanghe, changji, outline2025], options))
    expect(text).toBe(
      '双河：2024年基线12.5%，2030年目标力争17%。昌吉：2025年目标13%以上，2025年更高目标力争14%。纲要目标：2025年目标15%以上。',
    )
  })
})

describe('layoutChart at the 大字 size', () => {
  it('finishes and keeps labels apart where floating-point rounding once looped for ever', () => {
    const series = literacySeries([shuanghe, changji, survey, outline2025, outline2035], options)
    const layout = layoutChart(series, { width: 270, height: 270, fontSize: 13 })
    const labels = layout.series.flatMap((s) => s.points).filter((p) => p.text)
    expect(labels).toHaveLength(8)
    expect(new Set(labels.map((p) => `${p.labelX},${p.labelY}`)).size).toBe(8)
  })
  it('stops even when labels cannot all be kept apart', () => {
    const crowd = Array.from({ length: 30 }, () => ({ x: 0.1, y: 10.3, anchor: 'start' as const, width: 40 }))
    expect(dodgeLabels(crowd, 13.7, 0, 100)).toHaveLength(30)
  })
})
