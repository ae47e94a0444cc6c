import { describe, expect, it } from 'vitest'

import { planCitations, planEventsByPhase, planTargetsByGroup } from '@/features/targets/plan'
import type { PlanEventRef } from '@/shared/types'

import { makeTarget } from '../builders'

const event = (id: string, start: string, end = start): PlanEventRef => ({
  id,
  title: id,
  kind: '科技活动周',
  start,
  end,
  datePrecision: 'day',
  status: 'expected',
  region: 'alpha',
})

describe('planEventsByPhase', () => {
  it('lists current events soonest first and past ones latest first', () => {
    const { current, past } = planEventsByPhase(
      [
        event('week-2025', '2025-05-24', '2025-05-31'),
        event('winter', '2026-11-15', '2027-03-31'),
        event('week-2027', '2027-05-22'),
        event('week-2024', '2024-05-25'),
      ],
      '2026-11-26',
    )
    expect(current.map((e) => e.id)).toEqual(['winter', 'week-2027'])
    expect(past.map((e) => e.id)).toEqual(['week-2025', 'week-2024'])
  })

  it('puts ended period- and year-long work under history (回顾), never under current or past', () => {
    const period = {
      ...event('community-2016-2020', '2016-01-01', '2020-12-31'),
      datePrecision: 'period' as const,
      status: 'confirmed' as const,
    }
    const camp = { ...event('camp-2021-2025', '2021-01-01', '2025-12-31'), datePrecision: 'period' as const }
    const running = { ...event('camp-2026-2030', '2026-01-01', '2030-12-31'), datePrecision: 'period' as const }
    const { current, history, past } = planEventsByPhase(
      [period, camp, running, event('week-2025', '2025-05-24', '2025-05-31')],
      '2026-12-01',
    )
    expect(history.map((e) => e.id)).toEqual(['camp-2021-2025', 'community-2016-2020'])
    expect(current.map((e) => e.id)).toEqual(['camp-2026-2030'])
    expect(past.map((e) => e.id)).toEqual(['week-2025'])
  })
})

describe('planTargetsByGroup', () => {
  it('groups a plan’s targets in 科学素质, 科普, 创新 order and skips empty groups', () => {
    const targets = [
      makeTarget({ id: 'c', group: '创新' }),
      makeTarget({ id: 'a', group: '科学素质' }),
      makeTarget({ id: 'other', plan: 'beta-14', group: '科普' }),
    ]
    expect(planTargetsByGroup(targets, 'alpha-15').map((g) => [g.group, g.targets.map((t) => t.id)])).toEqual([
      ['科学素质', ['a']],
      ['创新', ['c']],
    ])
  })
})

describe('planCitations', () => {
  it('collects the places in the text the app cites, in line order, with what cites them', () => {
    const citations = planCitations('alpha-15', [
      {
        label: '目标甲',
        to: '/targets#target-a',
        sources: [
          { plan: 'alpha-15', section: '第二章', lines: '31' },
          { plan: 'alpha-15', section: '第一章', lines: '6-10' },
        ],
      },
      { label: '场馆乙', to: '/venues/b', sources: [{ plan: 'alpha-15', section: '第二章', lines: '31' }, { general: '常识' }] },
      { label: '别的规划', to: '/targets#target-c', sources: [{ plan: 'beta-14', section: '一、', lines: '2' }] },
    ])
    expect(citations).toEqual([
      { section: '第一章', lines: '6-10', line: 6, items: [{ label: '目标甲', to: '/targets#target-a' }] },
      {
        section: '第二章',
        lines: '31',
        line: 31,
        items: [
          { label: '目标甲', to: '/targets#target-a' },
          { label: '场馆乙', to: '/venues/b' },
        ],
      },
    ])
  })
})
