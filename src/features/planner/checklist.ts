/** What a printed visit plan lists: timetable, booking checklist, safety and what-to-bring. */
// The planner's text is a lazy part of the dictionary: the calendar file (ics.ts) builds this list too.
import '@/i18n/zh-CN/lazy'

import { t } from '@/i18n'
import type { planner } from '@/i18n/zh-CN/planner'
import { dateWords } from '@/shared/time'
import type { Venue } from '@/shared/types'

import { sessionRange } from './checks'
import type { VisitPlan } from './types'

export interface ChecklistItem {
  id: string
  text: string
}

export interface VisitChecklist {
  booking: ChecklistItem[]
  safety: ChecklistItem[]
  bring: ChecklistItem[]
}

/** Month of a `YYYY-MM-DD` day, 1–12; 0 when none. */
const monthOf = (day: string) => (day ? Number(day.slice(5, 7)) : 0)

/** A list item whose text is the message `planner.checklist.<id>`. */
type ItemKey = keyof (typeof planner)['checklist']
const item = (id: string, key: ItemKey = id as ItemKey): ChecklistItem => ({ id, text: t(`planner.checklist.${key}`) })

/** Checklists for the plan; venue rules that are unknown become "confirm with the venue" items. */
export function buildChecklist(plan: Pick<VisitPlan, 'date' | 'contact'>, venue: Venue): VisitChecklist {
  const b = venue.booking
  const booking: ChecklistItem[] = []
  if (b?.required === true) {
    const rule = b.note ?? t('planner.checklist.bookRule')
    booking.push({
      id: 'book',
      text: b.leadDays !== undefined ? t('planner.checklist.bookLead', { rule, n: b.leadDays }) : t('planner.checklist.book', { rule }),
    })
  } else if (b?.required === false) {
    booking.push(item('book', 'noBooking'))
  } else {
    booking.push(item('book', 'bookingUnknown'))
  }
  if (b?.letterRequired) booking.push(item('letter'))
  else if (b?.letterRequired === undefined && b?.required !== false) booking.push(item('letter', 'letterUnknown'))
  booking.push(item('roster'))
  const contact = [plan.contact.name, plan.contact.phone].filter(Boolean).join(' ')
  booking.push(contact ? { id: 'contact', text: t('planner.checklist.contact', { contact }) } : item('contact', 'noContact'))
  booking.push(item('consent'), item('transport'))

  const month = monthOf(plan.date)
  const winter = month >= 11 || (month >= 1 && month <= 3)
  const summer = month >= 6 && month <= 8
  const safety = ['briefing', 'groups', 'headcount', 'meeting', 'health'].map((id) => item(id))
  safety.push(item('weather', winter ? 'winter' : summer ? 'summer' : 'weather'))

  const bring = ['badge', 'task', 'water'].map((id) => item(id))
  bring.push(item('clothes', winter ? 'clothesWinter' : summer ? 'clothesSummer' : 'clothes'))
  if (b?.required === true) bring.push(item('booking-proof', 'bookingProof'))
  if (b?.letterRequired) bring.push(item('letter-copy', 'letterCopy'))
  return { booking, safety, bring }
}

export interface TimetableRow {
  time: string
  text: string
}

const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5))
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`

/**
 * Why the visit time is still open, in words that agree with the hours line of the same plan:
 * `sessions` is what the venue publishes for the plan's day (null: hours unknown, []: closed that day).
 */
function pendingText(plan: Pick<VisitPlan, 'date'>, sessions: string[] | null | undefined): string {
  if (!plan.date) return t('planner.timetable.noDate')
  if (sessions === null || sessions === undefined) return t('planner.timetable.hoursUnknown')
  if (!sessions.length) return t('planner.timetable.closed')
  return t('planner.timetable.pickSession', { sessions: sessions.map(sessionRange).join(dateWords.list) })
}

/**
 * Arrival, visit and departure around the session (Beijing time); travel time is the school's to add.
 * Without a session, the row says why, consistently with the venue's published sessions for that day.
 */
export function buildTimetable(plan: Pick<VisitPlan, 'session' | 'date'>, sessions?: string[] | null): TimetableRow[] {
  const m = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(plan.session)
  if (!m) return [{ time: t('planner.timetable.pending'), text: pendingText(plan, sessions) }]
  const [, start, end] = m as unknown as [string, string, string]
  return [
    { time: hhmm(Math.max(0, minutes(start) - 30)), text: t('planner.timetable.arrive') },
    // A time typed for a venue that publishes no sessions is the school's, to be confirmed, not a session.
    {
      time: sessionRange(plan.session),
      text: sessions === null ? t('planner.timetable.visitUnconfirmed') : t('planner.timetable.visit'),
    },
    { time: end, text: t('planner.timetable.leave') },
  ]
}
