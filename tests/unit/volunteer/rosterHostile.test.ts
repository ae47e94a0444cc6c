/**
 * Hostile and careless roster files (issue 18.2, 18.4, 18.8). Runs in Los Angeles time on purpose: a
 * roster time without a zone must still mean Beijing time, whatever the device's zone.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { decodeRoster, loadCsvParser, parseRosterCsv, parseRosterIcs } from '@/features/volunteer/roster'
import { LIMITS } from '@/shared/userRecords'

// The CSV parser is a lazy chunk in the app (loaded before a CSV is parsed).
beforeAll(loadCsvParser)

beforeAll(() => {
  process.env.TZ = 'America/Los_Angeles'
})

const NOW = '2026-11-26T08:00:00.000Z'
const ics = (...events: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...events, 'END:VCALENDAR', ''].join('\r\n')
const vevent = (uid: string, lines: string[]) => ['BEGIN:VEVENT', `UID:${uid}`, 'SUMMARY:现场引导', ...lines, 'END:VEVENT'].join('\r\n')

describe('.ics repeating shifts', () => {
  it('imports every occurrence of a weekly shift, minus an EXDATE, with a changed one moved', async () => {
    const result = await parseRosterIcs(
      ics(
        vevent('weekly', ['DTSTART:20261205T090000Z', 'DTEND:20261205T110000Z', 'RRULE:FREQ=WEEKLY;COUNT=4', 'EXDATE:20261212T090000Z']),
        // The third occurrence (19 December) moved to the afternoon.
        vevent('weekly', ['RECURRENCE-ID:20261219T090000Z', 'DTSTART:20261219T130000Z', 'DTEND:20261219T150000Z']),
        vevent('once', ['DTSTART:20261230T020000Z', 'DTEND:20261230T040000Z']),
      ),
      NOW,
    )
    expect(result.problems).toEqual([])
    expect(result.shifts.map((s) => s.start)).toEqual([
      '2026-12-05T17:00:00+08:00',
      '2026-12-19T21:00:00+08:00',
      '2026-12-26T17:00:00+08:00',
      '2026-12-30T10:00:00+08:00',
    ])
    // One id per occurrence, stable across imports of the same file.
    expect(new Set(result.shifts.map((s) => s.id)).size).toBe(4)
    expect(
      (
        await parseRosterIcs(
          ics(vevent('weekly', ['DTSTART:20261205T090000Z', 'DTEND:20261205T110000Z', 'RRULE:FREQ=WEEKLY;COUNT=4'])),
          NOW,
        )
      ).shifts[0]!.id,
    ).toBe(result.shifts[0]!.id)
  })

  it('keeps a moved occurrence’s id, and imports a changed occurrence without its series as a shift', async () => {
    const moved = await parseRosterIcs(
      ics(
        vevent('weekly', ['DTSTART:20261205T090000Z', 'DTEND:20261205T110000Z', 'RRULE:FREQ=WEEKLY;COUNT=2']),
        vevent('weekly', ['RECURRENCE-ID:20261212T090000Z', 'DTSTART:20261212T130000Z', 'DTEND:20261212T150000Z']),
      ),
      NOW,
    )
    const plain = await parseRosterIcs(
      ics(vevent('weekly', ['DTSTART:20261205T090000Z', 'DTEND:20261205T110000Z', 'RRULE:FREQ=WEEKLY;COUNT=2'])),
      NOW,
    )
    expect(moved.shifts.map((s) => s.id)).toEqual(plain.shifts.map((s) => s.id))
    const orphan = await parseRosterIcs(
      ics(vevent('lone', ['RECURRENCE-ID:20261212T090000Z', 'DTSTART:20261212T130000Z', 'DTEND:20261212T150000Z'])),
      NOW,
    )
    expect(orphan.shifts.map((s) => s.start)).toEqual(['2026-12-12T21:00:00+08:00'])
    // Two changed occurrences without their series are two shifts (before, one id: one was lost on saving).
    const orphans = await parseRosterIcs(
      ics(
        vevent('lone', ['RECURRENCE-ID:20261205T090000Z', 'DTSTART:20261205T130000Z', 'DTEND:20261205T150000Z']),
        vevent('lone', ['RECURRENCE-ID:20261212T090000Z', 'DTSTART:20261212T130000Z', 'DTEND:20261212T150000Z']),
      ),
      NOW,
    )
    expect(orphans.problems).toEqual([])
    expect(new Set(orphans.shifts.map((s) => s.id)).size).toBe(2)
    // The same id as the occurrence gets once its series is in the file.
    expect(orphans.shifts[1]!.id).toBe(moved.shifts[1]!.id.replace('weekly', 'lone'))
  })

  it('says an entry whose UID repeats another’s, instead of saving one of the two', async () => {
    const result = await parseRosterIcs(
      ics(
        vevent('same', ['DTSTART:20261205T090000Z', 'DTEND:20261205T110000Z']),
        vevent('same', ['DTSTART:20261212T090000Z', 'DTEND:20261212T110000Z']),
      ),
      NOW,
    )
    expect(result.shifts.map((s) => s.start)).toEqual(['2026-12-05T17:00:00+08:00'])
    expect(result.problems).toEqual([{ line: 2, entry: true, field: '第2个日程', message: '与前面的行重复' }])
  })

  it('imports a rule without an end for the coming year, and says so', async () => {
    const weekly = await parseRosterIcs(
      ics(vevent('weekly', ['DTSTART:20261205T090000Z', 'DTEND:20261205T110000Z', 'RRULE:FREQ=WEEKLY'])),
      NOW,
    )
    expect(weekly.shifts.length).toBeGreaterThanOrEqual(52)
    expect(weekly.shifts.length).toBeLessThanOrEqual(54)
    expect(weekly.problems).toHaveLength(1)
    expect(weekly.problems[0]!.message).toContain('一年')
  })

  it('says a rule with impossible times once, and keeps the file’s other shifts', async () => {
    const result = await parseRosterIcs(
      ics(
        vevent('bad', ['DTSTART:20261205T090000Z', 'DTEND:20261205T080000Z', 'RRULE:FREQ=DAILY']),
        vevent('good', ['DTSTART:20261230T020000Z', 'DTEND:20261230T040000Z']),
      ),
      NOW,
    )
    expect(result.problems).toHaveLength(1)
    expect(result.shifts.map((s) => s.start)).toEqual(['2026-12-30T10:00:00+08:00'])
  })
})

describe('.ics roster times (issue 18.4)', () => {
  it('reads a floating time as Beijing time in any device zone, and says so', async () => {
    expect(new Date('2026-12-26T10:00:00').getTimezoneOffset()).toBe(480) // really in Los Angeles
    const result = await parseRosterIcs(ics(vevent('a', ['DTSTART:20261226T100000', 'DTEND:20261226T120000'])), NOW)
    expect(result.shifts.map((s) => [s.start, s.end])).toEqual([['2026-12-26T10:00:00+08:00', '2026-12-26T12:00:00+08:00']])
    expect(result.beijingAssumed).toBe(true)
  })

  it('reads a TZID the file does not define as Beijing time, and a known Chinese zone by its offset', async () => {
    const result = await parseRosterIcs(
      ics(
        vevent('a', ['DTSTART;TZID=China/Beijing:20261226T100000', 'DTEND;TZID=China/Beijing:20261226T120000']),
        vevent('b', ['DTSTART;TZID=Asia/Shanghai:20261227T100000', 'DTEND;TZID=Asia/Shanghai:20261227T120000']),
        vevent('c', ['DTSTART;TZID=Asia/Urumqi:20261228T100000', 'DTEND;TZID=Asia/Urumqi:20261228T120000']),
      ),
      NOW,
    )
    expect(result.shifts.map((s) => s.start)).toEqual([
      '2026-12-26T10:00:00+08:00',
      '2026-12-27T10:00:00+08:00',
      '2026-12-28T12:00:00+08:00',
    ])
  })

  it('keeps UTC and zones the file defines exact', async () => {
    const vtimezone = [
      'BEGIN:VTIMEZONE',
      'TZID:Custom/Plus6',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0600',
      'TZOFFSETTO:+0600',
      'END:STANDARD',
      'END:VTIMEZONE',
    ].join('\r\n')
    const result = await parseRosterIcs(
      ics(
        vtimezone,
        vevent('utc', ['DTSTART:20261226T020000Z', 'DTEND:20261226T040000Z']),
        vevent('tz', ['DTSTART;TZID=Custom/Plus6:20261226T100000', 'DTEND;TZID=Custom/Plus6:20261226T110000']),
      ),
      NOW,
    )
    expect(result.shifts.map((s) => s.start)).toEqual(['2026-12-26T10:00:00+08:00', '2026-12-26T12:00:00+08:00'])
    expect(result.beijingAssumed).toBe(false)
  })
})

describe('.ics roster errors (issue 18.8)', () => {
  it('names a bad date in Chinese instead of ical.js’s English', async () => {
    const result = await parseRosterIcs(
      ics(
        vevent('bad', ['DTSTART:2026XXXXT100000', 'DTEND:20261226T120000']),
        vevent('ok', ['DTSTART:20261227T100000', 'DTEND:20261227T120000']),
      ),
      NOW,
    )
    expect(result.shifts.map((s) => s.id)).toEqual(['import:ok'])
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]!.message).toMatch(/时间无法读取/)
    expect(result.problems[0]!.message).not.toMatch(/[A-Za-z]{4,}/)
  })

  it('refuses an end before the start instead of importing "12:00–10:00"', async () => {
    const result = await parseRosterIcs(ics(vevent('x', ['DTSTART:20261226T120000', 'DTEND:20261226T100000'])), NOW)
    expect(result.shifts).toEqual([])
    expect(result.problems[0]!.message).toMatch(/结束时间（10:00）应晚于开始时间（12:00）/)
  })

  it('refuses a year outside 2000–2100', async () => {
    const result = await parseRosterIcs(ics(vevent('x', ['DTSTART:99991226T100000', 'DTEND:99991226T120000'])), NOW)
    expect(result.shifts).toEqual([])
    expect(result.problems).toHaveLength(1)
  })
})

describe('roster limits (issue 18.2)', () => {
  it('refuses an .ics with more events than the limit, naming it, before parsing', async () => {
    const many = Array.from({ length: LIMITS.rosterRows + 1 }, (_, i) =>
      vevent(`e${i}`, ['DTSTART:20261226T100000', 'DTEND:20261226T120000']),
    )
    const result = await parseRosterIcs(ics(...many), NOW)
    expect(result.shifts).toEqual([])
    expect(result.problems[0]!.message).toContain(`超过上限 ${LIMITS.rosterRows} 个`)
  })

  it('refuses a CSV with more rows than the limit', () => {
    const rows = Array.from({ length: LIMITS.rosterRows + 1 }, (_, i) => `活动,岗位${i},2026-12-05 10:00,12:00,门口`)
    const result = parseRosterCsv(['活动,岗位,开始,结束,集合地点', ...rows].join('\n'), NOW)
    expect(result.shifts).toEqual([])
    expect(result.problems[0]!.message).toContain(`${LIMITS.rosterRows}`)
  })

  it('names a CSV time outside 2000–2100 (found by the fuzz: it imported, then the store hid it as malformed)', () => {
    const csv = [
      '活动,岗位,开始,结束,集合地点',
      '科普日,讲解,2026-12-05 10:00,9999-12-31 10:00,门口',
      '科普日,引导,1999-12-05T10:00:00+08:00,12:00,门口',
    ]
    const result = parseRosterCsv(csv.join('\n'), NOW)
    expect(result.shifts).toEqual([])
    expect(result.problems.map((p) => `${p.line} ${p.field}`)).toEqual(['2 结束', '3 开始'])
  })

  it('imports 2 000 rows at the same hour', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `活动,岗位${i},2026-12-05 10:00,12:00,门口`)
    const result = parseRosterCsv(['活动,岗位,开始,结束,集合地点', ...rows].join('\n'), NOW)
    expect(result.shifts).toHaveLength(2000)
    expect(result.problems).toEqual([])
    expect(result.beijingAssumed).toBe(true)
  })
})

describe('CSV roster files from real spreadsheets (issue 18.8)', () => {
  it('reads a GBK file (Excel on Chinese Windows) instead of reporting missing columns', () => {
    const hex =
      'bbeeb6af2cb8dacebb2cbfaacabc2cbde1caf82cbcafbacfb5d8b5e30abfc6bcbcd6aeb6ac2ccfd6b3a1d2fdb5bc2c323032362d31322d30352030393a33302c31323a33302cb2fdbcaacad0bfc6bcbcb9ddc3c5bfda0a'
    const bytes = Uint8Array.from(hex.match(/../g)!, (h) => parseInt(h, 16))
    const { text, encoding } = decodeRoster(bytes)
    expect(encoding).toBe('gb18030')
    const result = parseRosterCsv(text, NOW)
    expect(result.problems).toEqual([])
    expect(result.shifts.map((s) => [s.eventTitle, s.role, s.meetingPoint])).toEqual([['科技之冬', '现场引导', '昌吉市科技馆门口']])
  })

  it('reads UTF-8 with a BOM as UTF-8', () => {
    const bytes = new TextEncoder().encode('\uFEFF活动,岗位')
    expect(decodeRoster(bytes)).toEqual({ text: '活动,岗位', encoding: 'utf-8' })
  })

  it('names the line of an unclosed quote instead of silently swallowing the lines after it', () => {
    const csv = [
      '活动,岗位,开始,结束,集合地点',
      '活动,引导,2026-12-05 10:00,12:00,门口',
      '活动,"签到,2026-12-05 10:00,12:00,门口',
      ...Array.from({ length: 6 }, (_, i) => `活动,岗位${i},2026-12-06 10:00,12:00,门口`),
    ].join('\n')
    const result = parseRosterCsv(csv, NOW)
    expect(result.shifts.map((s) => s.role)).toEqual(['引导'])
    expect(result.problems).toEqual([expect.objectContaining({ line: 3, field: '引号' })])
  })

  it('refuses cells too long to store, naming the field', () => {
    const result = parseRosterCsv(`活动,岗位,开始,结束,集合地点\n活动,${'长'.repeat(600)},2026-12-05 10:00,12:00,门口`, NOW)
    expect(result.shifts).toEqual([])
    expect(result.problems).toEqual([expect.objectContaining({ line: 2, field: '岗位' })])
  })

  it('drops the invisible characters that would show a meeting point or a phone number reversed', async () => {
    const csv = parseRosterCsv(
      '活动,岗位,开始,结束,集合地点,联系方式\n科技活动周,\u2067引导,2026-12-05 10:00,12:00,科技馆\u202e北门口,\u202d0991-1234567',
      NOW,
    )
    expect(csv.problems).toEqual([])
    expect(csv.shifts.map((s) => [s.role, s.meetingPoint, s.contact])).toEqual([['引导', '科技馆北门口', '0991-1234567']])
    const fromIcs = await parseRosterIcs(
      ics(vevent('rlo', ['DTSTART:20261205T020000Z', 'DTEND:20261205T040000Z', 'LOCATION:科技馆\u202e北门口', 'ORGANIZER:\u202e队长'])),
      NOW,
    )
    expect(fromIcs.shifts.map((s) => [s.meetingPoint, s.lead])).toEqual([['科技馆北门口', '队长']])
    // Uyghur's right-to-left mark stays: it only places punctuation.
    expect(parseRosterCsv('活动,岗位,开始,结束,集合地点\nپائالىيەت,يېتەكچى\u200f.,2026-12-05 10:00,12:00,ئىشىك', NOW).shifts[0]!.role).toBe(
      'يېتەكچى\u200f.',
    )
  })
})
