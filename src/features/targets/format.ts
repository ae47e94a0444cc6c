/** Target values as users read them, qualifiers included: `13%以上`, `力争14%`, `力争1.6件以上`, `不低于2个`. */
import '@/i18n/zh-CN/targets'

import { locale, type MessagePart, t, tParts } from '@/i18n'
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
const QUALIFIER_SIGN: Partial<Record<Qualifier, string>> = { 以上: '≥', 不低于: '≥', 突破: '>', 约: '≈' }

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
  // A sign only where it says all the qualifier says: 力争 (an aim, not a commitment) and 累计 have none, and
  // 力争17% drawn as ≥17% or 17% read as a firm target.
  const sign = QUALIFIER_SIGN[value.qualifier]
  if (compact && locale.code !== 'zh-CN' && sign && !value.qualifier.startsWith('力争')) return `${sign}${text}`
  return t(`targets.value.${QUALIFIER_KEY[value.qualifier]}`, { v: text })
}

/**
 * formatTargetValue in pieces for a template (BaseMessage): the figure with a Chinese unit (`500场次`, the
 * plan's own word) is marked Chinese inside the reader's qualifier words, so a screen reader reads it whole
 * with a Chinese voice.
 */
export function targetValueParts(value: { value: number; qualifier?: Qualifier | null }, unit: string): MessagePart[] {
  const text = `${number(value.value)}${unit}`
  const zh = locale.code !== 'zh-CN' && /[\u4e00-\u9fff]/.test(unit)
  if (!value.qualifier) return [zh ? { text, zh: true } : { text }]
  return tParts(`targets.value.${QUALIFIER_KEY[value.qualifier]}`, { v: text }, zh ? ['v'] : [])
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
  /** `2025年目标`, `2020年记载` (in the reader's language) */
  label: string
  /** `13%以上` (targetValueParts) */
  value: MessagePart[]
  /** `力争14%` when there is a stretch goal. */
  extra?: MessagePart[]
}

export function headline(target: Target): Headline | null {
  const unit = target.unit
  if (target.target) {
    return {
      label: t('targets.compareHeadline.target', { year: target.target.year }),
      value: targetValueParts(target.target, unit),
      ...(target.stretch ? { extra: targetValueParts(target.stretch, unit) } : {}),
    }
  }
  const last = target.observations.at(-1)
  if (last) {
    const kind = target.scope === 'national' ? 'survey' : 'reported'
    return { label: t(`targets.compareHeadline.${kind}`, { year: last.year }), value: targetValueParts(last, unit) }
  }
  if (target.baseline)
    return { label: t('targets.compareHeadline.baseline', { year: target.baseline.year }), value: targetValueParts(target.baseline, unit) }
  return null
}

/** The themes of 科普 indicators that can be compared across regions, in display order. */
export const COMPARE_THEMES = [
  { id: 'literacy', match: (t: Target) => t.group === '科学素质' },
  { id: 'bases', match: (t: Target) => /科普教育基地(?!接待)|科技馆(?!累计)|科技特色学校/.test(t.indicator) },
  { id: 'volunteers', match: (t: Target) => /志愿者|特派员|信息员/.test(t.indicator) },
  { id: 'people', match: (t: Target) => /辅导员|讲解员|先进|优秀|最美|带头人/.test(t.indicator) },
  { id: 'activities', match: (t: Target) => /活动|培训|大篷车|资料|接待|服务人次|期次/.test(t.indicator) },
  { id: 'media', match: (t: Target) => /e”站|电子大屏|机顶盒|APP/.test(t.indicator) },
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
    label: t(`targets.compareThemes.${theme.id}`),
    cells: regions.map((region) => targets.filter((t) => t.scope === 'plan' && t.region === region && compareTheme(t) === theme.id)),
  }))
}

export const GROUP_ORDER: readonly TargetGroup[] = ['科学素质', '科普', '创新']
