/** Target values as users read them, qualifiers included: `13%以上`, `力争14%`, `力争1.6件以上`, `不低于2个`. */
import '@/i18n/zh-CN/targets'

import { locale, t } from '@/i18n'
import type { Qualifier, Target, TargetGroup } from '@/shared/types'

function number(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)))
}

const QUALIFIER_KEY = {
  以上: 'atLeast',
  力争: 'aim',
  力争以上: 'aimAtLeast',
  突破: 'beyond',
  力争突破: 'aimBeyond',
  不低于: 'noLess',
  约: 'about',
  累计: 'total',
} as const satisfies Record<Qualifier, string>

/** Signs for the chart's labels outside Chinese, whose words for the qualifiers do not fit beside a point. */
const QUALIFIER_SIGN: Partial<Record<Qualifier, string>> = { 以上: '≥', 力争以上: '≥', 不低于: '≥', 突破: '>', 力争突破: '>', 约: '≈' }

/**
 * A value with its unit and qualifier, in the reader's language (a language without the words shows the
 * Chinese). `compact`: signs instead of words outside Chinese (≥13%), for the chart; its table says it whole.
 */
export function formatTargetValue(
  value: { value: number; qualifier?: Qualifier | null },
  unit: string,
  { compact = false }: { compact?: boolean } = {},
): string {
  const text = `${number(value.value)}${unit}`
  if (!value.qualifier) return text
  if (compact && locale.code !== 'zh-CN') return `${QUALIFIER_SIGN[value.qualifier] ?? ''}${text}`
  return t(`targets.value.${QUALIFIER_KEY[value.qualifier]}`, { v: text })
}

/**
 * Where a target stands today. Plans publish goals, not results, so a target whose year is over is
 * `ended` (outcome not published), never "met".
 * - `open`: the target year has not ended yet
 * - `ended`: the target year is over; the outcome is unknown
 * - `statistic`: a figure the plan reports, with no target
 * - `reference`: a national figure for comparison (general knowledge)
 */
export type TargetStatus = 'open' | 'ended' | 'statistic' | 'reference'

export function targetStatus(target: Target, currentYear: number): TargetStatus {
  if (target.scope === 'national') return 'reference'
  if (!target.target) return 'statistic'
  return target.target.year < currentYear ? 'ended' : 'open'
}

/** Is the target year over without a known outcome? */
export function outcomeUnknown(target: Target, currentYear: number): boolean {
  return targetStatus(target, currentYear) === 'ended'
}

/**
 * The content notes repeat "这是2025年目标，完成情况未公布。"; the row already shows that as a notice,
 * so the note drops the sentence. Returns null when nothing is left.
 */
export function noteWithoutOutcome(note: string | null | undefined): string | null {
  const rest = (note ?? '').replace(/这是\d{4}年目标，完成情况未公布。?/g, '').trim()
  return rest || null
}

/** The one figure that sums a target up in a table cell: its target, else its latest reported value. */
export interface Headline {
  /** `2025年目标`, `2030年力争`, `2020年记载` */
  label: string
  value: string
  /** `13%以上，力争14%` when there is a stretch goal. */
  extra?: string
}

export function headline(target: Target): Headline | null {
  const unit = target.unit
  if (target.target) {
    return {
      label: `${target.target.year}年目标`,
      value: formatTargetValue(target.target, unit),
      ...(target.stretch ? { extra: formatTargetValue(target.stretch, unit) } : {}),
    }
  }
  const last = target.observations.at(-1)
  if (last) return { label: `${last.year}年${target.scope === 'national' ? '调查' : '记载'}`, value: formatTargetValue(last, unit) }
  if (target.baseline) return { label: `${target.baseline.year}年基线`, value: formatTargetValue(target.baseline, unit) }
  return null
}

/** The themes of 科普 indicators that can be compared across regions, in display order. */
export const COMPARE_THEMES = [
  { id: 'literacy', label: '公民科学素质', match: (t: Target) => t.group === '科学素质' },
  { id: 'bases', label: '科普教育基地和场馆', match: (t: Target) => /科普教育基地(?!接待)|科技馆(?!累计)|科技特色学校/.test(t.indicator) },
  { id: 'volunteers', label: '科普志愿者和科技特派员', match: (t: Target) => /志愿者|特派员|信息员/.test(t.indicator) },
  { id: 'people', label: '科技辅导员、讲解员和科普人才', match: (t: Target) => /辅导员|讲解员|先进|优秀|最美|带头人/.test(t.indicator) },
  { id: 'activities', label: '科普活动和培训', match: (t: Target) => /活动|培训|大篷车|资料|接待|服务人次|期次/.test(t.indicator) },
  { id: 'media', label: '科普e站和信息化', match: (t: Target) => /e”站|电子大屏|机顶盒|APP/.test(t.indicator) },
] as const

export type CompareThemeId = (typeof COMPARE_THEMES)[number]['id']

/** The compare theme of a 科学素质 or 科普 target, or null for targets outside them (创新 indicators). */
export function compareTheme(target: Target): CompareThemeId | null {
  if (target.group === '创新') return null
  return COMPARE_THEMES.find((theme) => theme.match(target))?.id ?? null
}

/** A region's 科学素质 and 科普 targets sorted into the compare themes (each target in one theme). */
export function compareRows(targets: Target[], regions: string[]): { theme: CompareThemeId; label: string; cells: Target[][] }[] {
  return COMPARE_THEMES.map((theme) => ({
    theme: theme.id,
    label: theme.label,
    cells: regions.map((region) => targets.filter((t) => t.scope === 'plan' && t.region === region && compareTheme(t) === theme.id)),
  }))
}

export const GROUP_ORDER: readonly TargetGroup[] = ['科学素质', '科普', '创新']
