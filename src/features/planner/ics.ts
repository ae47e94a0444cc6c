/** A visit as an iCalendar file (RFC 5545), written by the app's one .ics writer. */
import { t } from '@/i18n'
import { type IcsEntry, writeIcs } from '@/shared/ics'
import { addDays } from '@/shared/time'
import type { Venue } from '@/shared/types'

import { buildChecklist } from './checklist'
import { sessionInstants } from './checks'
import { gradeLabel, type VisitPlan } from './types'
import { venueName } from './venueName'

/** Stable UID per plan, so importing again updates the phone calendar entry instead of duplicating it. */
export const visitUid = (plan: Pick<VisitPlan, 'id'>) => `visit-${plan.id.replace(/[^\w.-]+/g, '-')}@kepu-xinjiang`

/** `gradeUnset`: no grade chosen yet (a new plan from the finder on 不限), none is written. */
export function visitToIcs(plan: VisitPlan, venue: Venue, regionName: string, { gradeUnset = false } = {}): string {
  const session = sessionInstants(plan)
  const checklist = buildChecklist(plan, venue)
  const who = [plan.className, gradeUnset ? '' : gradeLabel(plan.grade)].filter(Boolean).join(t('planner.icsFile.listSep'))
  const contact = [plan.contact.name, plan.contact.phone].filter(Boolean).join(' ')
  const event = {
    uid: visitUid(plan),
    summary: who
      ? t('planner.icsFile.summary', { title: t('planner.title'), venue: venueName(venue), who })
      : t('planner.plan.titleVenue', { title: t('planner.title'), venue: venueName(venue) }),
    location: venue.location.address ?? t('planner.icsFile.approximate', { region: regionName, venue: venue.name }),
    description: [
      t('planner.icsFile.people', { students: plan.students, teachers: plan.teachers }),
      ...(contact ? [t('planner.icsFile.contact', { contact })] : []),
      t('planner.icsFile.booking', { items: checklist.booking.map((i) => i.text).join(t('planner.icsFile.itemSep')) }),
      t('planner.icsFile.beijing'),
    ].join('\n'),
  }
  const entry: IcsEntry = session
    ? { ...event, ...session, allDay: false }
    : { ...event, start: plan.date, end: addDays(plan.date, 1), allDay: true }
  return writeIcs({ name: `${t('app.name')} · ${t('planner.title')}` }, [entry])
}
