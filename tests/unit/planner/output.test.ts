import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { buildChecklist, buildTimetable } from '@/features/planner/checklist'
import { visitToIcs } from '@/features/planner/ics'
import { clippedInLink, invalidSharedDate, planFromQuery, planToQuery } from '@/features/planner/share'

import { makeMuseum, makePlan, makeUnknownVenue } from '../builders'

describe('buildChecklist', () => {
  it('lists booking, 公函, roster and contact for 新疆科技馆', () => {
    const { booking, bring, safety } = buildChecklist(makePlan(), makeMuseum())
    expect(booking.map((i) => i.text)).toEqual([
      '预约：微信公众号预约（至少提前1天）',
      '学校公函（加盖公章），预约时提交',
      '学生和带队老师名单（姓名、班级、紧急联系人）',
      '联系人：王老师 13800000000（告知场馆）',
      '学校审批和家长知情同意书',
      '往返交通（车辆、出发和返程时间）',
    ])
    expect(bring.map((i) => i.id)).toEqual(expect.arrayContaining(['booking-proof', 'letter-copy']))
    // December in Xinjiang: dress for the cold.
    expect(safety.find((i) => i.id === 'weather')!.text).toBe('冬季：注意保暖，路面防滑')
  })

  it('turns unknown rules into items to confirm', () => {
    const { booking } = buildChecklist(makePlan({ contact: { name: '', phone: '' } }), makeUnknownVenue())
    expect(booking.map((i) => i.text)).toEqual(
      expect.arrayContaining(['是否需要预约：未知，请向场馆确认', '是否需要公函：未知，请向场馆确认', '指定一名联系人并告知场馆']),
    )
  })

  it('builds a timetable around the session, or says the time is open', () => {
    expect(buildTimetable({ session: '11:00-13:30', date: '2026-12-02' })).toEqual([
      { time: '10:30', text: '到达场馆，清点人数，分组' },
      { time: '11:00–13:30', text: '参观（场次）' },
      { time: '13:30', text: '离馆集合，清点人数，返程' },
    ])
    expect(buildTimetable({ session: '', date: '' })[0]!.time).toBe('待定')
  })

  it('says why the time is open in words that agree with the venue’s hours', () => {
    const pending = (date: string, sessions?: string[] | null) => buildTimetable({ session: '', date }, sessions)[0]!.text
    expect(pending('')).toBe('参观时间待定（还没有选择日期）')
    expect(pending('2026-12-02', null)).toBe('参观时间待定（开放时间未知，请向场馆确认）')
    expect(pending('2026-12-02', ['11:00-13:30', '15:00-17:30'])).toBe('参观时间待定（请选择场次：11:00–13:30、15:00–17:30，北京时间）')
    expect(pending('2026-11-30', [])).toBe('当天闭馆，请改选开放日')
    // A typed time at a venue without published hours is not called a session.
    expect(buildTimetable({ session: '10:00-12:00', date: '2026-12-02' }, null)[1]).toEqual({
      time: '10:00–12:00',
      text: '参观（时间需与场馆确认，开放时间未公布）',
    })
  })
})

describe('share link', () => {
  it('carries the plan without contact data unless asked', () => {
    const plan = makePlan({ notes: '张同学对花生过敏' })
    const query = planToQuery(plan) as Record<string, string>
    expect(query.phone).toBeUndefined()
    expect(query.contact).toBeUndefined()
    expect(query.notes).toBeUndefined()
    const back = planFromQuery(query)!
    expect(back).toMatchObject({
      venueId: plan.venueId,
      date: plan.date,
      session: plan.session,
      className: plan.className,
      students: 26,
      teachers: 2,
      contact: { name: '', phone: '' },
    })
    const withContact = planFromQuery(planToQuery(plan, { includeContact: true }) as Record<string, string>)!
    expect(withContact.contact).toEqual(plan.contact)
    expect(withContact.notes).toBe('张同学对花生过敏')
  })

  it('says which texts a link carries only the beginning of, and carries just that', () => {
    const plan = makePlan({
      notes: '名单：'.padEnd(600, '甲'),
      contact: { name: '王老师', phone: '0991-1234567 转 8001（工作日 9:00–18:00）' },
    })
    expect(clippedInLink(plan)).toEqual([])
    expect(clippedInLink(plan, { includeContact: true })).toEqual(['notes', 'contactPhone'])
    const query = planToQuery(plan, { includeContact: true }) as Record<string, string>
    expect(query.notes).toHaveLength(500)
    expect(query.phone).toHaveLength(30)
    expect(planFromQuery(query)).toMatchObject({ notes: query.notes, contact: { name: '王老师', phone: query.phone } })
    // Never half an emoji at the cut: a lone surrogate made the link throw (URI malformed) and the share box vanish.
    const emoji = planToQuery(makePlan({ notes: `${'甲'.repeat(499)}😊` }), { includeContact: true }) as Record<string, string>
    expect(emoji.notes).toBe('甲'.repeat(499))
    expect(() => encodeURIComponent(emoji.notes!)).not.toThrow()
  })

  it('leaves out a grade the teacher has not chosen yet', () => {
    const plan = makePlan({ className: '' })
    expect((planToQuery(plan) as Record<string, string>).grade).toBe(plan.grade)
    expect(planToQuery(plan, { gradeUnset: true })).not.toHaveProperty('grade')
  })

  it('rejects a link without a venue and cleans malformed fields', () => {
    expect(planFromQuery({ date: '2026-12-02' })).toBeNull()
    expect(planFromQuery({ venue: 'x', date: 'tomorrow', session: '11', students: '-1', grade: 'x' })).toMatchObject({
      date: '',
      session: '',
      students: 0,
      grade: 'junior',
    })
  })
})

describe('visitToIcs', () => {
  it('creates one event in Beijing time with a stable UID', async () => {
    const ics = await visitToIcs(makePlan(), makeMuseum(), '乌鲁木齐市')
    const [event] = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    expect(event!.uid).toBe('visit-p1@kepu-xinjiang')
    expect(event!.startDate.toJSDate().toISOString()).toBe('2026-12-02T03:00:00.000Z')
    expect(event!.location).toBe('乌鲁木齐市 新疆科技馆（大致位置，请以场馆公布地址为准）')
    // The checklist's items say 预约 themselves: the line is headed by the list's name, never "预约：预约：".
    expect(event!.description).toContain('预约清单：预约：微信公众号预约')
    expect(event!.description).not.toContain('预约：预约')
  })

  it('names no grade the teacher has not chosen, and no empty brackets', async () => {
    const summary = async (options: { gradeUnset?: boolean }, className = '') => {
      const ics = await visitToIcs(makePlan({ className }), makeMuseum(), '乌鲁木齐市', options)
      return new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!).summary
    }
    expect(await summary({})).toMatch(/（初中）$/)
    expect(await summary({ gradeUnset: true })).toBe('学校参观 · 新疆科技馆')
    expect(await summary({ gradeUnset: true }, '五年级（1）班')).toBe('学校参观：新疆科技馆（五年级（1）班）')
  })

  it('makes an all-day event when no session is set', async () => {
    const ics = await visitToIcs(makePlan({ session: '' }), makeUnknownVenue(), '昌吉市')
    const [event] = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    expect(event!.startDate.isDate).toBe(true)
    expect(event!.startDate.toString()).toBe('2026-12-02')
  })
})

describe('share link with an impossible date (issue 18.3)', () => {
  it.each(['2026-13-45', '9999-99-99', '2026-02-30'])('opens the plan without a date for date=%s and says why', (date) => {
    const query = { venue: 'changji-dinosaur-museum', date }
    expect(planFromQuery(query)?.date).toBe('')
    expect(invalidSharedDate(query)).toBe(date)
  })
})
