import fc from 'fast-check'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { eventsToIcs, eventUid, foldLine } from '@/features/calendar/ics'

import { makeEvent } from '../builders'

const winter = makeEvent({
  id: 'keji-zhidong-2026-changji',
  title: '“科技之冬”·昌吉市',
  kind: '科技之冬',
  start: '2026-11-15',
  end: '2027-03-31',
  venue: 'changji-museum',
  howToJoin: '关注通知；报名，现场参加',
})
const talk = makeEvent({
  id: 'talk-20260523',
  title: '科普讲座',
  status: 'confirmed',
  start: '2026-05-23T09:30:00+08:00',
  end: '2026-05-23T11:30:00+08:00',
  summary: '很长的说明'.repeat(40),
})

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text))
  return { component, events: component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) }
}

describe('eventsToIcs', () => {
  const text = eventsToIcs([winter, talk], {
    name: '我的日程',
    origin: 'https://kepu.example.org',
    venueNames: { 'changji-museum': '昌吉市科技馆' },
    planTitles: {},
    stamp: new Date('2026-11-26T00:00:00Z'),
  })

  it('is RFC 5545: CRLF lines folded at 75 octets, VERSION 2.0, PRODID, one VEVENT per event', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true)
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    const { component, events } = parse(text)
    expect(component.getFirstPropertyValue('version')).toBe('2.0')
    expect(String(component.getFirstPropertyValue('prodid'))).toContain('kepu-xinjiang')
    expect(events).toHaveLength(2)
  })

  it('leaves out year-long work, and says a cancelled event in its title, without a reminder', () => {
    const yearLong = makeEvent({ id: 'caravan-2027', start: '2027-01-01', end: '2027-12-31', datePrecision: 'year' })
    const cancelled = { ...winter, id: 'winter-cancelled', status: 'cancelled' as const }
    const { events } = parse(eventsToIcs([yearLong, cancelled, talk], { name: 't', stamp: new Date('2026-11-26T00:00:00Z') }))
    expect(events.map((e) => e.uid)).toEqual(['winter-cancelled@kepu-xinjiang', 'talk-20260523@kepu-xinjiang'])
    expect(events[0]!.summary).toBe('“科技之冬”·昌吉市（已取消）')
    expect(events[0]!.component.getAllSubcomponents('valarm')).toHaveLength(0)
    // The same long event, not cancelled, keeps its 明天开始 reminder.
    expect(parse(text).events[0]!.component.getAllSubcomponents('valarm')).toHaveLength(1)
  })

  it('keeps all-day dates exact (exclusive DTEND) and timed events in absolute time, parsed by ical.js', () => {
    const [w, t] = parse(text).events as [ICAL.Event, ICAL.Event]
    expect(w.uid).toBe('keji-zhidong-2026-changji@kepu-xinjiang')
    expect(w.startDate.isDate).toBe(true)
    // Longer than a week: the first day only, with the full span in the description.
    expect(w.startDate.toString()).toBe('2026-11-15')
    expect(w.endDate.toString()).toBe('2026-11-16')
    expect(w.description).toContain('活动持续137天：2026年11月15日（周日）至2027年3月31日（周三）')
    expect(w.summary).toBe('“科技之冬”·昌吉市（预计）')
    expect(w.location).toBe('昌吉市科技馆')
    expect(w.description).toContain('参与方式：关注通知；报名，现场参加')
    expect(w.component.getFirstPropertyValue('status')).toBe('TENTATIVE')
    expect(t.uid).toBe(eventUid('talk-20260523'))
    expect(t.startDate.toJSDate().toISOString()).toBe('2026-05-23T01:30:00.000Z')
    expect(t.endDate.toJSDate().toISOString()).toBe('2026-05-23T03:30:00.000Z')
    expect(t.summary).toBe('科普讲座')
    expect(t.description).toContain('很长的说明'.repeat(40))
    expect(t.component.getFirstPropertyValue('status')).toBe('CONFIRMED')
    expect(String(t.component.getFirstPropertyValue('url'))).toBe('https://kepu.example.org/events/talk-20260523')
  })

  it('gives an event longer than a week a VALARM on its first day; shorter ones keep their span and no alarm', () => {
    const [w, t] = parse(text).events as [ICAL.Event, ICAL.Event]
    const alarm = w.component.getFirstSubcomponent('valarm')!
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY')
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-PT15H')
    expect(alarm.getFirstPropertyValue('description')).toBe('明天开始：“科技之冬”·昌吉市')
    expect(t.component.getFirstSubcomponent('valarm')).toBeNull()
    const week = makeEvent({ id: 'week', start: '2027-05-22', end: '2027-05-28' })
    const [parsed] = parse(eventsToIcs([week], { name: 'x' })).events
    expect(parsed!.endDate.toString()).toBe('2027-05-29')
    expect(parsed!.component.getFirstSubcomponent('valarm')).toBeNull()
  })

  it('makes a long event already under way its last day, with a reminder the day before it ends', () => {
    const made = (today: string) => parse(eventsToIcs([winter], { name: 'x', today })).events[0]!
    // Added on 5 December: the first day (15 November) is past, so the entry is 31 March.
    const ongoing = made('2026-12-05')
    expect(ongoing.startDate.toString()).toBe('2027-03-31')
    expect(ongoing.endDate.toString()).toBe('2027-04-01')
    expect(ongoing.description).toContain(
      '活动持续137天：2026年11月15日（周日）至2027年3月31日（周三）（北京时间）。已在进行中：日历中只标出最后一天',
    )
    expect(ongoing.component.getFirstSubcomponent('valarm')!.getFirstPropertyValue('description')).toBe('明天结束：“科技之冬”·昌吉市')
    // A revision of the first-day entry saved earlier under the same UID: a calendar app that compares
    // SEQUENCE moves that entry rather than keep it.
    expect(ongoing.component.getFirstPropertyValue('sequence')).toBe(1)
    expect(made('2026-11-01').component.getFirstPropertyValue('sequence')).toBe(0)
    // On its first day or before, the first day as always.
    // Its last day itself: the entry is today, with no reminder already past and a note that says so.
    const lastDay = made('2027-03-31')
    expect(lastDay.startDate.toString()).toBe('2027-03-31')
    expect(lastDay.component.getFirstSubcomponent('valarm')).toBeNull()
    expect(lastDay.description).toContain('今天是最后一天：日历中只标出今天。')
    expect(lastDay.description).not.toContain('提醒')
    for (const today of ['2026-11-15', '2026-11-01']) {
      const upcoming = made(today)
      expect(upcoming.startDate.toString(), today).toBe('2026-11-15')
      expect(upcoming.component.getFirstSubcomponent('valarm')!.getFirstPropertyValue('description')).toBe('明天开始：“科技之冬”·昌吉市')
    }
    // A week-long event keeps its whole span, under way or not.
    const week = makeEvent({ id: 'week', start: '2027-05-22', end: '2027-05-28' })
    expect(parse(eventsToIcs([week], { name: 'x', today: '2027-05-24' })).events[0]!.startDate.toString()).toBe('2027-05-22')
  })

  it('escapes commas, semicolons, backslashes and newlines so the text round-trips', () => {
    const tricky = makeEvent({ id: 'tricky', title: 'A, B; C\\D', summary: '第一行\n第二行', status: 'confirmed' })
    const [parsed] = parse(eventsToIcs([tricky], { name: 'x' })).events
    expect(parsed!.summary).toBe('A, B; C\\D')
    expect(parsed!.description.startsWith('第一行\n第二行\n')).toBe(true)
  })

  it('gives the same UID on every export, so importing again updates instead of duplicating', () => {
    const again = eventsToIcs([talk], { name: 'x' })
    expect(parse(again).events[0]!.uid).toBe(parse(text).events[1]!.uid)
  })
})

describe('foldLine', () => {
  /** The plain reading of §3.1: break before the character that would pass 75 octets (74 after a fold). */
  const reference = (line: string) => {
    const encoder = new TextEncoder()
    const parts: string[] = []
    let current = ''
    for (const char of line) {
      if (encoder.encode(current + char).length > (parts.length ? 74 : 75)) {
        parts.push(current)
        current = ''
      }
      current += char
    }
    return [...parts, current].join('\r\n ')
  }

  it('folds like a TextEncoder count: ASCII, Chinese, Uyghur, emoji, lone surrogates', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc.array(fc.constantFrom('a', '科', 'ش', '🔬', '\ud800', ' '), { maxLength: 120 }).map((a) => a.join('')),
    )
    fc.assert(fc.property(text, (line) => foldLine(line) === reference(line)))
  })

  it('keeps a short line as it is and splits 26 Chinese characters after the 25th', () => {
    expect(foldLine('SUMMARY:科普')).toBe('SUMMARY:科普')
    expect(foldLine('科'.repeat(26))).toBe(`${'科'.repeat(25)}\r\n 科`)
  })
})
