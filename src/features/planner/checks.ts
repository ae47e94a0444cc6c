/**
 * Checks of a class visit against what is known about the venue: opening days and sessions, booking
 * lead time (from today in Beijing time), group-size limits and crowded days. Every problem says what
 * to do instead; what the venue does not publish is a warning to confirm, never a pass or an error.
 */
import type { EventItem, Venue, VenueClosure } from '@/shared/types'
import { addDays, daysBetween, dayOf, formatMonthDay, formatWeekday } from '@/shared/time'
import { describeHours, isOpenOnDay, parseHours, type ParsedHours } from '@/shared/hours'
import { GRADE_INFO, type VisitPlan } from './types'

export type IssueLevel = 'error' | 'warning' | 'info'

export type IssueFix = { kind: 'dates'; days: string[] } | { kind: 'split'; groups: number[] }

export interface PlanIssue {
  /** Stable id, e.g. `closed`, `lead`, `size-max`. */
  id: string
  level: IssueLevel
  /** What is wrong, in one plain sentence. */
  text: string
  /** What to do instead. */
  advice?: string
  fix?: IssueFix
}

/** How far ahead suggestions look. */
const SEARCH_DAYS = 60

/** `11月30日（周一）` */
export const formatDayShort = (day: string) => `${formatMonthDay(day)}（${formatWeekday(day)}）`

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`

type WeeklyHours = Extract<ParsedHours, { kind: 'weekly' }>

/** The venue's parsed hours, or null when it publishes none (or uses syntax the parser does not cover). */
export function venueHours(venue: Venue): WeeklyHours | null {
  if (!venue.hours.osm) return null
  const parsed = parseHours(venue.hours.osm)
  return parsed.kind === 'weekly' ? parsed : null
}

/** Plain-language hours, or null when unknown. */
export function hoursLines(venue: Venue): string[] | null {
  const hours = venueHours(venue)
  return hours ? describeHours(hours) : null
}

/** The venue's published temporary closure covering `day` (Beijing), or null. */
export function closureOn(venue: Pick<Venue, 'closures'>, day: string): VenueClosure | null {
  return venue.closures.find((c) => c.start <= day && day <= c.end) ?? null
}

/**
 * Can a visit take place on `day` as far as the venue publishes: not in a published closure and, when
 * weekly hours are known, an open day. Unknown hours do not forbid a day (the plan warns to confirm).
 */
export function isVisitDay(venue: Venue, day: string): boolean {
  if (closureOn(venue, day)) return false
  const hours = venueHours(venue)
  return !hours || isOpenOnDay(hours, day) !== false
}

/** Sessions (`11:00-13:30`) the venue is open on a day; [] when closed (weekly or a published closure), null when hours are unknown. */
export function sessionsOn(venue: Venue, day: string): string[] | null {
  if (closureOn(venue, day)) return []
  const hours = venueHours(venue)
  if (!hours) return null
  if (!isOpenOnDay(hours, day)) return []
  return hours.week[new Date(`${day}T00:00:00Z`).getUTCDay()]!.map(([a, b]) => `${hhmm(a)}-${hhmm(b)}`)
}

/** First day a visit can take place given the venue's booking lead time (today when none is published). */
export function earliestDay(venue: Venue, today: string): string {
  return addDays(today, venue.booking?.leadDays ?? 0)
}

/** Day-precise, not-cancelled events on `day` at the venue or anywhere in its region: crowds to expect. */
export function crowdedEvents(events: EventItem[], venue: Venue, day: string): EventItem[] {
  return events.filter(
    (e) =>
      e.datePrecision === 'day' &&
      e.status !== 'cancelled' &&
      (e.venue === venue.id || e.region === venue.region) &&
      dayOf(e.start) <= day &&
      dayOf(e.end) >= day,
  )
}

export interface SuggestOptions {
  venue: Venue
  today: string
  /** Start looking from this day (it is included). */
  from: string
  count?: number
  /** Days to avoid when possible (e.g. crowded ones). */
  avoid?: (day: string) => boolean
}

/**
 * The next days on which the venue is open, not in a published closure, and the booking lead time is
 * met; avoided days only as a last resort.
 */
export function suggestDates({ venue, today, from, count = 3, avoid }: SuggestOptions): string[] {
  const earliest = earliestDay(venue, today)
  const start = from > earliest ? from : earliest
  const open: string[] = []
  for (let i = 0; i < SEARCH_DAYS; i++) {
    const day = addDays(start, i)
    if (isVisitDay(venue, day)) open.push(day)
  }
  const preferred = avoid ? open.filter((d) => !avoid(d)) : open
  return (preferred.length ? preferred : open).slice(0, count)
}

/** Split `total` people into the fewest groups of at most `max`, as evenly as possible: 45, 30 → [23, 22]. */
export function splitGroups(total: number, max: number): number[] {
  const n = Math.ceil(total / max)
  return Array.from({ length: n }, (_, i) => Math.floor(total / n) + (i < total % n ? 1 : 0))
}

export interface CheckInput {
  plan: Pick<VisitPlan, 'date' | 'session' | 'students' | 'teachers' | 'grade'>
  venue: Venue
  /** Today in Beijing time. */
  today: string
  /** Events loaded around the visit date (any region; filtered here). */
  events: EventItem[]
}

function dateIssues({ plan, venue, today, events }: CheckInput): PlanIssue[] {
  const issues: PlanIssue[] = []
  const avoid = (day: string) => crowdedEvents(events, venue, day).length > 0
  const day = plan.date
  const label = formatDayShort(day)
  if (day < today) {
    issues.push({
      id: 'past',
      level: 'error',
      text: `${label}已经过去。`,
      advice: '请改选以后的日期：',
      fix: { kind: 'dates', days: suggestDates({ venue, today, from: today, avoid }) },
    })
    return issues
  }
  const hours = venueHours(venue)
  const closure = closureOn(venue, day)
  const open = closure ? false : hours ? isOpenOnDay(hours, day) : null
  if (closure) {
    issues.push({
      id: 'closure',
      level: 'error',
      text: `${label}${venue.name}闭馆（场馆公告：${closure.text}）。`,
      advice: '请改到开放日：',
      fix: { kind: 'dates', days: suggestDates({ venue, today, from: day, avoid }) },
    })
  } else if (open === false) {
    issues.push({
      id: 'closed',
      level: 'error',
      text: `${label}${venue.name}闭馆（${describeHours(hours!).join('；')}）。`,
      advice: '请改到开放日：',
      fix: { kind: 'dates', days: suggestDates({ venue, today, from: day, avoid }) },
    })
  } else if (open === null) {
    issues.push({
      id: 'hours-unknown',
      level: 'warning',
      text: `开放时间${'未知，请向场馆确认'}${venue.hours.note ? `（${venue.hours.note}）` : ''}。`,
      advice: '出发前请电话或通过官方渠道确认当天开放。',
    })
  }
  const booking = venue.booking
  const ahead = daysBetween(today, day)
  if (booking?.leadDays !== undefined && ahead < booking.leadDays) {
    issues.push({
      id: 'lead',
      level: 'error',
      text: `${venue.name}需至少提前${booking.leadDays}天预约，${label}来不及预约。`,
      advice: `最早可以安排在：`,
      fix: { kind: 'dates', days: suggestDates({ venue, today, from: day, avoid }) },
    })
  } else if (booking?.required === true && booking.leadDays === undefined) {
    issues.push({
      id: 'lead-unknown',
      level: 'warning',
      text: `需要预约，提前几天预约${'未知，请向场馆确认'}。`,
      advice: '请尽早联系场馆预约。',
    })
  }
  if (open !== false) {
    const crowded = crowdedEvents(events, venue, day)
    if (crowded.length) {
      const others = suggestDates({ venue, today, from: addDays(day, 1), avoid }).filter((d) => !avoid(d))
      issues.push({
        id: 'crowded',
        level: 'warning',
        text: `${label}有${crowded.map((e) => `“${e.title}”${e.status === 'expected' ? '（预计日期）' : ''}`).join('、')}，场馆和周边可能人多。`,
        advice: others.length ? '如想避开，可以改到：' : '如想避开，请另选日期。',
        fix: others.length ? { kind: 'dates', days: others } : undefined,
      })
    }
  }
  return issues
}

function sessionIssues({ plan, venue }: CheckInput): PlanIssue[] {
  const sessions = sessionsOn(venue, plan.date)
  if (!sessions?.length) return []
  if (!plan.session)
    return [{ id: 'session', level: 'error', text: '还没有选择场次。', advice: `当天场次（北京时间）：${sessions.join('、')}。` }]
  if (!sessions.includes(plan.session)) {
    return [
      {
        id: 'session',
        level: 'error',
        text: `所选时段 ${plan.session} 不是当天的场次。`,
        advice: `请改选：${sessions.join('、')}（北京时间）。`,
      },
    ]
  }
  return []
}

function groupIssues({ plan, venue }: CheckInput): PlanIssue[] {
  const issues: PlanIssue[] = []
  const total = plan.students + plan.teachers
  if (plan.students < 1) issues.push({ id: 'students', level: 'error', text: '请填写学生人数。' })
  if (plan.teachers < 1) issues.push({ id: 'teachers', level: 'error', text: '至少需要1名带队老师。' })
  const { groupMin, groupMax } = venue.booking ?? {}
  if (!groupMin && !groupMax) {
    if (total > 0)
      issues.push({
        id: 'size-unknown',
        level: 'warning',
        text: `团体人数限制${'未知，请向场馆确认'}。`,
        advice: `预约时说明共${total}人（学生${plan.students}人、老师${plan.teachers}人）。`,
      })
  } else if (groupMax && total > groupMax) {
    const groups = splitGroups(total, groupMax)
    const sessions = plan.date ? (sessionsOn(venue, plan.date) ?? []) : []
    const where =
      sessions.length >= groups.length
        ? `可分别预约当天的${sessions.slice(0, groups.length).join('、')}场次，或不同日期`
        : '分别预约不同场次或日期'
    issues.push({
      id: 'size-max',
      // Batches are the normal answer for a class larger than a venue's group limit: the plan still fits.
      level: 'info',
      text: `共${total}人（学生${plan.students}人、老师${plan.teachers}人），超过每批最多${groupMax}人：分 ${groups.length} 批，每批 ≤ ${groupMax} 人。`,
      advice: `请分成${groups.length}批：${groups.map((n) => `${n}人`).join('、')}，每批至少1名老师，${where}。`,
      fix: { kind: 'split', groups },
    })
  } else if (groupMin && total > 0 && total < groupMin) {
    issues.push({
      id: 'size-min',
      level: 'warning',
      text: `共${total}人，少于团体最少${groupMin}人。`,
      advice: '可按个人参观预约，或与其他班级合并成团。',
    })
  }
  return issues
}

function venueIssues({ plan, venue }: CheckInput): PlanIssue[] {
  const issues: PlanIssue[] = []
  const { audience, label } = GRADE_INFO[plan.grade]
  if (!venue.audiences.includes(audience))
    issues.push({
      id: 'audience',
      level: 'warning',
      text: `${venue.name}未列出面向${label}的内容。`,
      advice: '请向场馆确认是否适合这个年级。',
    })
  if (venue.booking?.required === 'unknown' || !venue.booking)
    issues.push({ id: 'booking-unknown', level: 'warning', text: `是否需要预约${'未知，请向场馆确认'}。` })
  if (venue.fee === 'unknown')
    issues.push({
      id: 'fee-unknown',
      level: 'warning',
      text: `费用${'未知，请向场馆确认'}${venue.feeNote ? `（${venue.feeNote}）` : ''}。`,
    })
  if (venue.location.precision !== 'exact')
    issues.push({ id: 'location', level: 'info', text: venue.location.note ?? '位置为大致位置，请以场馆公布地址为准。' })
  return issues
}

const ORDER: Record<IssueLevel, number> = { error: 0, warning: 1, info: 2 }

/** Every problem with the plan, errors first. */
export function checkPlan(input: CheckInput): PlanIssue[] {
  const dated = input.plan.date
    ? [...dateIssues(input), ...sessionIssues(input)]
    : [
        {
          id: 'date',
          level: 'error' as const,
          text: '还没有选择日期。',
          advice: '最近可以安排的日期：',
          fix: { kind: 'dates' as const, days: suggestDates({ venue: input.venue, today: input.today, from: input.today }) },
        },
      ]
  return [...dated, ...groupIssues(input), ...venueIssues(input)].sort((a, b) => ORDER[a.level] - ORDER[b.level])
}
