/**
 * Checks of a class visit against what is known about the venue: opening days and sessions, booking
 * lead time (from today in Beijing time), group-size limits and crowded days. Every problem says what
 * to do instead; what the venue does not publish is a warning to confirm, never a pass or an error.
 */
// The planner's text is a lazy part of the dictionary: these checks also run where no planner page is loaded.
import '@/i18n/zh-CN/lazy'

import { t } from '@/i18n'
import { isSeason } from '@/shared/eventFormat'
import { describeHours, isOpenOnDay, type ParsedHours, parseHours } from '@/shared/hours'
import { addDays, dateWords, dayOf, daysBetween, formatFullDay, formatMonthDay, formatWeekday, ltr, weekdayOf } from '@/shared/time'
import type { EventItem, Venue, VenueClosure } from '@/shared/types'

import { GRADE_AUDIENCE, gradeLabel, type VisitPlan } from './types'
import { venueName } from './venueName'

export type IssueLevel = 'error' | 'warning' | 'info'

export type IssueFix = { kind: 'dates'; days: string[] } | { kind: 'split'; groups: number[] }

export interface PlanIssue {
  /** Stable id, e.g. `closed`, `lead`, `size-max`. */
  id: string
  level: IssueLevel
  /** What is wrong, in one plain sentence. */
  text: string
  /**
   * The venue's own words the sentence refers to (a closure notice, its note on hours, fee or location): Chinese
   * content, shown on a line of its own (VisitPlanIssues marks it 中文 in other languages). Put inside the
   * sentence, in Uyghur its brackets and punctuation landed on the wrong side of the line.
   */
  note?: string
  /** What to do instead. */
  advice?: string
  fix?: IssueFix
}

/** How far ahead suggestions look. */
const SEARCH_DAYS = 60

/** `11月30日（周一）` */
/** `11月27日（周五）`; given `today`, with the year when it is another (a link's 2020-01-01 read as this year's 1月1日). */
export const formatDayShort = (day: string, today?: string) =>
  t('planner.check.dayShort', {
    date: today && day.slice(0, 4) !== today.slice(0, 4) ? formatFullDay(day) : formatMonthDay(day),
    weekday: formatWeekday(day),
  })

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

/** A plan's day and session as Beijing instants, or null without a date or a whole session. */
export function sessionInstants(plan: Pick<VisitPlan, 'date' | 'session'>): { start: string; end: string } | null {
  const m = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(plan.session)
  return plan.date && m ? { start: `${plan.date}T${m[1]}:00+08:00`, end: `${plan.date}T${m[2]}:00+08:00` } : null
}

/** A session as the venue publishes it ("09:30-11:30"), written as a range in the reader's language ("09:30–11:30"). */
export function sessionRange(session: string): string {
  const [start = '', end = ''] = session.split('-')
  // Left to right whatever the page's direction: in Uyghur and Kazakh "15:00–17:30" read as 17:30–15:00.
  return ltr(t('planner.timetable.range', { start, end }))
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

/**
 * Day-precise, not-cancelled events on `day` at the venue or anywhere in its region: crowds to expect.
 * A season of more than two weeks (科技之冬 runs from November to March) is not a crowd on any one of its
 * days: counted, it would mark every day of four months as one to avoid.
 */
export function crowdedEvents(events: EventItem[], venue: Venue, day: string): EventItem[] {
  return events.filter(
    (e) =>
      e.datePrecision === 'day' &&
      e.status !== 'cancelled' &&
      !isSeason(e) &&
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
  /**
   * The day the teacher chose: other days of its kind come first, school days (Monday to Friday) for a
   * school day, a weekend for a weekend. A venue open Wednesday to Sunday otherwise offered Saturday and
   * Sunday to a class that had picked a Thursday.
   */
  like?: string
}

const isWeekend = (day: string) => weekdayOf(day) === 0 || weekdayOf(day) === 6

/**
 * The next days on which the venue is open, not in a published closure, and the booking lead time is
 * met; days like `like` first, avoided days only as a last resort.
 */
export function suggestDates({ venue, today, from, count = 3, avoid, like }: SuggestOptions): string[] {
  const earliest = earliestDay(venue, today)
  const start = from > earliest ? from : earliest
  const open: string[] = []
  for (let i = 0; i < SEARCH_DAYS; i++) {
    const day = addDays(start, i)
    if (isVisitDay(venue, day)) open.push(day)
  }
  const free = avoid ? open.filter((d) => !avoid(d)) : open
  const alike = like === undefined ? free : free.filter((d) => isWeekend(d) === isWeekend(like))
  // Fewer than asked of the preferred kind: the other days fill up, still in date order.
  const best = alike.slice(0, count)
  const rest = (free.length ? free : open).filter((d) => !best.includes(d))
  return [...best, ...rest.slice(0, count - best.length)].sort()
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
      text: t('planner.check.past', { day: formatDayShort(day, today) }),
      advice: t('planner.check.pastAdvice'),
      fix: { kind: 'dates', days: suggestDates({ venue, today, from: today, avoid, like: day }) },
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
      text: t('planner.check.closure', { day: label, venue: venueName(venue) }),
      note: closure.text,
      advice: t('planner.check.toOpenDay'),
      fix: { kind: 'dates', days: suggestDates({ venue, today, from: day, avoid, like: day }) },
    })
  } else if (open === false) {
    issues.push({
      id: 'closed',
      level: 'error',
      text: t('planner.check.closed', {
        day: label,
        venue: venueName(venue),
        hours: describeHours(hours!).join(t('planner.check.hoursJoin')),
      }),
      advice: t('planner.check.toOpenDay'),
      fix: { kind: 'dates', days: suggestDates({ venue, today, from: day, avoid, like: day }) },
    })
  } else if (open === null) {
    issues.push({
      id: 'hours-unknown',
      level: 'warning',
      text: t('planner.check.hoursUnknown'),
      note: venue.hours.note,
      advice: t('planner.check.hoursUnknownAdvice'),
    })
  }
  const booking = venue.booking
  const ahead = daysBetween(today, day)
  if (booking?.leadDays !== undefined && ahead < booking.leadDays) {
    issues.push({
      id: 'lead',
      level: 'error',
      text: t('planner.check.lead', { venue: venueName(venue), n: booking.leadDays, day: label }),
      advice: t('planner.check.leadAdvice'),
      fix: { kind: 'dates', days: suggestDates({ venue, today, from: day, avoid, like: day }) },
    })
  } else if (booking?.required === true && booking.leadDays === undefined) {
    issues.push({
      id: 'lead-unknown',
      level: 'warning',
      text: t('planner.check.leadUnknown'),
      advice: t('planner.check.leadUnknownAdvice'),
    })
  }
  if (open !== false) {
    const crowded = crowdedEvents(events, venue, day)
    if (crowded.length) {
      const others = suggestDates({ venue, today, from: addDays(day, 1), avoid, like: day }).filter((d) => !avoid(d))
      issues.push({
        id: 'crowded',
        level: 'warning',
        text: t('planner.check.crowded', { day: label, events: crowded.map(eventName).join(dateWords.list) }),
        advice: others.length ? t('planner.check.crowdedAdvice') : t('planner.check.crowdedNoDates'),
        fix: others.length ? { kind: 'dates', days: others } : undefined,
      })
    }
  }
  return issues
}

/** `“科技周”（预计日期）`: an event named in a crowded-day warning. */
const eventName = (e: EventItem) =>
  t(e.status === 'expected' ? 'planner.check.crowdedEventExpected' : 'planner.check.crowdedEvent', { title: e.title })

function sessionIssues({ plan, venue }: CheckInput): PlanIssue[] {
  const sessions = sessionsOn(venue, plan.date)
  if (!sessions?.length) return []
  if (!plan.session)
    return [
      {
        id: 'session',
        level: 'error',
        text: t('planner.check.noSession'),
        advice: t('planner.check.noSessionAdvice', { sessions: sessions.map(sessionRange).join(dateWords.list) }),
      },
    ]
  if (!sessions.includes(plan.session)) {
    return [
      {
        id: 'session',
        level: 'error',
        text: t('planner.check.wrongSession', { session: sessionRange(plan.session) }),
        advice: t('planner.check.wrongSessionAdvice', { sessions: sessions.map(sessionRange).join(dateWords.list) }),
      },
    ]
  }
  return []
}

function groupIssues({ plan, venue }: CheckInput): PlanIssue[] {
  const issues: PlanIssue[] = []
  const total = plan.students + plan.teachers
  const people = { total, students: plan.students, teachers: plan.teachers }
  if (plan.students < 1) issues.push({ id: 'students', level: 'error', text: t('planner.check.students') })
  if (plan.teachers < 1) issues.push({ id: 'teachers', level: 'error', text: t('planner.check.teachers') })
  const { groupMin, groupMax } = venue.booking ?? {}
  if (!groupMin && !groupMax) {
    if (total > 0)
      issues.push({
        id: 'size-unknown',
        level: 'warning',
        text: t('planner.check.sizeUnknown'),
        advice: t('planner.check.sizeUnknownAdvice', people),
      })
  } else if (groupMax && total > groupMax) {
    const groups = splitGroups(total, groupMax)
    const sessions = plan.date ? (sessionsOn(venue, plan.date) ?? []) : []
    const where =
      sessions.length >= groups.length
        ? t('planner.check.splitSessions', { sessions: sessions.slice(0, groups.length).map(sessionRange).join(dateWords.list) })
        : t('planner.check.splitOther')
    issues.push({
      id: 'size-max',
      // Batches are the normal answer for a class larger than a venue's group limit: the plan still fits.
      level: 'info',
      text: t('planner.check.sizeMax', { ...people, max: groupMax, n: groups.length }),
      advice: t('planner.check.sizeMaxAdvice', {
        n: groups.length,
        groups: groups.map((n) => t('planner.check.group', { n })).join(dateWords.list),
        where,
      }),
      fix: { kind: 'split', groups },
    })
    // Each batch goes round with a teacher of its own: one teacher for two batches was not said anywhere.
    if (plan.teachers >= 1 && plan.teachers < groups.length)
      issues.push({
        id: 'teachers-batches',
        level: 'warning',
        text: t('planner.check.teachersBatches', { n: groups.length, teachers: plan.teachers }),
      })
  } else if (groupMin && plan.students > 0 && total < groupMin) {
    // Not before any students are entered: the one default teacher is no group to warn about.
    issues.push({
      id: 'size-min',
      level: 'warning',
      text: t('planner.check.sizeMin', { total, min: groupMin }),
      advice: t('planner.check.sizeMinAdvice'),
    })
  }
  return issues
}

function venueIssues({ plan, venue }: CheckInput): PlanIssue[] {
  const issues: PlanIssue[] = []
  const audience = GRADE_AUDIENCE[plan.grade]
  const label = gradeLabel(plan.grade)
  if (!venue.audiences.includes(audience))
    issues.push({
      id: 'audience',
      level: 'warning',
      text: t('planner.check.audience', { venue: venueName(venue), grade: label }),
      advice: t('planner.check.audienceAdvice'),
    })
  if (venue.booking?.required === 'unknown' || !venue.booking)
    issues.push({ id: 'booking-unknown', level: 'warning', text: t('planner.check.bookingUnknown') })
  if (venue.fee === 'unknown')
    issues.push({
      id: 'fee-unknown',
      level: 'warning',
      text: t('planner.check.feeUnknown'),
      note: venue.feeNote,
    })
  if (venue.location.precision !== 'exact')
    issues.push({
      id: 'location',
      level: 'info',
      // The venue's note says what is known of its place (城市中心, where to search): the sentence only leads to it.
      text: t(venue.location.note ? 'planner.check.locationNote' : 'planner.check.location'),
      note: venue.location.note,
    })
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
          text: t('planner.check.noDate'),
          advice: t('planner.check.noDateAdvice'),
          fix: { kind: 'dates' as const, days: suggestDates({ venue: input.venue, today: input.today, from: input.today }) },
        },
      ]
  return [...dated, ...groupIssues(input), ...venueIssues(input)].sort((a, b) => ORDER[a.level] - ORDER[b.level])
}
