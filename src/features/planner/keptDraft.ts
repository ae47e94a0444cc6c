/**
 * A new (or shared) plan's form, kept in the tab until it is saved: a teacher who typed the class, the contact
 * and the notes, then tapped another tab of the app (or changed the language, which reloads the page) came back
 * to an empty form. Kept for the history entry the form was typed in (an id in history.state): Back and a reload
 * find it, a new visit of the same link starts afresh. In sessionStorage, for the tab's session (a browser may
 * keep that for session restore); a saved plan forgets its draft.
 */
import { visitPlanSchema } from '@/shared/userRecords'

import type { VisitPlan } from './types'

const key = (entry: string) => `kpxj:visit-draft:${entry}`
/** The field of history.state that names the entry's draft. */
const ENTRY_FIELD = 'kpxjVisitDraft'

/** The current history entry's draft id, made (and written into history.state) when `make` and none is there. */
export function draftEntry(make: boolean): string | null {
  const state = (history.state ?? {}) as Record<string, unknown>
  const entry = state[ENTRY_FIELD]
  if (typeof entry === 'string') return entry
  if (!make) return null
  const made = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  try {
    history.replaceState({ ...state, [ENTRY_FIELD]: made }, '')
  } catch {
    return null
  }
  return made
}

export interface KeptDraft {
  plan: VisitPlan
  /** The form still asks for the grade (the link named none, and none was chosen). */
  gradeUnset: boolean
}

/** The draft kept for this entry, if any and still a plan the store would take. */
export function recallDraft(entry: string): KeptDraft | null {
  try {
    const kept = JSON.parse(sessionStorage.getItem(key(entry)) ?? 'null') as { plan?: unknown; gradeUnset?: unknown } | null
    const plan = visitPlanSchema.safeParse(kept?.plan)
    return plan.success ? { plan: plan.data as VisitPlan, gradeUnset: kept?.gradeUnset === true } : null
  } catch {
    return null
  }
}

export function keepDraft(entry: string, draft: KeptDraft): void {
  try {
    sessionStorage.setItem(key(entry), JSON.stringify(draft))
  } catch {
    // Storage off or full (a private window): the form works as before, only not kept across pages.
  }
}

export function forgetDraft(entry: string): void {
  try {
    sessionStorage.removeItem(key(entry))
  } catch {
    // As above.
  }
}
