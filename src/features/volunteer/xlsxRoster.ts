/**
 * The .xlsx reader, in its own lazy chunk (read-excel-file + fflate): loaded only when a volunteer imports an
 * .xlsx roster, never on the first route, and not precached (src/build/pwa.ts caches it at run time).
 */
import readXlsxFile from 'read-excel-file/universal'

import type { SheetCell } from '@/shared/rosterTime'
import { asShown } from '@/shared/xlsxShown'

/** Every sheet's rows, by the sheet's name (roster.ts chooses the roster's). */
export async function readSheets(data: ArrayBuffer): Promise<{ sheet: string; data: SheetCell[][] }[]> {
  // As Excel shows them: a formula's error (#N/A) was read as an empty cell, and a lead's phone could go missing.
  return asShown(await readXlsxFile(data, { trim: true }), new Uint8Array(data)) as { sheet: string; data: SheetCell[][] }[]
}
