/**
 * A new (or shared) plan's form, kept in the tab until it is saved: a teacher who typed the class, the contact
 * and the notes, then tapped another tab of the app (or changed the language, which reloads the page) came back
 * to an empty form. Kept by the draft's address (its link's query), for the tab's session only: nothing is
 * stored on the phone that the teacher did not save, and a saved plan forgets its draft.
 */
import { visitPlanSchema } from '@/shared/userRecords'

import type { VisitPlan } from './types'

const key = (path: string) => `kpxj:visit-draft:${path}`

export interface KeptDraft {
  plan: VisitPlan
  /** The form still asks for the grade (the link named none, and none was chosen). */
  gradeUnset: boolean
}

/** The draft kept for this address, if any and still a plan the store would take. */
export function recallDraft(path: string): KeptDraft | null {
  try {
    const kept = JSON.parse(sessionStorage.getItem(key(path)) ?? 'null') as { plan?: unknown; gradeUnset?: unknown } | null
    const plan = visitPlanSchema.safeParse(kept?.plan)
    return plan.success ? { plan: plan.data as VisitPlan, gradeUnset: kept?.gradeUnset === true } : null
  } catch {
    return null
  }
}

export function keepDraft(path: string, draft: KeptDraft): void {
  try {
    sessionStorage.setItem(key(path), JSON.stringify(draft))
  } catch {
    // Storage off or full (a private window): the form works as before, only not kept across pages.
  }
}

export function forgetDraft(path: string): void {
  try {
    sessionStorage.removeItem(key(path))
  } catch {
    // As above.
  }
}
