/** Target values as users read them, qualifiers included: `13%以上`, `力争14%`, `不低于2个`. */
import type { Target, TargetValue } from '@/shared/types'

function number(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)))
}

/** A value with its unit and qualifier. */
export function formatTargetValue(value: TargetValue | { value: number; qualifier?: TargetValue['qualifier'] }, unit: string): string {
  const text = `${number(value.value)}${unit}`
  switch (value.qualifier) {
    case '以上':
      return `${text}以上`
    case '力争':
      return `力争${text}`
    case '不低于':
      return `不低于${text}`
    case '约':
      return `约${text}`
    case '累计':
      return `累计${text}`
    default:
      return text
  }
}

/** Is the target year over without a known outcome? Plans publish goals, not results. */
export function outcomeUnknown(target: Target, currentYear: number): boolean {
  return !!target.target && target.target.year <= currentYear && target.scope === 'plan'
}

/** Share of the way from baseline to target, 0–1, for a progress bar; null without both ends. */
export function baselineShare(target: Target): number | null {
  if (!target.baseline || !target.target || target.target.value <= 0) return null
  return Math.max(0, Math.min(1, target.baseline.value / target.target.value))
}
