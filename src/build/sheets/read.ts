/**
 * A workbook or roster file as sheets of cells: .xlsx (every sheet), or CSV in UTF-8, UTF-8 with BOM or
 * GBK/GB18030 (Excel's "CSV (逗号分隔)" on Chinese Windows), read as the 排班 sheet.
 */
import { readFileSync } from 'node:fs'

import Papa from 'papaparse'
import readXlsxFile from 'read-excel-file/node'

import { decodeTableText } from '../../shared/rosterSheet'
import type { SheetRows } from './book'

export async function readSheetsFile(path: string): Promise<SheetRows[]> {
  const bytes = readFileSync(path)
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b
  if (!zip) {
    const { text } = decodeTableText(bytes)
    return [{ sheet: '排班', data: Papa.parse<string[]>(text, { skipEmptyLines: false }).data }]
  }
  return (await readXlsxFile(bytes)) as SheetRows[]
}
