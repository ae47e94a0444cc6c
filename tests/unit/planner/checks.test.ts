import { describe, expect, it } from 'vitest'

import {
  checkPlan,
  closureOn,
  crowdedEvents,
  earliestDay,
  isVisitDay,
  sessionsOn,
  splitGroups,
  suggestDates,
} from '@/features/planner/checks'

import { makeEvent, makeMuseum, makePlan, makeUnknownVenue } from '../builders'

/** "Now" for every check: Thursday 26 November 2026 (Beijing). */
const TODAY = '2026-11-26'
const museum = makeMuseum()
const ids = (issues: { id: string; level: string }[]) => issues.map((i) => `${i.level}:${i.id}`)

describe('sessionsOn / suggestDates', () => {
  it('gives the sessions of an open day, none on a closed day, null when hours are unknown', () => {
    expect(sessionsOn(museum, '2026-12-02')).toEqual(['11:00-13:30', '15:00-17:30'])
    expect(sessionsOn(museum, '2026-11-30')).toEqual([])
    expect(sessionsOn(makeUnknownVenue(), '2026-11-30')).toBeNull()
  })

  it('suggests the next open days that meet the booking lead time', () => {
    expect(earliestDay(museum, TODAY)).toBe('2026-11-27')
    expect(suggestDates({ venue: museum, today: TODAY, from: '2026-11-30' })).toEqual(['2026-12-02', '2026-12-03', '2026-12-04'])
    // From today: today is too late to book, Friday is the first.
    expect(suggestDates({ venue: museum, today: TODAY, from: TODAY, count: 2 })).toEqual(['2026-11-27', '2026-11-28'])
  })

  it('prefers days to avoid only as a last resort', () => {
    const avoid = (d: string) => d === '2026-12-02'
    expect(suggestDates({ venue: museum, today: TODAY, from: '2026-11-30', count: 2, avoid })).toEqual(['2026-12-03', '2026-12-04'])
    expect(suggestDates({ venue: museum, today: TODAY, from: '2026-11-30', count: 1, avoid: () => true })).toEqual(['2026-12-02'])
  })

  it('suggests days like the one chosen: school days for a Thursday, a weekend for a Saturday', () => {
    // The museum opens Wednesday to Sunday. From Friday 4 December: Sat 5, Sun 6, Wed 9, Thu 10, Fri 11.
    const from = '2026-12-04'
    expect(suggestDates({ venue: museum, today: TODAY, from, like: '2026-12-03' })).toEqual(['2026-12-04', '2026-12-09', '2026-12-10'])
    expect(suggestDates({ venue: museum, today: TODAY, from, like: '2026-12-12' })).toEqual(['2026-12-05', '2026-12-06', '2026-12-12'])
    // Not enough of the kind (a weekend-only venue for a Thursday): the other days, in date order.
    const weekends = makeMuseum({ hours: { osm: 'Sa,Su 10:00-17:00' } })
    expect(suggestDates({ venue: weekends, today: TODAY, from, like: '2026-12-03', count: 2 })).toEqual(['2026-12-05', '2026-12-06'])
    // Crowded days stay the last resort, whatever their kind.
    const avoid = (d: string) => d === '2026-12-09'
    expect(suggestDates({ venue: museum, today: TODAY, from, like: '2026-12-03', avoid })).toEqual([
      '2026-12-04',
      '2026-12-10',
      '2026-12-11',
    ])
  })

  it('splits a group as evenly as possible into the fewest groups', () => {
    expect(splitGroups(47, 30)).toEqual([24, 23])
    expect(splitGroups(30, 30)).toEqual([30])
    expect(splitGroups(61, 30)).toEqual([21, 20, 20])
  })
})

describe('checkPlan', () => {
  it('passes a valid visit to 新疆科技馆 with only what stays unknown as warnings', () => {
    const issues = checkPlan({ plan: makePlan(), venue: museum, today: TODAY, events: [] })
    expect(ids(issues)).toEqual(['warning:fee-unknown', 'info:location'])
  })

  it('reports a closed Monday plainly, with the next open dates', () => {
    const issues = checkPlan({ plan: makePlan({ date: '2026-11-30', session: '' }), venue: museum, today: TODAY, events: [] })
    const closed = issues.find((i) => i.id === 'closed')!
    expect(closed.level).toBe('error')
    expect(closed.text).toBe('11月30日（周一）新疆科技馆闭馆（周三至周日 11:00–13:30、15:00–17:30；周一、周二闭馆）。')
    expect(closed.fix).toEqual({ kind: 'dates', days: ['2026-12-02', '2026-12-03', '2026-12-04'] })
    // No session error on a closed day: the date is the problem.
    expect(issues.some((i) => i.id === 'session')).toBe(false)
  })

  it('reports booking lead time relative to today in Beijing time', () => {
    const issues = checkPlan({ plan: makePlan({ date: TODAY }), venue: museum, today: TODAY, events: [] })
    const lead = issues.find((i) => i.id === 'lead')!
    expect(lead.text).toBe('新疆科技馆需至少提前1天预约，11月26日（周四）来不及预约。')
    // School days, as the Thursday chosen: Friday, then the museum's Wednesday and Thursday (not its weekend).
    expect(lead.fix).toEqual({ kind: 'dates', days: ['2026-11-27', '2026-12-02', '2026-12-03'] })
    expect(
      checkPlan({ plan: makePlan({ date: '2026-11-27' }), venue: museum, today: TODAY, events: [] }).some((i) => i.id === 'lead'),
    ).toBe(false)
  })

  it('refuses a past date and a session that is not one of the day', () => {
    expect(ids(checkPlan({ plan: makePlan({ date: '2026-11-20' }), venue: museum, today: TODAY, events: [] }))).toContain('error:past')
    const past = (date: string) =>
      checkPlan({ plan: makePlan({ date }), venue: museum, today: TODAY, events: [] }).find((i) => i.id === 'past')!
    expect(past('2026-11-20').text).toBe('11月20日（周五）已经过去。')
    // Another year's day names its year: a link's 2020-01-01 read as this year's 1月1日.
    expect(past('2020-01-01').text).toBe('2020年1月1日（周三）已经过去。')
    const wrong = checkPlan({ plan: makePlan({ session: '09:00-10:00' }), venue: museum, today: TODAY, events: [] })
    // Written as ranges (an en dash), as the form and the printed plan write them, not as the data's "11:00-13:30".
    const session = wrong.find((i) => i.id === 'session')!
    expect(session.text).toContain('09:00–10:00')
    expect(session.advice).toBe('请改选：11:00–13:30、15:00–17:30（北京时间）。')
    const none = checkPlan({ plan: makePlan({ session: '' }), venue: museum, today: TODAY, events: [] })
    expect(none.find((i) => i.id === 'session')!.advice).toBe('当天场次（北京时间）：11:00–13:30、15:00–17:30。')
  })

  it('splits a group that is too large, suggesting the day’s sessions', () => {
    const issues = checkPlan({ plan: makePlan({ students: 45, teachers: 2 }), venue: museum, today: TODAY, events: [] })
    const split = issues.find((i) => i.id === 'size-max')!
    expect(split.level).toBe('info')
    expect(split.fix).toEqual({ kind: 'split', groups: [24, 23] })
    expect(split.advice).toBe('请分成2批：24人、23人，每批至少1名老师，可分别预约当天的11:00–13:30、15:00–17:30场次，或不同日期。')
    expect(ids(issues)).not.toContain('warning:teachers-batches')
    // Two batches and one teacher: a second one is needed (it was never said).
    const oneTeacher = checkPlan({ plan: makePlan({ students: 45, teachers: 1 }), venue: museum, today: TODAY, events: [] })
    expect(oneTeacher.find((i) => i.id === 'teachers-batches')).toMatchObject({
      level: 'warning',
      text: '分2批时每批都要有老师带队：至少需要2名老师，现在填的是1名。',
    })
    const small = checkPlan({ plan: makePlan({ students: 6, teachers: 1 }), venue: museum, today: TODAY, events: [] })
    expect(ids(small)).toContain('warning:size-min')
    // Before any students are entered, only "enter the students" — not "1 people, fewer than the minimum".
    const empty = ids(checkPlan({ plan: makePlan({ students: 0, teachers: 1 }), venue: museum, today: TODAY, events: [] }))
    expect(empty).toContain('error:students')
    expect(empty).not.toContain('warning:size-min')
    expect(ids(checkPlan({ plan: makePlan({ teachers: 0 }), venue: museum, today: TODAY, events: [] }))).toContain('error:teachers')
  })

  it('treats unknown hours, booking and group limits as things to confirm, never as errors or passes', () => {
    const issues = checkPlan({
      plan: makePlan({ venueId: 'changji-science-museum', date: '2026-11-30', session: '' }),
      venue: makeUnknownVenue(),
      today: TODAY,
      events: [],
    })
    expect(issues.filter((i) => i.level === 'error')).toEqual([])
    expect(ids(issues)).toEqual(
      expect.arrayContaining(['warning:hours-unknown', 'warning:size-unknown', 'warning:booking-unknown', 'warning:fee-unknown']),
    )
    expect(issues.find((i) => i.id === 'hours-unknown')!.text).toContain('未知，请向场馆确认')
  })

  it('warns about crowded days (events in the venue’s region) and offers quieter dates', () => {
    const week = makeEvent({
      id: 'tech-week-2026-urumqi',
      title: '2026年乌鲁木齐市科技活动周系列活动',
      end: '2026-05-30',
      region: 'urumqi',
    })
    const plan = makePlan({ date: '2027-05-26', session: '11:00-13:30' })
    const events = [
      makeEvent({ id: 'w27', start: '2027-05-22', end: '2027-05-29', title: '2027年乌鲁木齐市科技活动周系列活动', region: 'urumqi' }),
    ]
    const issues = checkPlan({ plan, venue: museum, today: TODAY, events })
    const crowded = issues.find((i) => i.id === 'crowded')!
    expect(crowded.level).toBe('warning')
    expect(crowded.text).toBe('5月26日（周三）有“2027年乌鲁木齐市科技活动周系列活动”（预计日期），场馆和周边可能人多。')
    // Quieter school days, as the Wednesday chosen (Sunday 30 May is quiet too, but a weekend).
    expect(crowded.fix).toEqual({ kind: 'dates', days: ['2027-06-02', '2027-06-03', '2027-06-04'] })
    // Other regions, year-long work, seasons and cancelled events do not count.
    expect(crowdedEvents([{ ...week, region: 'changji' }], museum, '2026-05-26')).toEqual([])
    const winter = { ...week, id: 'keji-zhidong-2026-urumqi', start: '2026-11-15', end: '2027-03-31' }
    expect(crowdedEvents([winter], museum, '2026-12-09')).toEqual([])
    expect(crowdedEvents([{ ...week, start: '2026-05-17' }], museum, '2026-05-26')).toHaveLength(1)
    expect(crowdedEvents([{ ...week, start: '2026-05-16' }], museum, '2026-05-26')).toEqual([])
    expect(crowdedEvents([{ ...week, datePrecision: 'year' }], museum, '2026-05-26')).toEqual([])
    expect(crowdedEvents([{ ...week, status: 'cancelled' }], museum, '2026-05-26')).toEqual([])
    expect(crowdedEvents([week], museum, '2026-05-26')).toEqual([week])
  })

  it('asks for a date first and offers the earliest possible ones', () => {
    const [first] = checkPlan({ plan: makePlan({ date: '', session: '' }), venue: museum, today: TODAY, events: [] })
    expect(first).toMatchObject({ id: 'date', level: 'error', fix: { kind: 'dates', days: ['2026-11-27', '2026-11-28', '2026-11-29'] } })
  })
})

describe('published closures', () => {
  // 新疆科技馆's published 春节 closure, and the same closure at a venue whose weekly hours are unknown.
  const closures = [{ start: '2026-12-02', end: '2026-12-04', text: '设备维护闭馆', from: ['notice'] }]
  const closedMuseum = makeMuseum({ closures })
  const closedUnknown = makeUnknownVenue({ closures })

  it('finds the closure covering a day, inclusive at both ends', () => {
    expect(closureOn(closedMuseum, '2026-12-01')).toBeNull()
    expect(closureOn(closedMuseum, '2026-12-02')?.text).toBe('设备维护闭馆')
    expect(closureOn(closedMuseum, '2026-12-04')?.text).toBe('设备维护闭馆')
    expect(closureOn(closedMuseum, '2026-12-05')).toBeNull()
  })

  it('has no sessions during a closure, even where weekly hours are unknown', () => {
    expect(sessionsOn(closedMuseum, '2026-12-03')).toEqual([])
    expect(sessionsOn(closedUnknown, '2026-12-03')).toEqual([])
    expect(sessionsOn(closedUnknown, '2026-12-05')).toBeNull()
    expect(isVisitDay(closedUnknown, '2026-12-03')).toBe(false)
    expect(isVisitDay(closedUnknown, '2026-12-05')).toBe(true)
  })

  it('never suggests a day in a closure or a weekly closed day', () => {
    expect(suggestDates({ venue: closedMuseum, today: TODAY, from: '2026-11-30' })).toEqual(['2026-12-05', '2026-12-06', '2026-12-09'])
    expect(suggestDates({ venue: closedUnknown, today: TODAY, from: '2026-12-01', count: 2 })).toEqual(['2026-12-01', '2026-12-05'])
    for (const venue of [closedMuseum, closedUnknown]) {
      const days = suggestDates({ venue, today: TODAY, from: TODAY, count: 30 })
      expect(days.filter((d) => closureOn(venue, d))).toEqual([])
    }
  })

  it('reports a visit in a closure as an error with the notice’s words and open dates after it', () => {
    const issues = checkPlan({ plan: makePlan({ date: '2026-12-03', session: '' }), venue: closedMuseum, today: TODAY, events: [] })
    const closure = issues.find((i) => i.id === 'closure')!
    expect(closure.level).toBe('error')
    expect(closure.text).toBe('12月3日（周四）新疆科技馆闭馆，场馆公告：')
    // The notice's own words apart from the sentence (a line of its own, marked 中文 in other languages).
    expect(closure.note).toBe('设备维护闭馆')
    // A Thursday was chosen: the next school days the museum is open, not its weekend.
    expect(closure.fix).toEqual({ kind: 'dates', days: ['2026-12-09', '2026-12-10', '2026-12-11'] })
    // No "pick a session" error for a closed day, and no "hours unknown" for a venue that publishes them.
    expect(ids(issues)).not.toContain('error:session')
    expect(ids(issues)).not.toContain('warning:hours-unknown')
  })

  it('does not call hours unknown on a closure day at a venue without weekly hours', () => {
    const issues = checkPlan({ plan: makePlan({ date: '2026-12-03', session: '' }), venue: closedUnknown, today: TODAY, events: [] })
    expect(ids(issues)).toContain('error:closure')
    expect(ids(issues)).not.toContain('warning:hours-unknown')
  })
})
