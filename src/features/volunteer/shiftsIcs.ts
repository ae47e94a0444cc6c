/** My shifts as an iCalendar file (RFC 5545), written by the app's one .ics writer. */
import { writeIcs } from '@/shared/ics'
import type { MyShift } from '@/shared/userData'

/** Stable UID per shift, so importing the file again updates the phone calendar instead of duplicating. */
export const shiftUid = (shift: Pick<MyShift, 'id'>) => `shift-${shift.id.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '')}@kepu-xinjiang`

/** What a roster left empty is stored as (roster.ts): a calendar entry leaves it out. */
const UNSET = '未填写'
const PREFIX = '志愿服务：'
/** A shift's own words without our prefix: a shift imported from this file again carries it in its title. */
const bare = (text: string) => (text.startsWith(PREFIX) ? text.slice(PREFIX.length) : text)

/** `志愿服务：讲解（科技之冬）`; once only, for a shift whose role is its event's title (one from a phone calendar). */
function summary(shift: MyShift): string {
  const role = bare(shift.role)
  const event = bare(shift.eventTitle)
  return `${PREFIX}${role}${event && event !== role ? `（${event}）` : ''}`
}

export function shiftsToIcs(shifts: MyShift[]): string {
  return writeIcs(
    { name: '科普新疆 · 我的志愿服务' },
    shifts.map((shift) => ({
      uid: shiftUid(shift),
      summary: summary(shift),
      start: shift.start,
      end: shift.end,
      allDay: false,
      location: shift.meetingPoint === UNSET ? '' : shift.meetingPoint,
      description: [
        ...(shift.team && shift.team !== UNSET ? [`队伍：${shift.team}`] : []),
        // A contact without a named lead is still written (as the shift card shows it).
        ...(shift.lead !== UNSET || shift.contact ? [`负责人：${shift.lead}${shift.contact ? `（${shift.contact}）` : ''}`] : []),
        ...(shift.bring.length ? [`携带：${shift.bring.join('、')}`] : []),
        ...(shift.sample ? ['示例排班，以主办方通知为准'] : []),
        '时间为北京时间',
      ].join('\n'),
    })),
  )
}
