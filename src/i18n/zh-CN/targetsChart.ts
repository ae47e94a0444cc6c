/**
 * The Chinese text of the targets chart, added to the dictionary when the chart module loads (it imports
 * this file), so the first route does not carry it; like zh-CN/lazy.ts for the planner and volunteer pages.
 */
import { zhCN } from '../zh-CN'

export const chart = {
  label: '{name} {value}',
  sentence: '{name}：{points}。',
  point: {
    baseline: '{year}年基线{value}',
    target: '{year}年目标{value}',
    stretch: '{year}年更高目标{value}',
    observation: '{year}年{value}',
  },
} as const

Object.assign(zhCN.targets, { chart })
