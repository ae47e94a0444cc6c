/**
 * Cell encodings of the content workbook, both ways. Documented for editors on the 说明 sheet (CELL_HELP).
 *
 * - list: items joined by 、 (`小学、初中`).
 * - sources, one per line: `规划 | changji-14 | 四、（六） | 111`, `常识 | note`,
 *   `发布 | id | url | title | publisher | published | retrieved | note` (note optional).
 * - closures, one per line: `2026-02-15 ~ 2026-02-18 | 春节闭馆 | xjrb-2026-02-11、…`.
 * - observations, one per line: `2020: 10.56`.
 * - Escape hatch for text that contains a separator: a line (or a list cell) written as JSON
 *   (`{"general": "a | b"}`, `["甲、乙", "丙"]`) is read as that value. Export uses it only where needed.
 */
import { parse as parseYaml } from 'yaml'

import { excelErrorText, splitList } from '../../shared/rosterSheet'
import { cellText, readRosterTime, type SheetCell } from '../../shared/rosterTime'
import type { CellKind } from './columns'

const SEP = ' | '
const LIST_SEP = '、'

export const CELL_HELP: [string, string][] = [
  ['列表', `多个值用顿号“${LIST_SEP}”隔开（逗号、分号或换行也可以），例如：小学、初中、公众`],
  ['来源（每行一条）', `规划 | 规划编号 | 章节 | 行号，例如：规划 | changji-14 | 四、（六） | 111`],
  ['', '常识 | 用户看到的说明，例如：常识 | 全国科技活动周一般在5月下旬举行'],
  ['', '发布 | 编号 | 网址 | 标题 | 发布单位 | 发布日期 | 查阅日期 | 摘要（可省略）'],
  ['临时闭馆（每行一条）', '开始日期 ~ 结束日期 | 说明 | 依据的来源编号，例如：2026-02-15 ~ 2026-02-18 | 春节闭馆 | xjrb-2026-02-11'],
  ['观测值（每行一条）', '年份: 数值，例如：2020: 10.56'],
  ['百分数', '单位是 % 的目标，基线值、目标值、更高目标值可以写成 18%（或设成百分比格式）；其他数字列只写数字，不带 %'],
  ['公式', '可以用公式，导入的是单元格显示的结果；显示 #N/A、#REF! 等错误的单元格会被指出，请改正后再导入'],
  ['是/否', '填“是”或“否”；需要预约一栏还可以填 unknown（不清楚）'],
  [
    '活动时间',
    '北京时间。全天活动写日期，例如 2026-05-23 或 2026/5/23；有具体时刻的，例如 2026-05-23 09:30、2026/5/23 9:30 或 2026-05-23T09:30:00+08:00',
  ],
  ['排班时间', '北京时间，例如 2026-12-05 09:30、2026/12/5 9:30 或 12月5日 上午9:30；结束时间同一天可只写 12:30'],
  [
    '特殊字符',
    '文字里本身含有“ | ”、顿号或逗号时，这一行可以写成 JSON，例如 {"general": "甲 | 乙"} 或 ["甲、乙", "丙"]（括号里的顿号、逗号不算分隔）',
  ],
]

const isEmpty = (v: unknown) => v === undefined || v === null || (Array.isArray(v) && v.length === 0)
const json = (v: unknown) => JSON.stringify(v)

function listCell(items: unknown[]): string {
  const texts = items.map(String)
  const cell = texts.join(LIST_SEP)
  // JSON when the cell would not read back as these items (an item with a separator, a space at its end…).
  return items.some((i) => typeof i !== 'string') || JSON.stringify(parseList(cell)) !== JSON.stringify(texts) ? json(items) : cell
}

/** Joins parts with " | "; JSON when a part (other than a free-text last one) would be ambiguous. */
function joined(value: unknown, parts: unknown[], lastIsFree: boolean): string {
  const texts = parts.map((p) => (p === undefined || p === null ? '' : String(p)))
  const fixed = lastIsFree ? texts.slice(0, -1) : texts
  const bad = fixed.some((t) => t.includes('|') || t.includes('\n')) || texts.some((t) => t.includes('\n') || t !== t.trim())
  return bad ? json(value) : texts.join(SEP)
}

function sourceLine(s: Record<string, unknown>): string {
  const keys = Object.keys(s).sort().join(',')
  if (keys === 'lines,plan,section') return joined(s, ['规划', s.plan, s.section, s.lines], false)
  if (keys === 'general') return joined(s, ['常识', s.general], true)
  const published = ['id', 'url', 'title', 'publisher', 'published', 'retrieved']
  if (published.every((k) => typeof s[k] === 'string') && Object.keys(s).every((k) => [...published, 'note'].includes(k))) {
    const parts = ['发布', ...published.map((k) => s[k])]
    return typeof s.note === 'string' ? joined(s, [...parts, s.note], true) : joined(s, parts, false)
  }
  return json(s)
}

/** A field's value (as in the YAML file) → what its cell holds. */
export function encodeCell(value: unknown, kind: CellKind): string | number | null {
  if (isEmpty(value)) return null
  switch (kind) {
    case 'number':
      return typeof value === 'number' ? value : String(value)
    case 'bool':
      return value === true ? '是' : value === false ? '否' : String(value)
    case 'boolOrUnknown':
      return value === true ? '是' : value === false ? '否' : String(value)
    case 'list':
    case 'dateList':
      return Array.isArray(value) ? listCell(value) : json(value)
    case 'sources':
      return Array.isArray(value)
        ? value.map((s) => (s && typeof s === 'object' ? sourceLine(s as Record<string, unknown>) : json(s))).join('\n')
        : json(value)
    case 'closures':
      return Array.isArray(value)
        ? value
            .map((c) => {
              const o = c as Record<string, unknown>
              const ok = Object.keys(o).every((k) => ['start', 'end', 'text', 'from'].includes(k)) && Array.isArray(o.from)
              return ok && typeof o.start === 'string' && typeof o.end === 'string' && !String(o.start).includes('~')
                ? joined(o, [`${o.start} ~ ${o.end}`, o.text, listCell(o.from as unknown[])], false)
                : json(o)
            })
            .join('\n')
        : json(value)
    case 'observations':
      return Array.isArray(value)
        ? value
            .map((o) => {
              const r = o as Record<string, unknown>
              return Object.keys(r).sort().join(',') === 'value,year' && typeof r.year === 'number' && typeof r.value === 'number'
                ? `${r.year}: ${r.value}`
                : json(o)
            })
            .join('\n')
        : json(value)
    default:
      return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : json(value)
  }
}

/** A JSON (or YAML flow) escape: parsed when the text starts with { or [; otherwise undefined. */
function escaped(text: string): unknown {
  if (!/^[[{]/.test(text)) return undefined
  try {
    return parseYaml(text) as unknown
  } catch {
    return undefined
  }
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)

function parseList(text: string): unknown {
  const e = escaped(text)
  if (Array.isArray(e)) return e
  return splitList(text)
}

function parseSource(line: string): unknown {
  const e = escaped(line)
  if (e !== undefined) return e
  const parts = line.split('|').map((p) => p.trim())
  const [tag, ...rest] = parts
  if (tag === '规划') {
    const [plan, section, lines] = rest
    return { plan, section, lines }
  }
  if (tag === '常识') return { general: line.slice(line.indexOf('|') + 1).trim() }
  if (tag === '发布') {
    const [id, url, title, publisher, published, retrieved] = rest
    // The note is free text: everything after the seventh separator.
    let at = 0
    for (let i = 0; i < 7 && at >= 0; i++) at = line.indexOf('|', at + 1)
    const note = at >= 0 ? line.slice(at + 1).trim() : undefined
    return { id, url, title, publisher, published, retrieved, ...(note ? { note } : {}) }
  }
  // Not one of the three forms: handed on as text, so the schema names it.
  return line
}

function parseClosure(line: string): unknown {
  const e = escaped(line)
  if (e !== undefined) return e
  const [range = '', text, from = ''] = line.split('|').map((p) => p.trim())
  const [start, end] = range.split('~').map((p) => p.trim())
  return { start, end: end ?? start, text, from: parseList(from) }
}

function parseObservation(line: string): unknown {
  const e = escaped(line)
  if (e !== undefined) return e
  const m = /^(\d{4})\s*[:：]\s*(-?\d+(?:\.\d+)?)$/.exec(line)
  return m ? { year: Number(m[1]), value: Number(m[2]) } : line
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A day typed as text, with its year: `2027/5/22`, `2027-05-22`, `2027年5月22日`. */
const DAY_TEXT_RE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/

/**
 * A date typed into Excel comes back as a Date (its UTC fields are the wall clock): a day, or a Beijing date-time.
 * Typed as text, a day or a Beijing time in the forms the 排班 sheet takes (`2027/5/22 9:30`, `2027-05-22 09:30`)
 * becomes the files' form (`2027-05-22`, `2027-05-22T09:30:00+08:00`). A date without its year (`5月22日`) is not
 * guessed: an event may be a year or more ahead.
 */
function eventDate(cell: SheetCell): unknown {
  if (cell instanceof Date) {
    const d = new Date(Math.round(cell.getTime() / 60_000) * 60_000)
    const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
    return d.getUTCHours() || d.getUTCMinutes() ? `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00+08:00` : day
  }
  if (typeof cell === 'number') {
    const iso = readRosterTime(cell)
    return iso ? (iso.slice(11, 16) === '00:00' ? iso.slice(0, 10) : iso) : cell
  }
  const text = cellText(cell)
  const day = DAY_TEXT_RE.exec(text)
  if (day) {
    const [, y, m, d] = day.map(Number) as [number, number, number, number]
    const date = new Date(Date.UTC(y, m - 1, d))
    const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    // Not a real day (2027-05-32): handed on as typed, so the schema names it.
    return real ? `${y}-${pad(m)}-${pad(d)}` : text
  }
  return readRosterTime(text) ?? text
}

/**
 * A cell that shows a formula's error (a VLOOKUP that found nothing: #N/A): what to tell the organiser, or
 * undefined. Read as empty before, it kept the file's old value without a word.
 */
export function excelError(cell: SheetCell): string | undefined {
  const error = excelErrorText(cell)
  return error ? `单元格显示 ${error}（公式出错，或引用的内容不存在）：请改正公式，或直接填写内容` : undefined
}

/** A number written as a percentage (`18%`, a cell Excel shows as 18%): the number (18), or undefined. */
export function percentNumber(cell: SheetCell): number | undefined {
  const m = typeof cell === 'string' ? /^(-?\d+(?:\.\d+)?)\s*[%％]$/.exec(cell.trim()) : null
  return m ? Number(m[1]) : undefined
}

/**
 * What a cell holds → the field's value; undefined for an empty cell. Unreadable text is handed on as is, so
 * the schema names it. `refDay` gives the year of a shift date written without one (12月5日).
 */
export function decodeCell(cell: SheetCell, kind: CellKind, dayOfStart?: string, refDay?: string): unknown {
  const text = cellText(cell)
  if (text === '') return undefined
  switch (kind) {
    case 'number': {
      if (typeof cell === 'number') return cell
      const n = Number(text)
      return /^-?\d+(\.\d+)?$/.test(text) && Number.isFinite(n) ? n : text
    }
    case 'bool':
    case 'boolOrUnknown':
      if (cell === true || /^(是|true)$/i.test(text)) return true
      if (cell === false || /^(否|false)$/i.test(text)) return false
      return text
    case 'list':
      return parseList(text)
    case 'dateList': {
      // One day typed as 2026-06-08 is a date cell (read as "2026-06-08 00:00" it was refused as not a day);
      // several, as text, are each read as a day typed in any of the forms 开始时间 takes.
      if (cell instanceof Date || typeof cell === 'number') return [eventDate(cell)]
      const list = parseList(text)
      return Array.isArray(list) ? list.map((item) => (typeof item === 'string' ? eventDate(item) : item)) : list
    }
    case 'date':
      return eventDate(cell)
    case 'shiftTime':
      return readRosterTime(cell, { dayOfStart, refDay, needsTime: true }) ?? text
    case 'sources':
      return lines(text).map(parseSource)
    case 'closures':
      return lines(text).map(parseClosure)
    case 'observations':
      return lines(text).map(parseObservation)
    default:
      return text
  }
}
