/** A visit as an iCalendar file (RFC 5545), written by the app's one .ics writer. */
import { type IcsEntry, writeIcs } from '@/shared/ics'
import { addDays } from '@/shared/time'
import type { Venue } from '@/shared/types'

import { buildChecklist } from './checklist'
import { gradeLabel, type VisitPlan } from './types'

/** Stable UID per plan, so importing again updates the phone calendar entry instead of duplicating it. */
export const visitUid = (plan: Pick<VisitPlan, 'id'>) => `visit-${plan.id.replace(/[^\w.-]+/g, '-')}@kepu-xinjiang`

export function visitToIcs(plan: VisitPlan, venue: Venue, regionName: string): string {
  const m = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(plan.session)
  const checklist = buildChecklist(plan, venue)
  const event = {
    uid: visitUid(plan),
    summary: `学校参观：${venue.name}（${[plan.className, gradeLabel(plan.grade)].filter(Boolean).join('，')}）`,
    location: venue.location.address ?? `${regionName} ${venue.name}（大致位置，请以场馆公布地址为准）`,
    description: [
      `学生${plan.students}人，带队老师${plan.teachers}人`,
      ...(plan.contact.name || plan.contact.phone ? [`联系人：${[plan.contact.name, plan.contact.phone].filter(Boolean).join(' ')}`] : []),
      `预约：${checklist.booking.map((i) => i.text).join('；')}`,
      '时间为北京时间',
    ].join('\n'),
  }
  const entry: IcsEntry = m
    ? { ...event, start: `${plan.date}T${m[1]}:00+08:00`, end: `${plan.date}T${m[2]}:00+08:00`, allDay: false }
    : { ...event, start: plan.date, end: addDays(plan.date, 1), allDay: true }
  return writeIcs({ name: '科普新疆 · 学校参观' }, [entry])
}
