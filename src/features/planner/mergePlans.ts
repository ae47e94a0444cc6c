/**
 * Two pages of the app (two tabs) editing one visit plan: each autosaves the whole plan, so the later save
 * overwrote the earlier one's changes. Merged field by field instead, against the plan both started from.
 */
import { sameJson as same } from '@/shared/sameJson'

import type { VisitPlan } from './types'

/**
 * The plan saved elsewhere (`theirs`) with this page's changes (`mine`, both since `base`) laid over it; null
 * when one field was changed on both sides to different values (or the ticks differ on both): only the
 * person can choose then. `updatedAt` is the saved one's.
 */
export function mergePlans(base: VisitPlan, mine: VisitPlan, theirs: VisitPlan): VisitPlan | null {
  const merged: Record<string, unknown> = { ...theirs }
  const fields = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)])
  fields.delete('updatedAt')
  for (const field of fields) {
    const [b, m, t] = [base, mine, theirs].map((plan) => (plan as unknown as Record<string, unknown>)[field])
    if (same(m, b) || same(m, t)) continue
    if (!same(t, b)) return null
    if (m === undefined) delete merged[field]
    else merged[field] = m
  }
  return merged as unknown as VisitPlan
}
