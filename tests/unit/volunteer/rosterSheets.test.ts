import { readFileSync } from 'node:fs'

import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import writeXlsxFile from 'write-excel-file/node'

import { decodeRoster, HEADERS, loadCsvParser, parseRosterCsv, parseRosterXlsx, spreadsheetKind } from '@/features/volunteer/roster'
import { ROSTER_COLUMNS } from '@/shared/rosterSheet'
import { readRosterTime } from '@/shared/rosterTime'

// The CSV parser is a lazy chunk in the app (loaded before a CSV is parsed).
beforeAll(loadCsvParser)

/** 2026-12-01 10:00 Beijing: the fixtures' dates without a year (12月6日) fall in 2026. */
const NOW = '2026-12-01T02:00:00.000Z'
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/rosters/${name}`, import.meta.url))
const buffer = (bytes: Buffer) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
const summary = (shifts: { id: string; role: string; start: string; end: string; meetingPoint: string; bring: string[] }[]) =>
  shifts.map(({ id, role, start, end, meetingPoint, bring }) => ({ id, role, start, end, meetingPoint, bring }))

const EXPECTED = [
  {
    id: 'import:R1',
    role: '现场引导',
    start: '2026-12-05T09:30:00+08:00',
    end: '2026-12-05T12:30:00+08:00',
    meetingPoint: '昌吉市科技馆门口',
    bring: ['马甲', '水杯'],
  },
  {
    id: 'import:R2',
    role: '签到',
    start: '2026-12-05T14:00:00+08:00',
    end: '2026-12-05T16:00:00+08:00',
    meetingPoint: '昌吉市科技馆门口',
    bring: [],
  },
  {
    id: 'import:R3',
    role: '讲解',
    start: '2026-12-06T09:30:00+08:00',
    end: '2026-12-06T13:00:00+08:00',
    meetingPoint: '昌吉市科技馆一楼',
    bring: [],
  },
]

describe('times as Excel and people write them (Beijing time)', () => {
  it('reads serial numbers, date cells, slashes, Chinese dates and 上午/下午', () => {
    expect(readRosterTime(46361 + 9.5 / 24)).toBe('2026-12-05T09:30:00+08:00')
    expect(readRosterTime('46361.3958333333')).toBe('2026-12-05T09:30:00+08:00')
    // A date cell read back a hair early (float noise) is still 09:30.
    expect(readRosterTime(new Date(Date.UTC(2026, 11, 5, 9, 29, 59, 999)))).toBe('2026-12-05T09:30:00+08:00')
    expect(readRosterTime(new Date(Date.UTC(1899, 11, 30, 12, 30)), { dayOfStart: '2026-12-05' })).toBe('2026-12-05T12:30:00+08:00')
    expect(readRosterTime(0.5, { dayOfStart: '2026-12-05' })).toBe('2026-12-05T12:00:00+08:00')
    expect(readRosterTime('2026/12/5 9:30')).toBe('2026-12-05T09:30:00+08:00')
    expect(readRosterTime('2026年12月5日 下午3:30')).toBe('2026-12-05T15:30:00+08:00')
    expect(readRosterTime('12月5日 上午9:30', { refDay: '2026-11-26' })).toBe('2026-12-05T09:30:00+08:00')
    expect(readRosterTime('1月3日 9:00', { refDay: '2026-11-26' })).toBe('2027-01-03T09:00:00+08:00')
    // No space after 日, as often typed (it was refused).
    expect(readRosterTime('12月16日9:30', { refDay: '2026-11-26' })).toBe('2026-12-16T09:30:00+08:00')
    expect(readRosterTime('2026年12月15日9:30')).toBe('2026-12-15T09:30:00+08:00')
    expect(readRosterTime('2026年12月15日下午3:00')).toBe('2026-12-15T15:00:00+08:00')
    expect(readRosterTime('中午12:30', { dayOfStart: '2026-12-05' })).toBe('2026-12-05T12:30:00+08:00')
    expect(readRosterTime('9:30 PM', { dayOfStart: '2026-12-05' })).toBe('2026-12-05T21:30:00+08:00')
  })

  it('refuses what it would have to guess', () => {
    expect(readRosterTime('12月5日 上午9:30')).toBeNull() // no year and no reference day
    expect(readRosterTime('2026/13/5 14:00')).toBeNull()
    expect(readRosterTime('2026-12-05 9点')).toBeNull()
    expect(readRosterTime('2026/12/169:30')).toBeNull() // the 16th at 9:30, or the 1st at 69:30?
    expect(readRosterTime('下午13:00 PM', { dayOfStart: '2026-12-05' })).toBeNull()
    expect(readRosterTime(12)).toBeNull() // a serial number before 2000
    expect(readRosterTime(0.5)).toBeNull() // a time alone, without a start day
    expect(readRosterTime(true)).toBeNull()
    // A shift's time needs its clock: a date cell or a whole serial is a day only (it became a shift from 00:00).
    expect(readRosterTime(new Date(Date.UTC(2027, 4, 22)), { needsTime: true })).toBeNull()
    expect(readRosterTime(46529, { needsTime: true })).toBeNull()
    // The same serial as Excel writes it to a CSV.
    expect(readRosterTime('46529', { needsTime: true })).toBeNull()
    expect(readRosterTime(new Date(Date.UTC(2027, 4, 22, 9, 30)), { needsTime: true })).toBe('2027-05-22T09:30:00+08:00')
    expect(readRosterTime(new Date(Date.UTC(1899, 11, 30, 12, 30)), { dayOfStart: '2027-05-22', needsTime: true })).toBe(
      '2027-05-22T12:30:00+08:00',
    )
    // An event's day is a day: without needsTime a whole serial is read as it was.
    expect(readRosterTime(46529)).toBe('2027-05-22T00:00:00+08:00')
  })
})

describe('rosters as teams send them', () => {
  it('an .xlsx roster, a GBK CSV and a UTF-8-BOM CSV with the same shifts import to the same shifts', async () => {
    const xlsx = await parseRosterXlsx(buffer(fixture('roster.xlsx')), NOW)
    const gbkText = decodeRoster(fixture('roster-gbk.csv'))
    const bomText = decodeRoster(fixture('roster-utf8-bom.csv'))
    expect(gbkText.encoding).toBe('gb18030')
    expect(bomText.encoding).toBe('utf-8')
    const gbk = parseRosterCsv(gbkText.text, NOW)
    const bom = parseRosterCsv(bomText.text, NOW)
    for (const result of [xlsx, gbk, bom]) expect(result.problems).toEqual([])
    expect(summary(xlsx.shifts)).toEqual(EXPECTED)
    expect(summary(gbk.shifts)).toEqual(EXPECTED)
    expect(summary(bom.shifts)).toEqual(EXPECTED)
  })

  it('a title row above the header, and a workbook that begins with its 填写说明: the roster is still found', async () => {
    const header = ['活动', '岗位', '开始', '结束', '集合地点']
    const rows = [
      ['科技之冬农技培训', '签到', '2026/12/5 9:30', '12:00', '昌吉市科技馆门口'],
      ['科技之冬农技培训', '讲解', '2026/12/5 下午3:00', '2026/12/5 1:00', '昌吉市科技馆一楼'],
    ]
    const cells = (table: string[][]) => table.map((row) => row.map((value) => ({ value, type: String })))
    const titled = cells([['2026年“科技之冬”志愿服务排班表'], ['填表：市科协'], header, ...rows])
    const book = await writeXlsxFile([
      { sheet: '填写说明', data: cells([['请在“12月排班”里填写']]) },
      { sheet: '12月排班', data: titled },
    ]).toBuffer()
    const result = await parseRosterXlsx(buffer(book), NOW)
    // Before: 第1行：缺少列：活动、岗位、开始、结束、集合地点 (every one of them was in row 3).
    expect(result.shifts.map((s) => s.role)).toEqual(['签到'])
    // Lines as the sheet numbers its rows.
    expect(result.problems).toEqual([{ line: 5, cell: 'D5', field: '结束', message: '结束时间应晚于开始时间' }])
    // A CSV the same; a file whose header is not in its first rows is still told at its first row.
    const csv = parseRosterCsv(['排班表', header.join(','), rows[0]!.join(',')].join('\n'), NOW)
    expect(csv).toMatchObject({ problems: [], shifts: [{ role: '签到' }] })
    // A header short of columns under a title: named at its own row, with what it lacks (not 第1行, all five).
    const short = parseRosterCsv(['排班表', '活动,岗位', rows[0]!.join(',')].join('\n'), NOW)
    expect(short.problems).toEqual([expect.objectContaining({ line: 2, field: '表头' })])
    expect(short.problems[0]!.message).toMatch(/^缺少列：开始、结束、集合地点。/)
    const none = parseRosterCsv(['排班表', '说明', rows[0]!.join(',')].join('\n'), NOW)
    expect(none.problems).toEqual([expect.objectContaining({ line: 1, field: '表头' })])
  })

  it('quotes a cell holding only a day or only a time as Excel shows it (“2026-12-12 00:00”, “1899-12-30 09:30” before)', async () => {
    const date = (iso: string, format: string) => ({ value: new Date(`${iso}Z`), type: Date, format })
    const text = (value: string) => ({ value, type: String })
    const book = await writeXlsxFile([
      ['活动', '岗位', '开始', '结束', '集合地点'].map(text),
      [text('科技之冬'), text('签到'), date('2026-12-12T00:00:00', 'm月d日'), text('12:00'), text('科技馆')],
      [text('科技之冬'), text('讲解'), date('1899-12-30T09:30:00', 'h:mm'), text('12:00'), text('科技馆')],
    ]).toBuffer()
    const result = await parseRosterXlsx(buffer(book), NOW)
    expect(result.problems.map((p) => p.message)).toEqual([
      '“2026-12-12”不是有效时间，应写作 2026-12-05 09:30（北京时间）',
      '“09:30”不是有效时间，应写作 2026-12-05 09:30（北京时间）',
    ])
  })

  it('names the cell of a date it cannot read', async () => {
    const result = await parseRosterXlsx(buffer(fixture('roster-bad-date.xlsx')), NOW)
    expect(result.problems).toEqual([
      { line: 3, cell: 'D3', field: '开始', message: '“2026/13/5 14:00”不是有效时间，应写作 2026-12-05 09:30（北京时间）' },
    ])
    expect(result.shifts.map((s) => s.id)).toEqual(['import:R1', 'import:R3'])
  })

  it('names a cell that shows a formula’s error (#N/A), in an .xlsx (read as empty before) and in a CSV', async () => {
    // R2's 联系方式 as a VLOOKUP of the lead's phone that found nothing: R2 was imported without a number to call.
    const files = unzipSync(fixture('roster.xlsx'))
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!)
    const lookup = '<c r="I3" t="e"><f>VLOOKUP(H3,名单!A:B,2,FALSE)</f><v>#N/A</v></c>'
    files['xl/worksheets/sheet1.xml'] = strToU8(sheet.replace(/(<c r="H3"[^>]*>[\s\S]*?<\/c>)/, `$1${lookup}`))
    const formula = '单元格显示 #N/A（公式出错，或引用的内容不存在）：请改正公式，或直接填写'
    const xlsx = await parseRosterXlsx(zipSync(files).buffer as ArrayBuffer, NOW)
    expect(xlsx.problems).toEqual([{ line: 3, cell: 'I3', field: '联系方式', message: formula }])
    expect(xlsx.shifts.map((s) => s.id)).toEqual(['import:R1', 'import:R3'])
    // Saved as CSV, Excel writes the error as text: it was imported as the lead's name.
    const csv = parseRosterCsv(
      '编号,活动,岗位,开始,结束,集合地点,负责人\nR1,科技之冬,签到,2026-12-05 09:30,2026-12-05 12:00,科技馆门口,#N/A\n',
      NOW,
    )
    expect(csv.problems).toEqual([{ line: 2, cell: 'G2', field: '负责人', message: formula }])
    expect(csv.shifts).toEqual([])
  })

  it('refuses a file that is not a spreadsheet, and tells .xls and .xlsx apart by their bytes', async () => {
    expect(spreadsheetKind(new Uint8Array(fixture('roster.xlsx')))).toBe('xlsx')
    expect(spreadsheetKind(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0]))).toBe('xls')
    expect(spreadsheetKind(new TextEncoder().encode('活动,岗位'))).toBeNull()
    const broken = await parseRosterXlsx(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]).buffer, NOW)
    expect(broken.problems[0]).toMatchObject({ line: 1, field: '格式' })
  })

  it('the template columns are the columns the importer reads', () => {
    const firstNames = Object.values(HEADERS).map((names) => names[0])
    expect(ROSTER_COLUMNS.map((c) => c.header).sort()).toEqual([...firstNames].sort())
  })
})
