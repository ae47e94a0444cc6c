/** My shifts as an iCalendar file (RFC 5545), written by the app's one .ics writer. */
import { writeIcs } from '@/shared/ics'
import type { MyShift } from '@/shared/userData'

/** Stable UID per shift, so importing the file again updates the phone calendar instead of duplicating. */
export const shiftUid = (shift: Pick<MyShift, 'id'>) => `shift-${shift.id.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '')}@kepu-xinjiang`

export function shiftsToIcs(shifts: MyShift[]): string {
  return writeIcs(
    { name: '科普新疆 · 我的志愿服务' },
    shifts.map((shift) => ({
      uid: shiftUid(shift),
      summary: `志愿服务：${shift.role}（${shift.eventTitle}）`,
      start: shift.start,
      end: shift.end,
      allDay: false,
      location: shift.meetingPoint,
      description: [
        `队伍：${shift.team}`,
        `负责人：${shift.lead}${shift.contact ? `（${shift.contact}）` : ''}`,
        ...(shift.bring.length ? [`携带：${shift.bring.join('、')}`] : []),
        ...(shift.sample ? ['示例排班，以主办方通知为准'] : []),
        '时间为北京时间',
      ].join('\n'),
    })),
  )
}
