/**
 * Roster files a team lead shares: CSV or .xlsx (one shift a row) or iCalendar. Each bad row gives one
 * message naming its line, cell and field; good rows are still imported.
 */
import '@/i18n/zh-CN/lazy'

import { t } from '@/i18n'
import { withoutBidiControls } from '@/shared/bidi'
import { decodeTableText, excelErrorText, phoneLostZero, splitList } from '@/shared/rosterSheet'
import { cellText, columnLetter, readRosterTime, type SheetCell } from '@/shared/rosterTime'
import { beijingDay } from '@/shared/time'
import { type MyShift, shiftSnapshot } from '@/shared/userData'
import { LIMITS, parseInstant, SHORT_MAX, TEXT_MAX } from '@/shared/userRecords'

export interface RosterProblem {
  line: number
  field: string
  message: string
  /** The spreadsheet cell, e.g. `D3`, when the problem is in one. */
  cell?: string
  /** `line` counts a calendar file's entries, not its lines (the field says 第3个日程). */
  entry?: boolean
}

export interface RosterResult {
  shifts: MyShift[]
  problems: RosterProblem[]
  /** Some times carried no zone (CSV, floating .ics, TZID without VTIMEZONE) and were read as Beijing time. */
  beijingAssumed?: boolean
}

/** Text of a roster file: UTF-8 (with or without BOM), else GB18030/GBK (src/shared/rosterSheet.ts). */
export const decodeRoster = decodeTableText

/** A problem for the whole file when it holds more shifts than a roster may. */
export const tooMany = (count: number): RosterProblem => ({
  line: 1,
  field: t('volunteer.roster.fieldContent'),
  message: t('volunteer.roster.tooMany', { count, limit: LIMITS.rosterRows }),
})

type Field = 'eventId' | 'id' | 'eventTitle' | 'role' | 'start' | 'end' | 'meetingPoint' | 'team' | 'lead' | 'contact' | 'bring'

/** Column headers as team leads write them, Chinese first. 排班表模板.xlsx uses the first of each. */
export const HEADERS: Record<Field, string[]> = {
  eventId: ['活动编号', 'event id', 'eventid'],
  id: ['编号', 'id'],
  eventTitle: ['活动', 'event'],
  role: ['岗位', 'role'],
  start: ['开始', '开始时间', 'start'],
  end: ['结束', '结束时间', 'end'],
  meetingPoint: ['集合地点', 'meeting point', 'meetingpoint'],
  team: ['队伍', '团队', 'team'],
  lead: ['负责人', 'lead'],
  contact: ['联系方式', '电话', 'contact'],
  bring: ['携带物品', '需带物品', 'bring'],
}
export const FIELD_LABELS: Record<Field, string> = {
  eventId: '活动编号',
  id: '编号',
  eventTitle: '活动',
  role: '岗位',
  start: '开始',
  end: '结束',
  meetingPoint: '集合地点',
  team: '队伍',
  lead: '负责人',
  contact: '联系方式',
  bring: '携带物品',
}
const REQUIRED: Field[] = ['eventTitle', 'role', 'start', 'end', 'meetingPoint']

/**
 * Roster times are Beijing wall-clock times: `2026-12-05 09:30`, `2026/12/5 9:30`, `12月5日 上午9:30`, an Excel
 * serial number, or ISO with an offset (src/shared/rosterTime.ts). An end may be just `12:30`, meaning the
 * start's day.
 */
export function parseRosterTime(value: SheetCell, dayOfStart?: string, refDay?: string): string | null {
  const iso = readRosterTime(value, { dayOfStart, refDay, needsTime: true })
  // The store's own rule (a real day in 2000–2100, a real time): a time it would refuse is a problem here.
  return iso !== null && parseInstant(iso) !== null ? iso : null
}

function headerIndex(header: string[]): Partial<Record<Field, number>> {
  const index: Partial<Record<Field, number>> = {}
  header.forEach((cell, i) => {
    const name = cell.trim().toLowerCase()
    for (const field of Object.keys(HEADERS) as Field[]) if (HEADERS[field].includes(name)) index[field] = i
  })
  return index
}

/**
 * A date or time cell as Excel shows it, for a message: a cell holding only a day was quoted as “2026-12-12 00:00”
 * (which looks like a time) and one holding only a time as “1899-12-30 09:30” (a year nobody typed).
 */
function shown(value: SheetCell): string {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return withoutBidiControls(cellText(value))
  const [day, time] = value.toISOString().slice(0, 16).split('T') as [string, string]
  return value.getUTCFullYear() < 1900 ? time : time === '00:00' ? day : `${day} ${time}`
}

/** Rows looked through for the header: a title or a note or two may stand above it (a merged 排班表 title). */
const HEADER_ROWS = 10

const requiredIn = (row: SheetCell[]) => {
  const index = headerIndex(row.map(cellText))
  return REQUIRED.filter((f) => index[f] !== undefined).length
}

/** The header's row: the first of the first rows that has every required column; -1 when none has them. */
export function headerRow(rows: SheetCell[][]): number {
  return rows.slice(0, HEADER_ROWS).findIndex((row) => requiredIn(row) === REQUIRED.length)
}

/**
 * Where a header lacking columns is: the first of the first rows with the most required columns (under a title,
 * "第1行 lacks all five" named the wrong row and too much), else the first row.
 */
function nearestHeader(rows: SheetCell[][]): number {
  let best = 0
  rows.slice(0, HEADER_ROWS).forEach((row, i) => {
    // Two at least: one cell reading 开始 in a title or a shift is no header.
    if (requiredIn(row) > Math.max(1, requiredIn(rows[best] ?? []))) best = i
  })
  return best
}

/** Parse a CSV roster. `now` stamps addedAt/updatedAt. */
type Papa = typeof import('papaparse')
let papa: Papa | undefined
/**
 * papaparse, loaded on first use: like the .ics and .xlsx parsers it is a lazy chunk, runtime-cached when the
 * volunteer page warms it (warmRosterParser), not precached for every visitor (the precache is at its 1 MB).
 */
export async function loadCsvParser(): Promise<void> {
  // A CommonJS package: its exports arrive as the default export.
  papa ??= ((await import('papaparse')) as unknown as { default: Papa }).default
}

/** A CSV roster; loadCsvParser() first. */
export function parseRosterCsv(text: string, now = new Date().toISOString()): RosterResult {
  if (!papa) throw new Error('parseRosterCsv: call loadCsvParser() first')
  const parsed = papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false })
  // An unclosed quote makes the parser swallow the lines after it into one cell: name that line.
  const quoteRows = new Set(parsed.errors.filter((e) => e.type === 'Quotes' && e.row !== undefined).map((e) => e.row!))
  return parseRosterRows(parsed.data, now, quoteRows)
}

/**
 * Parse a roster table: a header row, then one shift a row. Cells may be text (CSV) or what a spreadsheet
 * stores (numbers, dates). `now` stamps addedAt/updatedAt and gives the year of a date written without one.
 * Rows above the header (a title) are no shifts; without a complete header in the first rows, the row nearest one
 * is said to lack the columns it lacks.
 */
export function parseRosterRows(rows: SheetCell[][], now = new Date().toISOString(), quoteRows = new Set<number>()): RosterResult {
  const blank = (row: SheetCell[]) => row.every((c) => cellText(c).trim() === '')
  const complete = headerRow(rows)
  const top = complete >= 0 ? complete : nearestHeader(rows)
  // Blank lines (the one a file ends with, those between blocks) are no shifts: neither counted nor named.
  const filled = rows.slice(top + 1).filter((row) => !blank(row)).length
  if (filled > LIMITS.rosterRows) return { shifts: [], problems: [tooMany(filled)] }
  // A file with nothing in it is said to be empty, not to lack its header's columns.
  if (rows.every(blank))
    return { shifts: [], problems: [{ line: 1, field: t('volunteer.roster.fieldContent'), message: t('volunteer.roster.noShifts') }] }
  const refDay = beijingDay(new Date(now))
  const problems: RosterProblem[] = []
  const shifts: MyShift[] = []
  const header = (rows[top] ?? []).map(cellText)
  const index = headerIndex(header)
  const missing = REQUIRED.filter((f) => index[f] === undefined)
  if (rows.length === 0 || missing.length > 0) {
    return {
      shifts,
      problems: [
        {
          line: top + 1,
          field: t('volunteer.roster.fieldHeader'),
          message: t('volunteer.roster.missingColumns', {
            missing: missing.map((f) => FIELD_LABELS[f]).join('、'),
            header: REQUIRED.map((f) => FIELD_LABELS[f]).join(','),
          }),
        },
      ],
    }
  }
  const seenIds = new Set<string>()
  let beijingAssumed = false
  rows.slice(top + 1).forEach((row, i) => {
    const line = top + i + 2
    if (quoteRows.has(top + i + 1)) {
      problems.push({ line, field: t('volunteer.roster.fieldQuotes'), message: t('volunteer.roster.openQuote') })
      return
    }
    if (row.every((c) => cellText(c) === '')) return
    const raw = (f: Field) => (index[f] === undefined ? undefined : row[index[f]!])
    const cell = (f: Field) => withoutBidiControls(cellText(raw(f)))
    const at = (f: Field) => ({
      line,
      field: FIELD_LABELS[f],
      ...(index[f] === undefined ? {} : { cell: `${columnLetter(index[f]!)}${line}` }),
    })
    const rowProblems: RosterProblem[] = []
    // A cell showing a formula's error (a VLOOKUP of the lead's phone that found nothing) would be imported as
    // the text #N/A: a name or a number to call.
    for (const f of Object.keys(index) as Field[]) {
      const value = excelErrorText(raw(f))
      if (value) rowProblems.push({ ...at(f), message: t('volunteer.roster.formulaError', { value }) })
    }
    // Told once: read as text, the same cell would also be a start that is no time.
    if (rowProblems.length) return void problems.push(...rowProblems)
    for (const f of REQUIRED) if (!cell(f)) rowProblems.push({ ...at(f), message: t('volunteer.roster.empty') })
    // A number the volunteer would tap to call, with its leading 0 gone: a wrong number, so not imported.
    if (phoneLostZero(raw('contact'))) rowProblems.push({ ...at('contact'), message: t('volunteer.roster.phoneAsNumber') })
    const start = cell('start') ? parseRosterTime(raw('start'), undefined, refDay) : null
    if (cell('start') && !start)
      rowProblems.push({ ...at('start'), message: t('volunteer.roster.badStart', { value: shown(raw('start')) }) })
    const end = cell('end') && start ? parseRosterTime(raw('end'), start.slice(0, 10), refDay) : null
    if (cell('end') && start && !end)
      rowProblems.push({ ...at('end'), message: t('volunteer.roster.badEnd', { value: shown(raw('end')) }) })
    if (start && end && Date.parse(end) <= Date.parse(start))
      rowProblems.push({ ...at('end'), message: t('volunteer.roster.endBeforeStart') })
    // 编号 is a shift's number within its event (the template's example is guide-am): with 活动编号, two events'
    // guide-am are two shifts (before, the second import replaced the first).
    const key = cell('id')
      ? cell('eventId')
        ? `${cell('eventId')}:${cell('id')}`
        : cell('id')
      : `${cell('eventTitle')}|${cell('role')}|${start ?? ''}`
    const id = `import:${key}`.slice(0, 300)
    if (!rowProblems.length && seenIds.has(id)) rowProblems.push({ ...at('id'), message: t('volunteer.roster.duplicate') })
    if (rowProblems.length) {
      problems.push(...rowProblems)
      return
    }
    const shift = {
      role: cell('role'),
      start: start!,
      end: end!,
      meetingPoint: cell('meetingPoint'),
    }
    const record: MyShift = {
      ...shift,
      id,
      origin: 'import',
      ...(cell('eventId') ? { eventId: cell('eventId') } : {}),
      eventTitle: cell('eventTitle'),
      team: cell('team') || '未填写',
      lead: cell('lead') || '未填写',
      ...(cell('contact') ? { contact: cell('contact') } : {}),
      bring: splitList(cell('bring')),
      sample: false,
      addedAt: now,
      updatedAt: now,
      seen: shiftSnapshot(shift),
    }
    // The volunteer store's schema (shiftSchema) caps text at TEXT_MAX, 活动编号, 联系方式 and each item to
    // bring at 200, and the items at 50: a shift it would refuse on the next read (gone after a reload) is
    // refused now (checked by hand: thousands of rows must import at once on a slow phone).
    const tooLong = (Object.keys(HEADERS) as Field[]).find((f) => cell(f).length > TEXT_MAX)
    if (tooLong) {
      problems.push({ ...at(tooLong), message: t('volunteer.roster.tooLong', { max: TEXT_MAX }) })
      return
    }
    const over200 = (['eventId', 'contact'] as const).find((f) => cell(f).length > SHORT_MAX)
    if (over200 || record.bring.some((item) => item.length > SHORT_MAX)) {
      problems.push({ ...at(over200 ?? 'bring'), message: t('volunteer.roster.tooLong', { max: SHORT_MAX }) })
      return
    }
    if (record.bring.length > LIMITS.bringItems) {
      problems.push({ ...at('bring'), message: t('volunteer.roster.tooManyItems', { max: LIMITS.bringItems }) })
      return
    }
    seenIds.add(id)
    if (!/(Z|[+-]\d{2}:\d{2})$/.test(cell('start'))) beijingAssumed = true
    shifts.push(record)
  })
  if (shifts.length === 0 && problems.length === 0)
    problems.push({ line: top + 2, field: t('volunteer.roster.fieldContent'), message: t('volunteer.roster.noShifts') })
  return { shifts, problems, beijingAssumed }
}

/** An .xlsx file starts with a zip header; an old .xls (not readable here) with the OLE2 signature. */
export function spreadsheetKind(bytes: Uint8Array): 'xlsx' | 'xls' | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx'
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls'
  return null
}

/**
 * Parse an .xlsx roster: the sheet named 排班 (as in 排班表模板.xlsx), else the first with the roster's header (a
 * workbook may begin with its 填写说明), else the first. The reader is a lazy chunk, loaded here.
 */
export async function parseRosterXlsx(bytes: ArrayBuffer, now = new Date().toISOString()): Promise<RosterResult> {
  const { readSheets } = await import('./xlsxRoster')
  let rows: SheetCell[][]
  try {
    const sheets = await readSheets(bytes)
    rows = (sheets.find((s) => s.sheet.trim() === '排班') ?? sheets.find((s) => headerRow(s.data) >= 0) ?? sheets[0])?.data ?? []
  } catch {
    return {
      shifts: [],
      problems: [{ line: 1, field: t('volunteer.roster.fieldFormat'), message: t('volunteer.roster.badXlsx') }],
    }
  }
  return parseRosterRows(rows, now)
}

/**
 * Load the CSV, .ics and .xlsx parsers ahead of use, while online: they are not precached (only this page uses them), and a
 * volunteer may import a roster later in a 连队 without coverage. Only a request made while the service
 * worker controls the page is stored (runtime cache LAZY_CODE_CACHE), and a module is fetched once per
 * page: on a first visit, wait until the worker takes control. Without a worker (WeChat) load it anyway.
 */
export function warmRosterParser(nav: Navigator = navigator): void {
  const load = () => {
    void loadCsvParser().catch(() => undefined)
    void import('./rosterIcs').catch(() => undefined)
    void import('./xlsxRoster').catch(() => undefined)
  }
  const sw = nav.serviceWorker
  if (!sw || sw.controller) load()
  else sw.addEventListener('controllerchange', load, { once: true })
}

/**
 * Parse an iCalendar roster (src/features/volunteer/rosterIcs.ts): loaded with ical.js when a volunteer imports
 * one, warmed and runtime-cached like the other parsers, not precached (the precache is at its 1 MB).
 */
export async function parseRosterIcs(text: string, now = new Date().toISOString()): Promise<RosterResult> {
  const { parseIcs } = await import('./rosterIcs')
  return parseIcs(text, now, { t, withoutBidiControls, shiftSnapshot, LIMITS, parseInstant, tooMany })
}
