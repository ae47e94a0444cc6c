import type { Target } from '@/shared/types'

/** A plan target with sensible defaults; override what a test is about. */
export function makeTarget(overrides: Partial<Target> = {}): Target {
  return {
    id: 'alpha-literacy',
    plan: 'alpha-15',
    scope: 'plan',
    region: 'alpha',
    group: '科学素质',
    indicator: '公民具备科学素质的比例',
    wording: '公民具备科学素质比例',
    unit: '%',
    baseline: null,
    target: null,
    stretch: null,
    observations: [],
    nature: null,
    note: null,
    sources: [{ plan: 'alpha-15', section: '第二章', lines: '31' }],
    ...overrides,
  }
}

export const shuanghe = makeTarget({
  id: 'shuanghe-science-literacy',
  plan: 'shuanghe-15',
  region: 'shuanghe',
  baseline: { value: 12.5, year: 2024 },
  target: { value: 17, year: 2030, qualifier: '力争' },
})
export const changji = makeTarget({
  id: 'changji-science-literacy',
  plan: 'changji-14',
  region: 'changji',
  target: { value: 13, year: 2025, qualifier: '以上' },
  stretch: { value: 14, year: 2025, qualifier: '力争' },
})
export const survey = makeTarget({
  id: 'national-science-literacy-survey',
  plan: undefined,
  scope: 'national',
  region: undefined,
  observations: [
    { year: 2020, value: 10.56 },
    { year: 2022, value: 12.93 },
    { year: 2023, value: 14.14 },
    { year: 2024, value: 15.37 },
  ],
  sources: [{ general: '中国科协调查' }],
})
export const outline2025 = makeTarget({
  id: 'national-outline-2025',
  plan: undefined,
  scope: 'national',
  region: undefined,
  target: { value: 15, year: 2025, qualifier: '以上' },
  sources: [{ general: '纲要' }],
})
export const outline2035 = makeTarget({
  id: 'national-outline-2035',
  plan: undefined,
  scope: 'national',
  region: undefined,
  target: { value: 25, year: 2035 },
  sources: [{ general: '纲要' }],
})
