import ICAL from 'ical.js'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadCsvParser, parseRosterCsv, parseRosterIcs, parseRosterRows, parseRosterTime } from '@/features/volunteer/roster'
import { shiftsToIcs } from '@/features/volunteer/shiftsIcs'
import { changedFields } from '@/features/volunteer/types'
import { LIMITS } from '@/shared/userRecords'

// The CSV parser is a lazy chunk in the app (loaded before a CSV is parsed).
beforeAll(loadCsvParser)

const NOW = '2026-11-26T08:00:00.000Z'
const HEADER = '编号,活动,岗位,开始,结束,集合地点,队伍,负责人,联系方式,携带物品'

describe('roster times', () => {
  it('reads Beijing wall-clock times and keeps explicit offsets', () => {
    expect(parseRosterTime('2026-12-05 09:30')).toBe('2026-12-05T09:30:00+08:00')
    expect(parseRosterTime('2026/12/5 9:30')).toBe('2026-12-05T09:30:00+08:00')
    expect(parseRosterTime('2026-12-05T09:30:00+06:00')).toBe('2026-12-05T09:30:00+06:00')
    expect(parseRosterTime('12:30', '2026-12-05')).toBe('2026-12-05T12:30:00+08:00')
  })
  it('rejects impossible and unclear times', () => {
    expect(parseRosterTime('2026-02-30 09:00')).toBeNull()
    expect(parseRosterTime('2026-12-05 25:00')).toBeNull()
    expect(parseRosterTime('明天上午')).toBeNull()
    expect(parseRosterTime('12:30')).toBeNull()
  })
})

describe('CSV rosters', () => {
  it('refuses a phone number Excel stored as a number (its 0 lost), as content:import does; a mobile number passes', () => {
    const header = HEADER.split(',')
    const row = (id: string, contact: number) => [
      id,
      '科技之冬培训',
      '现场引导',
      '2026-12-05 09:30',
      '12:30',
      '科技馆门口',
      '一队',
      '队长',
      contact,
      '',
    ]
    const { shifts, problems } = parseRosterRows([header, row('A1', 9946386167), row('A2', 13912345678), row('A3', 6386167)], NOW)
    expect(problems).toEqual([
      {
        line: 2,
        cell: 'I2',
        field: '联系方式',
        message: "被当成了数字，开头的 0 丢了：请把这一列设成“文本”格式后重新填写号码（或在号码前加英文单引号 '）",
      },
    ])
    expect(shifts.map((s) => [s.id, s.contact])).toEqual([
      ['import:A2', '13912345678'],
      ['import:A3', '6386167'],
    ])
  })

  it('splits 携带物品 as content:import does: on line breaks too, never inside brackets', () => {
    const csv = [HEADER, 'A1,科技之冬培训,现场引导,2026-12-05 09:30,12:30,科技馆门口,一队,队长,,"讲解证（正、反面）\n水杯；帽子"'].join(
      '\n',
    )
    expect(parseRosterCsv(csv, NOW).shifts[0]?.bring).toEqual(['讲解证（正、反面）', '水杯', '帽子'])
  })

  it('imports the good lines and names the line and field of each bad one', () => {
    const csv = [
      HEADER,
      'A1,科技之冬培训,现场引导,2026-12-05 09:30,12:30,昌吉市科技馆门口,一队,队长,,马甲、水杯',
      'A2,科技之冬培训,签到,2026-12-05 9点,12:30,昌吉市科技馆门口,一队,队长,,',
      'A3,科技之冬培训,讲解,2026-12-06 10:00,09:00,昌吉市科技馆,一队,队长,,',
      'A4,科技之冬培训,,2026-12-07 10:00,12:00,昌吉市科技馆,一队,队长,,',
      'A5,科技之冬培训,资料发放,2026-12-08 10:00,2026-12-08 12:00,昌吉市科技馆,二队,队长,,',
    ].join('\n')
    const { shifts, problems } = parseRosterCsv(csv, NOW)
    expect(shifts.map((s) => s.id)).toEqual(['import:A1', 'import:A5'])
    expect(shifts[0]).toMatchObject({
      start: '2026-12-05T09:30:00+08:00',
      end: '2026-12-05T12:30:00+08:00',
      bring: ['马甲', '水杯'],
      origin: 'import',
      sample: false,
    })
    expect(problems).toEqual([
      { line: 3, cell: 'D3', field: '开始', message: '“2026-12-05 9点”不是有效时间，应写作 2026-12-05 09:30（北京时间）' },
      { line: 4, cell: 'E4', field: '结束', message: '结束时间应晚于开始时间' },
      { line: 5, cell: 'C5', field: '岗位', message: '不能为空' },
    ])
  })

  it('says which columns are missing from the header', () => {
    const { shifts, problems } = parseRosterCsv('活动,岗位\n培训,引导', NOW)
    expect(shifts).toEqual([])
    expect(problems[0]).toMatchObject({ line: 1, field: '表头' })
    expect(problems[0]!.message).toContain('开始、结束、集合地点')
  })

  it('gives a stable id without an 编号 column, so a re-import updates instead of duplicating', () => {
    const csv = '活动,岗位,开始,结束,集合地点\n科普月,咨询台,2027-09-18 10:00,12:30,科技馆'
    expect(parseRosterCsv(csv, NOW).shifts[0]!.id).toBe(parseRosterCsv(csv, '2027-01-01T00:00:00Z').shifts[0]!.id)
  })

  it('keeps two events’ shifts of one 编号 apart by their 活动编号', () => {
    // The template's example 编号 is guide-am: two team leaders' rosters both use it.
    const header = `活动编号,${HEADER}`
    const changji = parseRosterCsv(
      `${header}\ntech-week-changji,guide-am,科技活动周,讲解,2026-12-05 10:00,12:00,昌吉市科技馆,一队,队长,,`,
      NOW,
    )
    const hami = parseRosterCsv(`${header}\nwinter-hami,guide-am,科技之冬,讲解,2026-12-12 10:00,12:00,哈密市科技馆,二队,队长,,`, NOW)
    expect(changji.shifts[0]).toMatchObject({ id: 'import:tech-week-changji:guide-am', eventId: 'tech-week-changji' })
    expect(hami.shifts[0]!.id).toBe('import:winter-hami:guide-am')
    // Without 活动编号 (a roster sent only to the volunteers), 编号 alone, as before.
    expect(parseRosterCsv(`${HEADER}\nguide-am,科技之冬,讲解,2026-12-12 10:00,12:00,哈密市科技馆,二队,队长,,`, NOW).shifts[0]!.id).toBe(
      'import:guide-am',
    )
  })

  it('refuses what a saved shift may not hold, instead of a shift gone after a reload', () => {
    const row = (n: number, contact: string, bring: string) =>
      `B${n},科技之冬,签到,2026-12-05 09:30,12:30,科技馆门口,一队,队长,${contact},${bring}`
    const csv = [
      HEADER,
      row(1, '1'.repeat(201), ''),
      row(2, '', Array.from({ length: 51 }, (_, i) => `物${i}`).join('、')),
      row(3, '', 'x'.repeat(201)),
      row(4, '138', '马甲'),
    ].join('\n')
    const { shifts, problems } = parseRosterCsv(csv, NOW)
    expect(shifts.map((s) => s.id)).toEqual(['import:B4'])
    expect(problems).toEqual([
      { line: 2, cell: 'I2', field: '联系方式', message: '内容太长（最多 200 字）' },
      { line: 3, cell: 'J3', field: '携带物品', message: '太多了（最多 50 项）' },
      { line: 4, cell: 'J4', field: '携带物品', message: '内容太长（最多 200 字）' },
    ])
  })

  it('reports an empty file plainly', () => {
    expect(parseRosterCsv(`${HEADER}\n\n`, NOW).problems).toEqual([{ line: 2, field: '内容', message: '文件里没有班次' }])
    // Nothing at all (an empty or blank file): empty, not "missing columns".
    for (const text of ['', '\n\n', ' , \n'])
      expect(parseRosterCsv(text, NOW).problems).toEqual([{ line: 1, field: '内容', message: '文件里没有班次' }])
  })

  it('counts the shifts, not the blank lines, against the limit', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `活动,岗位${i},2026-12-05 10:00,12:00,门口`)
    // A file of exactly the limit, ending as editors save it (a newline, a blank line): imported.
    const full = parseRosterCsv(['活动,岗位,开始,结束,集合地点', ...rows(LIMITS.rosterRows), '', ''].join('\n'), NOW)
    expect(full.problems).toEqual([])
    expect(full.shifts).toHaveLength(LIMITS.rosterRows)
    // One more: the count named is the shifts' (it said one more than there were, counting the last newline).
    expect(
      parseRosterCsv(['活动,岗位,开始,结束,集合地点', ...rows(LIMITS.rosterRows + 1), ''].join('\n'), NOW).problems[0]!.message,
    ).toContain(`文件有 ${LIMITS.rosterRows + 1} 个班次`)
  })
})

describe('iCalendar rosters and export', () => {
  it('round-trips shifts through .ics: export, parse with ical.js, import', async () => {
    const { shifts } = parseRosterCsv(`${HEADER}\nA1,科技之冬培训,现场引导,2026-12-05 09:30,12:30,昌吉市科技馆门口,一队,队长,,马甲`, NOW)
    const ics = await shiftsToIcs(shifts)
    const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    expect(vevents).toHaveLength(1)
    expect(vevents[0]!.summary).toBe('志愿服务：现场引导（科技之冬培训）')
    expect(vevents[0]!.location).toBe('昌吉市科技馆门口')
    expect(vevents[0]!.startDate.toJSDate().toISOString()).toBe('2026-12-05T01:30:00.000Z')
    expect(vevents[0]!.uid).toBe('shift-import-A1@kepu-xinjiang')
    const back = await parseRosterIcs(ics, NOW)
    expect(back.problems).toEqual([])
    expect(back.shifts[0]).toMatchObject({
      start: '2026-12-05T09:30:00+08:00',
      end: '2026-12-05T12:30:00+08:00',
      meetingPoint: '昌吉市科技馆门口',
    })
  })

  it('exports a shift from a phone calendar without saying its title twice or 未填写', async () => {
    const phone = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//EN',
      'BEGIN:VEVENT',
      'UID:winter-1',
      'DTSTART:20261205T013000Z',
      'DTEND:20261205T033000Z',
      'SUMMARY:科技之冬讲解',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n')
    const once = await parseRosterIcs(phone, NOW)
    const written = new ICAL.Event(new ICAL.Component(ICAL.parse(shiftsToIcs(once.shifts))).getFirstSubcomponent('vevent')!)
    expect(written.summary).toBe('志愿服务：科技之冬讲解')
    expect(written.location).toBeNull()
    expect(written.description).toBe('时间为北京时间')
    // Imported again from that file, and exported again: still once.
    const twice = await parseRosterIcs(shiftsToIcs(once.shifts), NOW)
    const again = new ICAL.Event(new ICAL.Component(ICAL.parse(shiftsToIcs(twice.shifts))).getFirstSubcomponent('vevent')!)
    expect(again.summary).toBe('志愿服务：科技之冬讲解')
  })

  it('rejects a file that is not iCalendar', async () => {
    const { problems } = await parseRosterIcs('hello', NOW)
    expect(problems[0]).toMatchObject({ field: '格式', message: '不是有效的日历文件（iCalendar）' })
  })
})

describe('roster changes', () => {
  it('lists the fields that changed since the volunteer last looked', () => {
    const seen = { role: '引导', start: '2026-12-05T09:30:00+08:00', end: '2026-12-05T12:30:00+08:00', meetingPoint: '科技馆' }
    expect(changedFields({ ...seen, meetingPoint: '广场' }, seen)).toEqual(['meetingPoint'])
    expect(changedFields(seen, seen)).toEqual([])
  })
})
