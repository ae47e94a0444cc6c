/** My shifts as an iCalendar file (RFC 5545), built in the browser; ical-generator loads only when asked. */
import type { MyShift } from './types'

/** Stable UID per shift, so importing the file again updates the phone calendar instead of duplicating. */
export const shiftUid = (shift: Pick<MyShift, 'id'>) => `shift-${shift.id.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '')}@kepu-xinjiang`

export async function shiftsToIcs(shifts: MyShift[]): Promise<string> {
  const { default: ical, ICalCalendarMethod } = await import('ical-generator')
  const calendar = ical({
    name: '科普新疆 · 我的志愿服务',
    prodId: { company: '科普新疆', product: 'kepu-xinjiang', language: 'ZH' },
    method: ICalCalendarMethod.PUBLISH,
  })
  for (const shift of shifts) {
    calendar.createEvent({
      id: shiftUid(shift),
      summary: `志愿服务：${shift.role}（${shift.eventTitle}）`,
      start: new Date(shift.start),
      end: new Date(shift.end),
      location: shift.meetingPoint,
      description: [
        `队伍：${shift.team}`,
        `负责人：${shift.lead}${shift.contact ? `（${shift.contact}）` : ''}`,
        ...(shift.bring.length ? [`携带：${shift.bring.join('、')}`] : []),
        ...(shift.sample ? ['示例排班，以主办方通知为准'] : []),
        '时间为北京时间',
      ].join('\n'),
    })
  }
  return calendar.toString()
}
