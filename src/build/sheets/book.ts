/**
 * Content ⇄ workbook. `exportWorkbook` writes 活动、场馆、排班、目标 and 说明 from content/; `importWorkbook` reads
 * them back, validates every record with the content rules (src/build/validate.ts) and writes the files only
 * when nothing is wrong. Each problem names its sheet, cell and column (`活动!F7: 开始时间: …`).
 *
 * Unchanged records keep their files byte for byte (comments, quoting, flow style): a record is rewritten
 * only when its validated value differs, and then only the top-level fields that changed are replaced in
 * the YAML document. Records missing from the workbook are kept, never deleted (a sheet may hold a subset).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { Document, isMap, isSeq, type Node, parseDocument, visit } from 'yaml'
import type { z } from 'zod'

import { phoneLostZero } from '../../shared/rosterSheet'
import { cellText, columnLetter, type SheetCell } from '../../shared/rosterTime'
import { checkContent } from '../compile'
import { ContentError, type ContentProblem, formatProblem } from '../errors'
import { loadContent, type RawRecord } from '../load'
import { eventSchema, SOURCE_FORMS, targetSchema, venueSchema } from '../schema'
import { buildToday } from '../today'
import { validateContent, withoutCleared } from '../validate'
import { type SheetSpec, writeWorkbook } from '../workbook'
import { CELL_HELP, decodeCell, encodeCell, excelError, percentNumber } from './cells'
import {
  AUDIENCES,
  type Column,
  type Options,
  RECORD_SHEETS,
  type RecordSheet,
  SHEET_ORDER,
  type SheetName,
  SHIFT_COLUMNS,
} from './columns'

type Data = Record<string, unknown>
const SCHEMAS = { events: eventSchema, venues: venueSchema, targets: targetSchema } as Record<string, z.ZodType>

function getPath(data: unknown, path: readonly string[]): unknown {
  let node = data
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Data)[key]
  }
  return node
}

function setPath(data: Data, path: readonly string[], value: unknown) {
  let node = data
  for (const key of path.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object' || Array.isArray(node[key])) node[key] = {}
    node = node[key] as Data
  }
  if (value === undefined) delete node[path.at(-1)!]
  else node[path.at(-1)!] = value
}

/** Drop null, undefined and empty lists, so "absent", "null" and "[]" compare equal (the schema treats them alike). */
function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalize)
  if (value === null || typeof value !== 'object') return value
  const out: Data = {}
  for (const [k, v] of Object.entries(value as Data)) {
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue
    const n = normalize(v)
    if (n !== null && typeof n === 'object' && !Array.isArray(n) && Object.keys(n).length === 0) continue
    out[k] = n
  }
  return out
}
const same = (a: unknown, b: unknown) => JSON.stringify(normalize(a)) === JSON.stringify(normalize(b))

// ───────────────────────────── export ─────────────────────────────

const OPTION_LABELS: Record<string, string> = {
  regions: '地区编号',
  venues: '场馆编号',
  plans: '规划编号',
  events: '活动编号',
  campaigns: '年度活动编号',
}

/** Export content/ as a workbook. The content must pass `content:check` first. */
export async function exportWorkbook(contentDir: string, rootDir: string, today = buildToday()): Promise<Uint8Array> {
  const { problems } = checkContent({ contentDir, rootDir, today })
  if (problems.length) throw new ContentError(problems)
  const loaded: ContentProblem[] = []
  const records = loadContent(contentDir, rootDir, loaded)
  const of = (collection: string) => records.filter((r) => r.collection === collection)
  const ids = (collection: string) => of(collection).map((r) => String((r.data as Data).id))

  // Drop-down lists live in columns of the 说明 sheet, one list per column, from column E.
  const lists = new Map<string, { title: string; values: string[] }>()
  const listKey = (col: Column) => (typeof col.options === 'string' ? col.options : `${col.header}:${(col.options as string[]).join(',')}`)
  const register = (col: Column) => {
    if (!col.options) return
    const key = listKey(col)
    if (lists.has(key)) return
    const values = typeof col.options === 'string' ? ids(col.options) : [...(col.options as readonly string[])]
    lists.set(key, { title: typeof col.options === 'string' ? OPTION_LABELS[col.options]! : col.header, values })
  }
  const allColumns = [...Object.values(RECORD_SHEETS).flatMap((s) => s.columns), ...SHIFT_COLUMNS]
  allColumns.forEach(register)
  const listColumn = new Map([...lists.keys()].map((key, i) => [key, 4 + i]))
  const dropDowns = (columns: Column[]) =>
    columns.flatMap((col, column) => {
      if (!col.options) return []
      const key = listKey(col)
      const letter = columnLetter(listColumn.get(key)!)
      const count = Math.max(1, lists.get(key)!.values.length)
      // Ids (地区, 场馆, 活动…) may also be typed as names, or name a record added since the export: a warning.
      const open = typeof col.options === 'string'
      const error = open
        ? `不在下拉列表中（见“说明”表 ${letter} 列）。填名称或新加的编号也可以，导入时会检查`
        : `请从下拉列表中选择（见“说明”表 ${letter} 列）`
      return [{ column, source: `说明!$${letter}$2:$${letter}$${count + 1}`, error, open }]
    })

  const sheets: SheetSpec[] = []
  for (const name of SHEET_ORDER) {
    if (name === '排班') {
      const rows = of('events').flatMap((r) => {
        const data = r.data as Data
        const shifts = Array.isArray(data.shifts) ? (data.shifts as Data[]) : []
        return shifts.map((shift) =>
          SHIFT_COLUMNS.map((col) => {
            const key = col.path[0]!
            const value = key === 'event' ? data.id : key === 'eventTitle' ? data.title : shift[key]
            return encodeCell(value, col.kind)
          }),
        )
      })
      sheets.push({
        name,
        rows: [SHIFT_COLUMNS.map((c) => c.header), ...rows],
        widths: SHIFT_COLUMNS.map((c) => c.width),
        dropDowns: dropDowns(SHIFT_COLUMNS),
      })
      continue
    }
    const { collection, columns } = RECORD_SHEETS[name]
    const rows = of(collection).map((r) => columns.map((col) => encodeCell(getPath(r.data, col.path), col.kind)))
    sheets.push({ name, rows: [columns.map((c) => c.header), ...rows], widths: columns.map((c) => c.width), dropDowns: dropDowns(columns) })
  }

  // 说明: how to fill in the sheets (columns A–B), then the drop-down lists (from column E).
  const help: (string | null)[][] = [
    ['科普新疆内容表', '由 npm run content:export 生成；改好后用 npm run content:import 文件.xlsx 写回 content/ 文件夹。'],
    ['规则', '有任何错误时不会写入任何文件；错误写明工作表、单元格和列，例如 活动!F7: 开始时间: …'],
    ['', '表里没有的记录保持不变（不会删除）；删除记录请直接删除 content/ 里的文件。'],
    ['', '排班表：一行一个班次，“活动编号”写活动表里的编号；与 排班表模板.xlsx 的列相同。'],
    ['', '地区、规划和年度活动（campaigns）在 content/ 文件里编辑，这里只作下拉选项。'],
    ['面向对象', `可填：${AUDIENCES.join('、')}`],
    ...CELL_HELP,
  ]
  const listRows = Math.max(...[...lists.values()].map((l) => l.values.length + 1))
  const grid: (string | null)[][] = Array.from({ length: Math.max(help.length, listRows) }, (_, r) => {
    const row: (string | null)[] = [help[r]?.[0] ?? null, help[r]?.[1] ?? null, null, null]
    for (const { title, values } of lists.values()) row.push(r === 0 ? title : (values[r - 1] ?? null))
    return row
  })
  sheets.push({ name: '说明', rows: grid, header: false, widths: [18, 80, 2, 2, ...[...lists.keys()].map(() => 16)] })
  return writeWorkbook(sheets)
}

// ───────────────────────────── import ─────────────────────────────

export interface SheetRows {
  sheet: string
  data: SheetCell[][]
}

export interface ImportOptions {
  contentDir: string
  rootDir: string
  today?: string
  /** Write the files (default true); false only checks. */
  write?: boolean
}

export interface ImportResult {
  /** One line per problem: `活动!F7: 开始时间: …` or `content/x.yaml:3: field: …`. Nothing is written when any. */
  problems: string[]
  /** Files written (changed or new), relative to rootDir. */
  written: string[]
  unchanged: number
}

interface RowRecord {
  sheet: RecordSheet
  row: number
  collection: 'events' | 'venues' | 'targets'
  id: string
  data: Data
  /**
   * Where each column is on the organiser's sheet: a problem found later names its cell there, whatever
   * columns were removed or moved (the standard position named the wrong cell).
   */
  at: Map<Column, number>
  /** Rows on the 排班 sheet of each shift, in order. */
  shiftRows?: number[]
}

/** A 目标's values, which may be typed as percentages (18%) when its unit is %. */
const PERCENT_FIELDS = new Set(['baseline.value', 'target.value', 'stretch.value'])

/** The form of every id (schema.ts): a value of another form in an id column was typed, not picked. */
const ID_FORM = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** The items of a 来源 line, as 说明 names them. */
const SOURCE_ITEMS: Record<string, string> = {
  plan: '规划编号',
  section: '章节',
  lines: '行号',
  general: '说明',
  id: '编号',
  url: '网址',
  title: '标题',
  publisher: '发布单位',
  published: '发布日期',
  retrieved: '查阅日期',
  note: '摘要',
}

/**
 * A problem of the 来源 cell said as the cell writes it (one source a line, items between |): which source
 * (第 2 条, counting the cell's sources, not its blank lines), which item, and for a line in none of the
 * forms the line itself, not the YAML braces of the schema's words.
 */
function sourceMessage(sources: unknown, path: string[], message: string): string {
  const n = Number(path[1])
  if (!Number.isInteger(n)) return message
  const which = `第 ${n + 1} 条`
  if (path.length > 2) return `${which}的${SOURCE_ITEMS[path[2]!] ?? path[2]}：${message}`
  if (message !== SOURCE_FORMS) return `${which}：${message}`
  const item: unknown = Array.isArray(sources) ? sources[n] : undefined
  if (item !== null && typeof item === 'object' && 'plan' in item) return `${which}规划来源要写全：规划 | 规划编号 | 章节 | 行号`
  if (item !== null && typeof item === 'object' && 'general' in item) return `${which}常识来源要写说明：常识 | 说明`
  const line = typeof item === 'string' ? `“${item}”` : ''
  return `${which}${line}不是三种写法之一（见“说明”表）：规划 | 规划编号 | 章节 | 行号；常识 | 说明；发布 | 编号 | 网址 | 标题 | 发布单位 | 发布日期 | 查阅日期`
}

const isRosterHeader = (header: string[]) => header.includes('活动编号') && header.includes('岗位')

/** Read the sheets into records, check them with the content rules, and write the files when all is well. */
export function importWorkbook(sheets: SheetRows[], options: ImportOptions): ImportResult {
  const { contentDir, rootDir } = options
  const today = options.today ?? buildToday()
  const problems: string[] = []
  const cell = (sheet: string, column: number, row: number, header: string, message: string) =>
    problems.push(`${sheet}!${columnLetter(column)}${row}: ${header}: ${message}`)
  /**
   * A problem of a column in a row: at its cell on the organiser's sheet, or at the row when the sheet left the
   * column out (the value came from the content file).
   */
  const at = (sheet: string, where: Map<Column, number>, column: Column, row: number, message: string) => {
    const index = where.get(column)
    if (index !== undefined) cell(sheet, index, row, column.header, message)
    else problems.push(`${sheet}!第 ${row} 行: ${column.header}（表中没有这一列，用的是文件里原有的值）: ${message}`)
  }

  const loadProblems: ContentProblem[] = []
  const existing = loadContent(contentDir, rootDir, loadProblems)
  if (loadProblems.length) return { problems: loadProblems.map(formatProblem), written: [], unchanged: 0 }
  const existingById = new Map(existing.map((r) => [`${r.collection}/${String((r.data as Data)?.id)}`, r]))

  // A single-sheet roster file (CSV or .xlsx) is read as the 排班 sheet.
  const named = new Map(sheets.map((s) => [s.sheet.trim(), s]))
  if (!named.has('排班') && sheets.length === 1 && isRosterHeader((sheets[0]!.data[0] ?? []).map(cellText))) named.set('排班', sheets[0]!)
  if (![...named.keys()].some((n) => (SHEET_ORDER as string[]).includes(n))) {
    return { problems: [`工作簿没有 ${SHEET_ORDER.join('、')} 中的任何一个工作表`], written: [], unchanged: 0 }
  }
  // A sheet renamed (活动（改）) or copied (Excel's 移动或复制 makes 活动 (2)) was skipped, and the import said
  // 写入 0 个文件: the edits in it were lost without a word. The help sheets (说明, the template's 填写说明) are read by nobody.
  for (const [name, s] of named)
    if (s !== named.get('排班') && !(SHEET_ORDER as string[]).includes(name) && name !== '说明' && name !== '填写说明')
      problems.push(
        `工作表“${name}”: 不认识这个工作表名，它的内容不会导入。改过名字或复制过的话，请改回 ${SHEET_ORDER.join('、')} 之一，或删掉这个工作表`,
      )

  /** Header → column, reporting unknown headers. */
  const headerMap = (name: string, rows: SheetCell[][], columns: Column[]) => {
    const map = new Map<number, Column>()
    ;(rows[0] ?? []).forEach((h, i) => {
      const text = cellText(h)
      if (!text) return
      const col = columns.find((c) => c.header === text)
      if (col) map.set(i, col)
      else cell(name, i, 1, '表头', `不认识的列“${text}”，可用的列：${columns.map((c) => c.header).join('、')}`)
    })
    return map
  }
  const isBlank = (row: SheetCell[]) => row.every((c) => cellText(c) === '')

  // A region or venue typed by its Chinese name (昌吉, 昌吉市) instead of picked from the list: the name is as
  // plain as the id, when exactly one record has it. Another name is told once (notAName, below).
  const byName = (collection: 'regions' | 'venues') => {
    const pairs: [id: unknown, name: unknown][] = existing
      .filter((r) => r.collection === collection)
      .flatMap((r) => {
        const data = r.data as Data
        return [
          [data.id, data.name],
          [data.id, data.shortName],
        ] as [unknown, unknown][]
      })
    // A venue added on the 场馆 sheet of this workbook can be named on its 活动 sheet.
    const sheet = collection === 'venues' ? named.get('场馆') : undefined
    if (sheet) {
      const header = (sheet.data[0] ?? []).map(cellText)
      const [idAt, nameAt] = [header.indexOf('编号'), header.indexOf('名称')]
      if (idAt >= 0 && nameAt >= 0) for (const row of sheet.data.slice(1)) pairs.push([cellText(row[idAt]), cellText(row[nameAt])])
    }
    // Name → the ids of the records with that name: one id, or several (then the name says none of them).
    const found = new Map<string, Set<string>>()
    for (const [id, name] of pairs) {
      if (typeof id !== 'string' || !id || typeof name !== 'string' || !name) continue
      found.set(name, (found.get(name) ?? new Set()).add(id))
    }
    return found
  }
  const names = { regions: byName('regions'), venues: byName('venues') } as Record<string, Map<string, Set<string>>>
  const knownIds = new Set(existing.map((r) => `${r.collection}/${String((r.data as Data)?.id)}`))
  const idFromName = (col: Column, value: unknown) => {
    const list = typeof col.options === 'string' ? names[col.options] : undefined
    if (!list || typeof value !== 'string' || knownIds.has(`${col.options as string}/${value}`)) return value
    const ids = list.get(value)
    return ids?.size === 1 ? [...ids][0]! : value
  }
  /** A name that is no record's (昌吉州): one message, not the id's form and then "not found" as well. */
  const told = new Set<string>()
  const notAName = (col: Column, value: unknown) => {
    const list = typeof col.options === 'string' ? names[col.options] : undefined
    if (!list || typeof value !== 'string' || ID_FORM.test(value)) return null
    const what = OPTION_LABELS[col.options as string]!.replace(/编号$/, '')
    const ids = [...(list.get(value) ?? [])]
    if (ids.length > 1) return `不止一个${what}叫“${value}”（${ids.join('、')}）：请从下拉列表里选${what}编号`
    const example = [...list].find(([name, ids]) => ids.size === 1 && name.length > 2)
    return `“${value}”不是${what}编号，也不是哪个${what}的名称：请从下拉列表里选${example ? `，例如 ${[...example[1]][0]}（${example[0]}）` : ''}`
  }

  /**
   * A phone number Excel or WPS took for a number (09946386167 kept as 9946386167): the schema accepts the
   * digits left, and the app's 拨打 would call a wrong number. Typed as text it keeps its 0.
   */
  const numberPhone = (col: Column, value: SheetCell) =>
    (col.path.join('.') === 'contact.phone' || (col.path.length === 1 && col.path[0] === 'contact')) && phoneLostZero(value)
      ? "被当成了数字，开头的 0 会丢失：请把这一列设成“文本”格式后重新填写号码（或在号码前加英文单引号 '）"
      : null

  const records = new Map<string, RowRecord>()
  for (const name of ['活动', '场馆', '目标'] as RecordSheet[]) {
    const sheet = named.get(name)
    if (!sheet) continue
    const { collection, columns } = RECORD_SHEETS[name]
    const map = headerMap(name, sheet.data, columns)
    const idColumn = [...map.entries()].find(([, c]) => c.path[0] === 'id')?.[0]
    if (idColumn === undefined) {
      cell(name, 0, 1, '表头', '缺少“编号”列')
      continue
    }
    sheet.data.slice(1).forEach((row, i) => {
      const rowNumber = i + 2
      if (isBlank(row)) return
      const id = cellText(row[idColumn])
      if (!id) return void cell(name, idColumn, rowNumber, '编号', '必须填写')
      const idError = excelError(row[idColumn])
      if (idError) return void cell(name, idColumn, rowNumber, '编号', idError)
      const key = `${collection}/${id}`
      if (records.has(key))
        return void cell(name, idColumn, rowNumber, '编号', `编号“${id}”重复（第 ${records.get(key)!.row} 行也用了这个编号）`)
      // Start from the file (a column left out of the sheet keeps the file's value), then take each cell.
      const base = existingById.get(key)
      const data = structuredClone((base?.data as Data) ?? {}) as Data
      const percents: number[] = []
      for (const [index, col] of map) {
        const field = `${key}|${col.path.join('.')}`
        const error = excelError(row[index])
        if (error) {
          cell(name, index, rowNumber, col.header, error)
          told.add(field)
          continue
        }
        // 18% typed into Excel: a target's value in its unit %, checked below; in any other number, a mistake.
        const percent = col.kind === 'number' ? percentNumber(row[index]) : undefined
        if (percent !== undefined) {
          if (PERCENT_FIELDS.has(col.path.join('.')) && collection === 'targets') {
            percents.push(index)
            setPath(data, col.path, percent)
          } else {
            cell(name, index, rowNumber, col.header, `写成了百分数 ${cellText(row[index])}，这一列填数字：请去掉百分号`)
            told.add(field)
          }
          continue
        }
        const value = idFromName(col, decodeCell(row[index], col.kind))
        const wrong = notAName(col, value) ?? numberPhone(col, row[index])
        if (wrong) {
          cell(name, index, rowNumber, col.header, wrong)
          told.add(field)
        }
        setPath(data, col.path, value)
      }
      // A percentage is a value in %: 18% with 单位 人 would be published as 18 人.
      const unit = getPath(data, ['unit'])
      if (unit !== '%')
        for (const index of percents) {
          const col = map.get(index)!
          cell(
            name,
            index,
            rowNumber,
            col.header,
            `写成了百分数 ${cellText(row[index])}，但单位是“${String(unit ?? '')}”：请去掉百分号，或把单位改为 %`,
          )
          told.add(`${key}|${col.path.join('.')}`)
        }
      // A nested object whose cells are all empty is left out, not written as {}.
      for (const col of map.values()) {
        if (col.path.length < 2) continue
        const parent = getPath(data, col.path.slice(0, -1))
        if (parent && typeof parent === 'object' && Object.values(parent).every((v) => v === undefined))
          setPath(data, col.path.slice(0, -1), undefined)
      }
      records.set(key, { sheet: name, row: rowNumber, collection, id, data, at: new Map([...map].map(([i, c]) => [c, i])) })
    })
  }

  // 排班: the shifts of each event, in row order. With the sheet present, an event it does not name has none.
  const roster = named.get('排班')
  let rosterAt = new Map<Column, number>()
  if (roster) {
    const map = headerMap('排班', roster.data, SHIFT_COLUMNS)
    rosterAt = new Map([...map].map(([i, c]) => [c, i]))
    const col = (path: string) => [...map.entries()].find(([, c]) => c.path[0] === path)?.[0]
    const eventColumn = col('event')
    // A roster file alone (a team leader's 排班表, no 活动 sheet) adds to an event's published shifts, by 编号:
    // each team sends its own, and the second file replaced the first team's shifts without a word. With the
    // whole workbook, its 排班 sheet is every shift there is (a row deleted is a shift taken down).
    // The export's 说明 sheet marks the whole workbook, cut down to 排班 or not (the template has 填写说明).
    const rosterOnly = !Object.keys(RECORD_SHEETS).some((n) => named.has(n)) && !named.has('说明')
    if (eventColumn === undefined) cell('排班', 0, 1, '表头', '缺少“活动编号”列')
    else {
      for (const r of records.values()) if (r.collection === 'events') r.data.shifts = undefined
      roster.data.slice(1).forEach((row, i) => {
        const rowNumber = i + 2
        if (isBlank(row)) return
        const eventId = cellText(row[eventColumn])
        const eventError = excelError(row[eventColumn])
        if (eventError) return void cell('排班', eventColumn, rowNumber, '活动编号', eventError)
        const key = `events/${eventId}`
        let record = records.get(key)
        if (!record) {
          const base = existingById.get(key)
          if (!eventId || !base) {
            return void cell(
              '排班',
              eventColumn,
              rowNumber,
              '活动编号',
              eventId ? `找不到活动编号“${eventId}”（活动表和 content/events/ 里都没有）` : '必须填写',
            )
          }
          const kept = rosterOnly ? (structuredClone((base.data as Data).shifts) as Data[] | undefined) : undefined
          record = {
            sheet: '活动',
            row: 0,
            collection: 'events',
            id: eventId,
            data: { ...structuredClone(base.data as Data), shifts: kept },
            at: new Map(),
            // Row 0: a shift kept from the event's file, not read from this file.
            shiftRows: kept?.map(() => 0),
          }
          records.set(key, record)
        }
        const shift: Data = {}
        const startAt = col('start')
        // A start that shows an error is told at its cell (below); the end is then read without its day.
        const start =
          startAt === undefined || excelError(row[startAt]) ? undefined : decodeCell(row[startAt], 'shiftTime', undefined, today)
        for (const [index, c] of map) {
          const path = c.path[0]!
          if (path === 'event' || path === 'eventTitle') continue
          const error = excelError(row[index])
          if (error) {
            cell('排班', index, rowNumber, c.header, error)
            continue
          }
          const phone = numberPhone(c, row[index])
          if (phone) cell('排班', index, rowNumber, c.header, phone)
          const value =
            path === 'start' ? start : decodeCell(row[index], c.kind, typeof start === 'string' ? start.slice(0, 10) : undefined, today)
          if (value !== undefined) shift[path] = value
        }
        shift.sample = false
        const shifts = ((record.data.shifts as Data[] | undefined) ??= [])
        const rows = (record.shiftRows ??= [])
        // A kept shift of the same 编号 is this row's new version (two rows of one 编号 stay two: told as such).
        const same = shifts.findIndex((s, i) => rows[i] === 0 && s.id === shift.id)
        if (same >= 0) {
          shifts[same] = shift
          rows[same] = rowNumber
        } else {
          shifts.push(shift)
          rows.push(rowNumber)
        }
      })
    }
  }

  // Validate with the content rules: the workbook's records replace the files of the same id.
  const rowRecords = [...records.values()]
  const raw: RawRecord[] = rowRecords.map((r, i) => ({
    collection: r.collection,
    file: `#${i}`,
    stem: r.id,
    data: normalizeShifts(r.data),
    lineOf: () => 0,
  }))
  const replaced = new Set(rowRecords.map((r) => `${r.collection}/${r.id}`))
  const others = existing.filter((r) => !replaced.has(`${r.collection}/${String((r.data as Data)?.id)}`))
  const found: ContentProblem[] = []
  validateContent([...others, ...raw], found, { today })
  for (const p of found) {
    if (!p.file.startsWith('#')) {
      problems.push(formatProblem(p))
      continue
    }
    const r = rowRecords[Number(p.file.slice(1))]!
    if (told.has(`${r.collection}/${r.id}|${p.field}`)) continue
    const path = p.field ? p.field.split('.') : []
    if (path[0] === 'shifts' && r.shiftRows && path.length > 1) {
      const row = r.shiftRows[Number(path[1])] ?? 0
      const column = SHIFT_COLUMNS[columnFor(SHIFT_COLUMNS, path.slice(2))]!
      if (row === 0)
        problems.push(`排班（content/events/${r.id}.yaml 里原有的班次 ${Number(path[1]) + 1}）: ${column.header}: ${p.message}`)
      else at('排班', rosterAt, column, row, p.message)
      continue
    }
    const columns = RECORD_SHEETS[r.sheet].columns
    const column = columns[columnFor(columns, path)]!
    // The schema's words for a source name YAML's keys and braces; the cell is written with | as 说明 shows.
    if (path[0] === 'sources') p.message = sourceMessage(r.data.sources, path, p.message)
    if (r.row === 0) problems.push(`${r.sheet}（content/events/${r.id}.yaml）: ${column.header}: ${p.message}`)
    else at(r.sheet, r.at, column, r.row, p.message)
  }
  if (problems.length) return { problems: ordered(problems), written: [], unchanged: 0 }

  // Work out every file first; write only when all are ready.
  const outputs: [string, string][] = []
  let unchanged = 0
  for (const r of rowRecords) {
    const data = normalizeShifts(r.data)
    const schema = SCHEMAS[r.collection]!
    const base = existingById.get(`${r.collection}/${r.id}`)
    const path = join(contentDir, r.collection, `${r.id}.yaml`)
    if (base) {
      // As content:check reads them: without the fields the web editor cleared ('' or null), which the bare
      // schema refuses (the import crashed with a ZodError on files that pass the check). A file that no
      // longer passes (edited since the export) is compared as it is and rewritten from the workbook.
      const read = (d: Data) => {
        const kept = withoutCleared(schema, d)
        const result = schema.safeParse(kept)
        return (result.success ? result.data : kept) as Data
      }
      const before = read(base.data as Data)
      const after = read(data)
      if (same(before, after)) {
        unchanged++
        continue
      }
      const text = readFileSync(path, 'utf8')
      const doc = parseDocument(text)
      for (const key of new Set([...Object.keys(before), ...Object.keys(after), ...Object.keys(base.data as Data)])) {
        if (same(before[key], after[key])) continue
        if (data[key] === undefined) doc.delete(key)
        else doc.set(key, styled(doc, data[key]))
      }
      outputs.push([path, yamlText(doc)])
    } else {
      const doc = new Document()
      doc.contents = styled(doc, clean(data))
      outputs.push([path, yamlText(doc)])
    }
  }
  if (options.write !== false) for (const [path, text] of outputs) writeFileSync(path, text)
  return { problems: [], written: outputs.map(([p]) => p.slice(rootDir.length + 1)), unchanged }
}

/** The content files' style: `{ plan: x, … }` padded, `[a, b]` not (yaml pads both or neither). */
function yamlText(doc: Document): string {
  return doc
    .toString({ lineWidth: 0, flowCollectionPadding: true })
    .split('\n')
    .map((line) => line.replace(/\[ ([^[\]"']*) \]/g, '[$1]'))
    .join('\n')
}

const SHEET_RANK = new Map(SHEET_ORDER.map((name, i) => [name as string, i]))
/**
 * Problems by sheet, row and column; an end time is not reported again when its row's start is wrong
 * (it cannot be read without the start's day).
 */
function ordered(problems: string[]): string[] {
  const key = (line: string) => {
    const m = /^(.+?)!([A-Z]+)(\d+): /.exec(line)
    // A row's problem in a column its sheet left out: after that row's cells.
    const row = /^(.+?)!第 (\d+) 行: /.exec(line)
    if (row) return [SHEET_RANK.get(row[1]!) ?? 98, Number(row[2]), 1e6]
    if (!m) return [99, 0, 0]
    return [SHEET_RANK.get(m[1]!) ?? 98, Number(m[3]), m[2]!.length * 100 + m[2]!.charCodeAt(m[2]!.length - 1)]
  }
  const startRows = new Set(problems.filter((l) => / 开始: /.test(l)).map((l) => l.replace(/!([A-Z]+)(\d+):.*/, '#$2')))
  return [...new Set(problems)]
    .filter((l) => !(/^排班!/.test(l) && / 结束: /.test(l) && startRows.has(l.replace(/!([A-Z]+)(\d+):.*/, '#$2'))))
    .sort((a, b) => {
      const [x, y] = [key(a), key(b)]
      return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!
    })
}

/** Shifts as the schema wants them: the `bring` list always present. */
function normalizeShifts(data: Data): Data {
  if (!Array.isArray(data.shifts)) return clean(data)
  return clean({ ...data, shifts: (data.shifts as Data[]).map((s) => ({ ...s, bring: s.bring ?? [] })) })
}

/** Without undefined fields (YAML would write them as null). */
function clean(data: Data): Data {
  return JSON.parse(JSON.stringify(data)) as Data
}

/** The column for a field path: the longest column path that is a prefix of it, else its first key, else 编号. */
function columnFor(columns: Column[], path: string[]): number {
  let best = -1
  let length = 0
  columns.forEach((c, i) => {
    if (c.path.length > length && c.path.every((k, j) => path[j] === k)) {
      best = i
      length = c.path.length
    }
  })
  if (best < 0) best = columns.findIndex((c) => c.path[0] === path[0])
  return best < 0 ? 0 : best
}

/** YAML nodes in the content files' style: lists of plain values and plan sources in flow style. */
function styled(doc: Document, value: unknown): Node {
  const node = doc.createNode(value) as Node
  visit(node, {
    Seq(_, seq) {
      if (seq.items.every((i) => !isMap(i) && !isSeq(i))) seq.flow = true
    },
    Map(_, map) {
      const keys = map.items.map((p) => String((p.key as { value?: unknown })?.value ?? p.key))
      if (keys.join(',') === 'plan,section,lines' || (keys.every((k) => ['start', 'end', 'text', 'from'].includes(k)) && keys.length === 4))
        map.flow = true
    },
  })
  return node
}

export type { Options, SheetName }
