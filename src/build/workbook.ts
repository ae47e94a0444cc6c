/**
 * Writes .xlsx workbooks at build time (never in the app): 排班表模板.xlsx and `npm run content:export`.
 * write-excel-file writes the sheets; drop-down lists (data validation), which it leaves to plug-ins, are
 * added here to each sheet's XML, in the place the OOXML schema orders them (after conditional formatting,
 * before hyperlinks and page set-up), so Excel and WPS open the file without a repair prompt.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import writeXlsxFile, { type SheetData } from 'write-excel-file/node'

import { columnLetter } from '../shared/rosterTime'

export interface DropDown {
  /** 0-based column. */
  column: number
  /** Formula for the allowed values: a range such as `说明!$H$2:$H$20`. */
  source: string
  /** Rows the list applies to (1-based, inclusive); default 2 to 2000. */
  fromRow?: number
  toRow?: number
  /** Shown when a typed value is not in the list. */
  error?: string
  /**
   * A warning the organiser may pass, not a refusal: for lists of ids, where a name (昌吉市) or a record added
   * since the export (a new venue on the 场馆 sheet) is also right. Only the import can tell.
   */
  open?: boolean
}

export interface SheetSpec {
  name: string
  /** Header row first. */
  rows: (string | number | boolean | null)[][]
  widths?: number[]
  dropDowns?: DropDown[]
  /** Bold, frozen first row (a table); false for a text sheet such as 说明. */
  header?: boolean
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function validationsXml(list: DropDown[]): string {
  const items = list.map((d) => {
    const col = columnLetter(d.column)
    const range = `${col}${d.fromRow ?? 2}:${col}${d.toRow ?? 2000}`
    const error = d.error ?? '请从下拉列表中选择'
    return (
      `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorStyle="${d.open ? 'warning' : 'stop'}" ` +
      `error="${xml(error)}" sqref="${range}"><formula1>${xml(d.source)}</formula1></dataValidation>`
    )
  })
  return `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`
}

/** Elements that must follow <dataValidations> inside <worksheet> (ECMA-376 CT_Worksheet order). */
const AFTER_VALIDATIONS = [
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'drawing',
  'legacyDrawing',
  'tableParts',
  'extLst',
]

function insertValidations(sheetXml: string, list: DropDown[]): string {
  const markup = validationsXml(list)
  let at = -1
  for (const tag of AFTER_VALIDATIONS) {
    const i = sheetXml.search(new RegExp(`<${tag}[\\s/>]`))
    if (i >= 0 && (at < 0 || i < at)) at = i
  }
  if (at < 0) at = sheetXml.lastIndexOf('</worksheet>')
  return sheetXml.slice(0, at) + markup + sheetXml.slice(at)
}

/** The workbook as bytes. */
export async function writeWorkbook(sheets: SheetSpec[]): Promise<Uint8Array> {
  const data = sheets.map((sheet) => {
    const rows: SheetData = sheet.rows.map((row, r) =>
      row.map((value) => {
        if (value === null || value === '') return null
        const bold = sheet.header !== false && r === 0
        const type = typeof value === 'number' ? Number : typeof value === 'boolean' ? Boolean : String
        return { value, type, wrap: true, ...(bold ? { fontWeight: 'bold' as const } : {}) }
      }),
    )
    return {
      data: rows,
      sheet: sheet.name,
      columns: (sheet.widths ?? []).map((width) => ({ width })),
      ...(sheet.header !== false ? { stickyRowsCount: 1 } : {}),
    }
  })
  const buffer = await writeXlsxFile(data as Parameters<typeof writeXlsxFile>[0]).toBuffer()
  const files = unzipSync(new Uint8Array(buffer))
  sheets.forEach((sheet, i) => {
    if (!sheet.dropDowns?.length) return
    const path = `xl/worksheets/sheet${i + 1}.xml`
    const file = files[path]
    if (!file) throw new Error(`workbook: ${path} not found (write-excel-file changed its layout)`)
    files[path] = strToU8(insertValidations(strFromU8(file), sheet.dropDowns))
  })
  return zipSync(files, { level: 6 })
}
