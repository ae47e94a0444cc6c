/** UI text of the targets feature (zh-CN). Owned by that feature; add keys here, not in zh-CN.ts. */
export const targets = {
  title: '目标与规划',
  intro: '五份规划中关于科学素质和科普的目标。2025年到期的目标完成情况未公布。',
  baseline: '基线',
  target: '目标',
  stretch: '力争',
  unknownOutcome: '{year}年目标，完成情况未公布',
  national: '全国',
  plans: '规划',
} as const
