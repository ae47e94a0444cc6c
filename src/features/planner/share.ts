/**
 * A visit plan in a link, so a colleague can open it: the plan's fields as a URL query. Contact details
 * and notes are left out unless the teacher chooses to include them.
 */
import type { LocationQuery, LocationQueryRaw } from 'vue-router'

import { parseDay } from '@/shared/time'

import { GRADE_BANDS, type GradeBand, type VisitPlan } from './types'

export type SharedPlan = Omit<VisitPlan, 'id' | 'createdAt' | 'updatedAt' | 'done'>

const one = (value: LocationQuery[string] | undefined): string => (typeof value === 'string' ? value : '')
const count = (value: string) => {
  const n = Number(value)
  return Number.isInteger(n) && n >= 0 && n <= 2000 ? n : 0
}
/** The first `max` UTF-16 units, never half an emoji: a lone surrogate made encodeURI throw, and the share box vanish. */
const clip = (s: string, max: number) => s.slice(0, max).replace(/[\uD800-\uDBFF]$/, '')

/**
 * How much of each text a link carries (a link stays short enough for WeChat and a text message). The plan
 * itself keeps more (备注 2 000): the sharer is told what the link leaves out (clippedInLink).
 */
export const LINK_LIMITS = { school: 80, className: 80, notes: 500, contactName: 80, contactPhone: 30 } as const
export type LinkField = keyof typeof LINK_LIMITS

const linkTexts = (plan: SharedPlan, includeContact = false): Partial<Record<LinkField, string>> => ({
  school: plan.school,
  className: plan.className,
  // Notes may name pupils or parents: they travel only with the contact details, when asked.
  ...(includeContact ? { notes: plan.notes, contactName: plan.contact.name, contactPhone: plan.contact.phone } : {}),
})

/** The texts of the plan a link would carry only the beginning of. */
export function clippedInLink(plan: SharedPlan, options: { includeContact?: boolean } = {}): LinkField[] {
  const texts = linkTexts(plan, options.includeContact)
  return (Object.keys(texts) as LinkField[]).filter((f) => texts[f]!.length > LINK_LIMITS[f])
}

/** The query that carries a plan. */
/** `gradeUnset`: no grade chosen yet, none goes into the link (its reader is asked for one, as the teacher was). */
export function planToQuery(plan: SharedPlan, options: { includeContact?: boolean; gradeUnset?: boolean } = {}): LocationQueryRaw {
  const q: LocationQueryRaw = { venue: plan.venueId, students: String(plan.students), teachers: String(plan.teachers) }
  if (!options.gradeUnset) q.grade = plan.grade
  if (plan.date) q.date = plan.date
  if (plan.session) q.session = plan.session
  // As much as the reader's page takes (planFromQuery), no more: the link is what the colleague gets.
  const texts = linkTexts(plan, options.includeContact)
  const PARAM: Record<LinkField, string> = {
    school: 'school',
    className: 'class',
    notes: 'notes',
    contactName: 'contact',
    contactPhone: 'phone',
  }
  for (const f of Object.keys(texts) as LinkField[]) if (texts[f]) q[PARAM[f]] = clip(texts[f]!, LINK_LIMITS[f])
  return q
}

/** The link's date when it is not a real day (`2026-13-45`), to tell the teacher it was dropped. */
export function invalidSharedDate(query: LocationQuery): string | null {
  const date = one(query.date)
  return date && !parseDay(date) ? date.slice(0, 20) : null
}

/** A plan from a shared link; null without a venue. Malformed fields become empty, never an error. */
export function planFromQuery(query: LocationQuery): SharedPlan | null {
  const venueId = one(query.venue)
  if (!/^[a-z0-9-]{1,80}$/.test(venueId)) return null
  const grade = one(query.grade)
  const date = one(query.date)
  const session = one(query.session)
  return {
    venueId,
    grade: (GRADE_BANDS as readonly string[]).includes(grade) ? (grade as GradeBand) : 'junior',
    date: parseDay(date) ?? '',
    session: /^\d{2}:\d{2}-\d{2}:\d{2}$/.test(session) ? session : '',
    students: count(one(query.students)),
    teachers: count(one(query.teachers)),
    school: clip(one(query.school), LINK_LIMITS.school),
    className: clip(one(query.class), LINK_LIMITS.className),
    notes: clip(one(query.notes), LINK_LIMITS.notes),
    contact: { name: clip(one(query.contact), LINK_LIMITS.contactName), phone: clip(one(query.phone), LINK_LIMITS.contactPhone) },
  }
}
