/**
 * The .xlsx reader, in its own lazy chunk (read-excel-file + fflate): loaded only when a volunteer imports an
 * .xlsx roster, never on the first route, and not precached (src/build/pwa.ts caches it at run time).
 */
import readXlsxFile from 'read-excel-file/universal'

import type { SheetCell } from '@/shared/rosterTime'
import { asShown } from '@/shared/xlsxShown'

/** The rows of the sheet named 排班 (as in 排班表模板.xlsx and the content workbook), else of the first sheet. */
export async function readRosterSheet(data: ArrayBuffer): Promise<SheetCell[][]> {
  // As Excel shows them: a formula's error (#N/A) was read as an empty cell, and a lead's phone could go missing.
  const sheets = asShown(await readXlsxFile(data, { trim: true }), new Uint8Array(data))
  const sheet = sheets.find((s) => s.sheet.trim() === '排班') ?? sheets[0]
  return (sheet?.data ?? []) as SheetCell[][]
}
