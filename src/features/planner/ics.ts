/** A visit as an iCalendar file (RFC 5545), built in the browser; ical-generator loads only when asked. */
import type { Venue } from '@/shared/types'
import { addDays } from '@/shared/time'
import { buildChecklist } from './checklist'
import { GRADE_INFO, type VisitPlan } from './types'

/** Stable UID per plan, so importing again updates the phone calendar entry instead of duplicating it. */
export const visitUid = (plan: Pick<VisitPlan, 'id'>) => `visit-${plan.id.replace(/[^\w.-]+/g, '-')}@kepu-xinjiang`

export async function visitToIcs(plan: VisitPlan, venue: Venue, regionName: string): Promise<string> {
  const { default: ical, ICalCalendarMethod } = await import('ical-generator')
  const calendar = ical({
    name: '科普新疆 · 学校参观',
    prodId: { company: '科普新疆', product: 'kepu-xinjiang', language: 'ZH' },
    method: ICalCalendarMethod.PUBLISH,
  })
  const m = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(plan.session)
  const checklist = buildChecklist(plan, venue)
  const event = {
    id: visitUid(plan),
    summary: `学校参观：${venue.name}（${[plan.className, GRADE_INFO[plan.grade].label].filter(Boolean).join('，')}）`,
    location: venue.location.address ?? `${regionName} ${venue.name}（大致位置，请以场馆公布地址为准）`,
    description: [
      `学生${plan.students}人，带队老师${plan.teachers}人`,
      ...(plan.contact.name || plan.contact.phone ? [`联系人：${[plan.contact.name, plan.contact.phone].filter(Boolean).join(' ')}`] : []),
      `预约：${checklist.booking.map((i) => i.text).join('；')}`,
      '时间为北京时间',
    ].join('\n'),
  }
  if (m)
    calendar.createEvent({ ...event, start: new Date(`${plan.date}T${m[1]}:00+08:00`), end: new Date(`${plan.date}T${m[2]}:00+08:00`) })
  else
    calendar.createEvent({
      ...event,
      allDay: true,
      start: new Date(`${plan.date}T00:00:00Z`),
      end: new Date(`${addDays(plan.date, 1)}T00:00:00Z`),
    })
  return calendar.toString()
}
