/**
 * A workbook or roster file as sheets of cells: .xlsx (every sheet), or CSV in UTF-8, UTF-8 with BOM or
 * GBK/GB18030 (Excel's "CSV (逗号分隔)" on Chinese Windows), read as the 排班 sheet.
 */
import { readFileSync } from 'node:fs'

import Papa from 'papaparse'
import readXlsxFile from 'read-excel-file/node'

import { decodeTableText } from '../../shared/rosterSheet'
import type { SheetRows } from './book'
import { readRawMarks } from './rawCells'

/** A file that cannot be read as a workbook, with what to do about it in the organiser's words. */
export class SheetsFileError extends Error {}

export async function readSheetsFile(path: string): Promise<SheetRows[]> {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch {
    throw new SheetsFileError(`找不到文件 ${path}，请检查文件名和所在的文件夹`)
  }
  // An old .xls, a WPS .et or a password-protected workbook (all OLE2 files) read as CSV was garbled headers.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw new SheetsFileError(`${path} 是旧的 .xls/.et 格式或设了密码：请在 Excel 或 WPS 里去掉密码，另存为 .xlsx 后再导入`)
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b
  if (!zip) {
    const { text } = decodeTableText(bytes)
    return [{ sheet: '排班', data: Papa.parse<string[]>(text, { skipEmptyLines: false }).data }]
  }
  let sheets: SheetRows[]
  try {
    sheets = (await readXlsxFile(bytes)) as SheetRows[]
  } catch {
    // A download cut short (a WeChat transfer that stopped) is a zip without its end.
    throw new SheetsFileError(`${path} 打不开：文件可能不完整（下载或传输中断）。请重新下载或让对方重新发送`)
  }
  return asShown(sheets, readRawMarks(bytes))
}

/**
 * Cells as the organiser sees them in Excel: a formula's error as its text (`#N/A`, read as empty before), a
 * percentage as `18%` (read as 0.18 before). importWorkbook then names both at their cell.
 */
function asShown(sheets: SheetRows[], marks: ReturnType<typeof readRawMarks>): SheetRows[] {
  for (const { sheet, data } of sheets) {
    const mark = marks.get(sheet)
    if (!mark) continue
    const put = (key: string, value: string) => {
      const [r, c] = key.split(',').map(Number) as [number, number]
      while (data.length <= r) data.push([])
      const row = data[r]!
      while (row.length < c) row.push(null)
      row[c] = value
    }
    for (const [key, error] of mark.errors) put(key, error)
    for (const key of mark.percents) {
      const [r, c] = key.split(',').map(Number) as [number, number]
      const value = data[r]?.[c]
      if (typeof value === 'number') put(key, `${Number((value * 100).toPrecision(12))}%`)
    }
  }
  return sheets
}
