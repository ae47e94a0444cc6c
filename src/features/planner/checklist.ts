/** What a printed visit plan lists: timetable, booking checklist, safety and what-to-bring. */
import type { Venue } from '@/shared/types'
import { UNKNOWN_TEXT } from './finder'
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

/** Checklists for the plan; venue rules that are unknown become "confirm with the venue" items. */
export function buildChecklist(plan: Pick<VisitPlan, 'date' | 'contact'>, venue: Venue): VisitChecklist {
  const b = venue.booking
  const booking: ChecklistItem[] = []
  if (b?.required === true) {
    booking.push({
      id: 'book',
      text: `预约：${b.note ?? '按场馆要求预约'}${b.leadDays !== undefined ? `（至少提前${b.leadDays}天）` : ''}`,
    })
  } else if (b?.required === false) {
    booking.push({ id: 'book', text: '无需预约；出发前再确认当天开放' })
  } else {
    booking.push({ id: 'book', text: `是否需要预约：${UNKNOWN_TEXT}` })
  }
  if (b?.letterRequired) booking.push({ id: 'letter', text: '学校公函（加盖公章），预约时提交' })
  else if (b?.letterRequired === undefined && b?.required !== false) booking.push({ id: 'letter', text: `是否需要公函：${UNKNOWN_TEXT}` })
  booking.push({ id: 'roster', text: '学生和带队老师名单（姓名、班级、紧急联系人）' })
  const contact = [plan.contact.name, plan.contact.phone].filter(Boolean).join(' ')
  booking.push({ id: 'contact', text: contact ? `联系人：${contact}（告知场馆）` : '指定一名联系人并告知场馆' })
  booking.push({ id: 'consent', text: '学校审批和家长知情同意书' })
  booking.push({ id: 'transport', text: '往返交通（车辆、出发和返程时间）' })

  const month = monthOf(plan.date)
  const winter = month >= 11 || (month >= 1 && month <= 3)
  const summer = month >= 6 && month <= 8
  const safety: ChecklistItem[] = [
    { id: 'briefing', text: '出发前讲清参观纪律和安全注意事项' },
    { id: 'groups', text: '分组，每组指定负责老师和组长' },
    { id: 'headcount', text: '出发、到达、离馆、返校各清点一次人数' },
    { id: 'meeting', text: '约定集合地点，以及走散后的联系办法' },
    { id: 'health', text: '了解学生过敏和健康情况，带好急救包' },
  ]
  if (winter) safety.push({ id: 'weather', text: '冬季：注意保暖，路面防滑' })
  else if (summer) safety.push({ id: 'weather', text: '夏季：防晒、多补水' })
  else safety.push({ id: 'weather', text: '出发前查看天气预报' })

  const bring: ChecklistItem[] = [
    { id: 'badge', text: '学生证或校牌' },
    { id: 'task', text: '研学任务单、笔和记录本' },
    { id: 'water', text: '饮用水（馆内能否饮食请向场馆确认）' },
    { id: 'clothes', text: winter ? '厚外套、帽子、手套' : summer ? '遮阳帽、防晒用品' : '合适的衣物和鞋' },
  ]
  if (b?.required === true) bring.push({ id: 'booking-proof', text: '预约凭证（截图或短信）' })
  if (b?.letterRequired) bring.push({ id: 'letter-copy', text: '公函原件或复印件' })
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
  if (!plan.date) return '参观时间待定（还没有选择日期）'
  if (sessions === null || sessions === undefined) return `参观时间待定（开放时间${UNKNOWN_TEXT}）`
  if (!sessions.length) return '当天闭馆，请改选开放日'
  return `参观时间待定（请选择场次：${sessions.map((s) => s.replace('-', '–')).join('、')}，北京时间）`
}

/**
 * Arrival, visit and departure around the session (Beijing time); travel time is the school's to add.
 * Without a session, the row says why, consistently with the venue's published sessions for that day.
 */
export function buildTimetable(plan: Pick<VisitPlan, 'session' | 'date'>, sessions?: string[] | null): TimetableRow[] {
  const m = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(plan.session)
  if (!m) return [{ time: '待定', text: pendingText(plan, sessions) }]
  const [, start, end] = m as unknown as [string, string, string]
  return [
    { time: hhmm(Math.max(0, minutes(start) - 30)), text: '到达场馆，清点人数，分组' },
    // A time typed for a venue that publishes no sessions is the school's, to be confirmed, not a session.
    { time: `${start}–${end}`, text: sessions === null ? '参观（时间需与场馆确认，开放时间未公布）' : '参观（场次）' },
    { time: end, text: '离馆集合，清点人数，返程' },
  ]
}
