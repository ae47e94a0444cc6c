/**
 * Cells of an .xlsx as the organiser sees them in Excel (content:import's readSheetsFile, the phone's roster
 * import). What read-excel-file does not tell: which cells show a formula's error (#N/A, #REF!…), which it reads as
 * empty, which numbers are shown as percentages (18% typed into Excel is stored as 0.18), which it reads
 * as the stored number, and which cells are merged (合并单元格: only the first holds the value, the others read as
 * empty). The first two changed a fact without a word: a 目标值 of 18% became 0.18, a broken VLOOKUP an
 * empty cell that kept the file's old value; the third made every shift under a merged 活动 or 集合地点 "empty".
 * Read here from the workbook's XML.
 */
import { strFromU8, unzipSync } from 'fflate'

/** Cells of one sheet, by 0-based `row,column` as read-excel-file's rows index them. */
export interface RawMarks {
  /** The error a cell shows, e.g. `#N/A`. */
  errors: Map<string, string>
  /** Numbers formatted as a percentage: their stored value (0.18 for 18%). */
  percents: Set<string>
  /** Merged ranges, 0-based and inclusive: [first row, first column, last row, last column]. */
  merges: [number, number, number, number][]
}

/** Excel's built-in percentage formats: 0% and 0.00%. */
const BUILT_IN_PERCENT = new Set(['9', '10'])

/**
 * Elements and attributes whatever their namespace prefix: Excel writes `<c>`, other tools (the OpenXML SDK)
 * `<x:c>`; read-excel-file reads both.
 */
const P = '(?:[\\w.-]+:)?'
const tag = (name: string, flags = 'g') => new RegExp(`<${P}${name}\\b[^>]*>`, flags)
const attr = (element: string, name: string) => {
  const m = new RegExp(`\\s${P}${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(element)
  return m ? unescapeXml(m[1] ?? m[2]!) : undefined
}
const NAMED: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }
/** XML's entities, and Excel's `_xHHHH_` escapes of characters XML cannot hold. */
const unescapeXml = (text: string) =>
  text
    .replace(/&(?:#x([\da-f]+)|#(\d+)|(\w+));/gi, (all, hex?: string, dec?: string, name?: string) =>
      hex || dec ? String.fromCodePoint(parseInt(hex ?? dec!, hex ? 16 : 10)) : (NAMED[name!] ?? all),
    )
    .replace(/_x([\da-f]{4})_/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))

/** `C5` → [4, 2]. */
function cellIndex(ref: string): [row: number, column: number] | null {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)
  if (!m) return null
  let column = 0
  for (const ch of m[1]!) column = column * 26 + ch.charCodeAt(0) - 64
  return [Number(m[2]) - 1, column - 1]
}

/** Style index → whether it shows a number as a percentage (styles.xml's cellXfs and numFmts). */
function percentStyles(styles: string): Set<string> {
  const custom = new Map<string, string>()
  for (const m of styles.matchAll(tag('numFmt'))) {
    const id = attr(m[0], 'numFmtId')
    const code = attr(m[0], 'formatCode')
    if (id && code !== undefined) custom.set(id, code)
  }
  // A % that scales the number: not one in quotes or escaped (\%), the width of one (_%), a fill (*%) or a
  // colour or condition ([Red]): those show a sign, or nothing, and leave the number as it is.
  const isPercent = (id: string) => BUILT_IN_PERCENT.has(id) || /%/.test((custom.get(id) ?? '').replace(/"[^"]*"|[\\_*].|\[[^\]]*\]/g, ''))
  const xfs = new RegExp(`<${P}cellXfs\\b[^>]*>([\\s\\S]*?)</${P}cellXfs>`).exec(styles)?.[1] ?? ''
  const percent = new Set<string>()
  ;[...xfs.matchAll(tag('xf'))].forEach((m, i) => {
    if (isPercent(attr(m[0], 'numFmtId') ?? '0')) percent.add(String(i))
  })
  return percent
}

/** Each sheet's marks by its name; an empty map when the file cannot be read this way (the reader says why). */
export function readRawMarks(bytes: Uint8Array): Map<string, RawMarks> {
  const marks = new Map<string, RawMarks>()
  let files: Record<string, Uint8Array>
  try {
    // Only the parts needed: shared strings and drawings can be megabytes.
    files = unzipSync(bytes, {
      filter: (f) => /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|styles\.xml|worksheets\/[^/]+\.xml)$/.test(f.name),
    })
  } catch {
    return marks
  }
  const text = (name: string) => (files[name] ? strFromU8(files[name]) : '')
  const targets = new Map<string, string>()
  for (const m of text('xl/_rels/workbook.xml.rels').matchAll(tag('Relationship'))) {
    const id = attr(m[0], 'Id')
    const target = attr(m[0], 'Target')
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`)
  }
  const percent = percentStyles(text('xl/styles.xml'))
  for (const m of text('xl/workbook.xml').matchAll(tag('sheet'))) {
    const name = attr(m[0], 'name')
    const target = targets.get(attr(m[0], 'id') ?? '')
    if (!name || !target) continue
    const sheet: RawMarks = { errors: new Map(), percents: new Set(), merges: [] }
    // A row or cell may leave out its place (`r`): it is then the one after the last (as read-excel-file reads it).
    let row = -1
    const rows = new RegExp(`<${P}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}row>)`, 'g')
    const cells = new RegExp(`<${P}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}c>)`, 'g')
    for (const r of text(target).matchAll(rows)) {
      row = Number(attr(r[1]!, 'r') ?? row + 2) - 1
      let column = -1
      for (const c of (r[2] ?? '').matchAll(cells)) {
        const at = cellIndex(attr(c[1]!, 'r') ?? '')
        column = at ? at[1] : column + 1
        const key = `${at ? at[0] : row},${column}`
        const type = attr(c[1]!, 't') ?? 'n'
        const value = new RegExp(`<${P}v>([\\s\\S]*?)</${P}v>`).exec(c[2] ?? '')?.[1]
        if (type === 'e') sheet.errors.set(key, value ? unescapeXml(value) : '#VALUE!')
        else if (type === 'n' && value !== undefined && percent.has(attr(c[1]!, 's') ?? '0')) sheet.percents.add(key)
      }
    }
    for (const m of text(target).matchAll(tag('mergeCell'))) {
      const [from, to] = (attr(m[0], 'ref') ?? '').split(':').map(cellIndex)
      if (from && to && to[0] >= from[0] && to[1] >= from[1]) sheet.merges.push([from[0], from[1], to[0], to[1]])
    }
    if (sheet.errors.size || sheet.percents.size || sheet.merges.length) marks.set(name, sheet)
  }
  return marks
}

/** A sheet as read-excel-file returns it. */
export interface ShownSheet<Cell> {
  sheet: string
  data: Cell[][]
}

/**
 * Cells as Excel shows them: a formula's error as its text (`#N/A`, read as empty before), a percentage as
 * `18%` (read as 0.18 before). The importers then name both at their cell. A merged cell's value is given to
 * every row it spans (a 活动 merged over a day's shifts is each shift's), in its first column only: merged
 * across, a value is one wide cell (a title, 全天 over 开始 and 结束), not the next columns' value too. A row with
 * nothing of its own (a blank line the merge runs through) stays blank, and rows the sheet does not have are not
 * made (a merge down to row 1 048 576).
 */
export function asShown<Cell, T extends ShownSheet<Cell | string | null>>(sheets: T[], bytes: Uint8Array): T[] {
  const marks = readRawMarks(bytes)
  for (const { sheet, data } of sheets) {
    const mark = marks.get(sheet)
    if (!mark) continue
    const put = (r: number, c: number, value: Cell | string) => {
      while (data.length <= r) data.push([])
      const row = data[r]!
      while (row.length < c) row.push(null)
      row[c] = value
    }
    const at = (key: string) => key.split(',').map(Number) as [number, number]
    for (const [key, error] of mark.errors) put(...at(key), error)
    for (const key of mark.percents) {
      const [r, c] = at(key)
      const value = data[r]?.[c]
      if (typeof value === 'number') put(r, c, `${Number((value * 100).toPrecision(12))}%`)
    }
    const own = data.map((row) => row.some((cell) => cell !== null && cell !== undefined && cell !== ''))
    // Merges never overlap in a file Excel opens: more cells than the sheet has means a made-up file; stop there.
    let room = data.length * data.reduce((width, row) => Math.max(width, row.length), 0)
    for (const [top, column, bottom] of mark.merges) {
      const value = data[top]?.[column]
      if (value === null || value === undefined || value === '') continue
      for (let r = top + 1; r <= Math.min(bottom, data.length - 1) && room-- > 0; r++) if (own[r]) put(r, column, value)
    }
  }
  return sheets
}
