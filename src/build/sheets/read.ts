/**
 * A workbook or roster file as sheets of cells: .xlsx (every sheet), or CSV in UTF-8, UTF-8 with BOM or
 * GBK/GB18030 (Excel's "CSV (逗号分隔)" on Chinese Windows), read as the 排班 sheet.
 */
import { readFileSync } from 'node:fs'

import Papa from 'papaparse'
import readXlsxFile from 'read-excel-file/node'

import { decodeTableText } from '../../shared/rosterSheet'
import { asShown } from '../../shared/xlsxShown'
import type { SheetRows } from './book'

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
  // As Excel shows them: 18% (read as 0.18) and #N/A (read as empty), each named at its cell by importWorkbook.
  return asShown(sheets, bytes)
}
