/**
 * Which cells of an .xlsx show an error or a percentage and which are merged, read from its XML as Excel and other
 * tools write it, and the cells as Excel shows them.
 */
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import { asShown, readRawMarks } from '@/shared/xlsxShown'

/** A one-sheet workbook; `p` is the namespace prefix its SpreadsheetML elements carry (the OpenXML SDK's `x:`). */
function workbook(rows: string, { p = '', rel = 'r', name = 'S', formats = '', after = '' } = {}) {
  const ns = p ? `xmlns:${p.slice(0, -1)}` : 'xmlns'
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
  return zipSync({
    'xl/workbook.xml': strToU8(
      `<${p}workbook ${ns}="${main}" xmlns:${rel}="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><${p}sheets><${p}sheet name="${name}" sheetId="1" ${rel}:id="rId1"/></${p}sheets></${p}workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/styles.xml': strToU8(
      `<${p}styleSheet ${ns}="${main}"><${p}numFmts>${formats}</${p}numFmts><${p}cellStyleXfs><${p}xf numFmtId="9"/></${p}cellStyleXfs><${p}cellXfs><${p}xf numFmtId="0"><${p}alignment/></${p}xf><${p}xf numFmtId="9"/><${p}xf numFmtId="164"/><${p}xf numFmtId="165"/></${p}cellXfs></${p}styleSheet>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<${p}worksheet ${ns}="${main}"><${p}sheetData>${rows.replace(/<(\/?)/g, `<$1${p}`)}</${p}sheetData>${after.replace(/<(\/?)/g, `<$1${p}`)}</${p}worksheet>`,
    ),
  })
}
const marks = (bytes: Uint8Array) =>
  Object.fromEntries(
    [...readRawMarks(bytes)].map(([sheet, m]) => [
      sheet,
      { errors: Object.fromEntries(m.errors), percents: [...m.percents], ...(m.merges.length ? { merges: m.merges } : {}) },
    ]),
  )

const CELLS =
  '<row r="2"><c r="B2" t="e"><f>VLOOKUP(A2,B:C,2,0)</f><v>#N/A</v></c><c r="C2" s="1"><v>0.18</v></c><c r="D2"><v>7</v></c></row>'
const FOUND = { S: { errors: { '1,1': '#N/A' }, percents: ['1,2'] } }

describe('readRawMarks', () => {
  it('finds error and percentage cells by their place, with or without a namespace prefix', () => {
    expect(marks(workbook(CELLS))).toEqual(FOUND)
    expect(marks(workbook(CELLS, { p: 'x:', rel: 'ns' }))).toEqual(FOUND)
    // A sheet name with an entity in it: the name read-excel-file gives.
    expect(marks(workbook(CELLS, { name: '目标&#38;活动' }))).toEqual({ '目标&活动': FOUND.S })
  })

  it('a shared formula’s own t= is not the cell’s type; cells and rows without r follow the last one', () => {
    const shared = '<row r="3"><c r="A3" s="1"><f t="shared" ref="A3:A9" si="0">B3/100</f><v>0.5</v></c></row>'
    expect(marks(workbook(shared))).toEqual({ S: { errors: {}, percents: ['2,0'] } })
    const placeless = '<row r="4"><c><v>1</v></c><c t="e"><v>#REF!</v></c></row><row><c s="1"><v>0.2</v></c></row>'
    expect(marks(workbook(placeless))).toEqual({ S: { errors: { '3,1': '#REF!' }, percents: ['4,0'] } })
  })

  it('a % shown as a sign (quoted, escaped, a width, a fill, a colour) is no percentage', () => {
    const cells = '<row r="1"><c r="A1" s="2"><v>5</v></c><c r="B1" s="3"><v>5</v></c></row>'
    for (const code of ['0&quot;%&quot;', '0\\%', '0_%', '0*%', '[Red]0']) {
      const formats = `<numFmt numFmtId="164" formatCode="${code}"/><numFmt numFmtId="165" formatCode="0.0%"/>`
      expect(marks(workbook(cells, { formats })), code).toEqual({ S: { errors: {}, percents: ['0,1'] } })
    }
  })
})

describe('merged cells (合并单元格)', () => {
  const merges = (...refs: string[]) =>
    `<mergeCells count="${refs.length}">${refs.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`
  /** The sheet as read-excel-file gives it (the merge's other cells empty), as Excel shows it. */
  const shown = (data: (string | number | null)[][], after: string) =>
    asShown([{ sheet: 'S', data: data.map((row) => [...row]) }], workbook('', { after }))[0]!.data

  it('finds merged ranges by their corners, with or without a namespace prefix; a one-cell or reversed range is none', () => {
    const after = merges('B2:B4', 'F2:G3', 'C7', 'D5:D4')
    const found = {
      S: {
        errors: {},
        percents: [],
        merges: [
          [1, 1, 3, 1],
          [1, 5, 2, 6],
        ],
      },
    }
    expect(marks(workbook('', { after }))).toEqual(found)
    expect(marks(workbook('', { after, p: 'x:' }))).toEqual(found)
  })

  it('a value merged down is every row’s; merged across it stays one cell', () => {
    const data = [
      ['编号', '活动', '开始', '结束'],
      ['R1', '科技之冬', '全天', null],
      ['R2', null, '09:30', '12:00'],
      ['R3', null, 46361.5, null],
    ]
    expect(shown(data, merges('B2:B4', 'C2:D2'))).toEqual([
      ['编号', '活动', '开始', '结束'],
      ['R1', '科技之冬', '全天', null],
      ['R2', '科技之冬', '09:30', '12:00'],
      ['R3', '科技之冬', 46361.5, null],
    ])
    // A block merged both ways: its first column, down.
    expect(shown(data, merges('B2:C4'))[2]).toEqual(['R2', '科技之冬', '09:30', '12:00'])
    // A number or date cell merged down keeps its kind.
    expect(shown(data, merges('C4:C5'))).toHaveLength(4)
    expect(shown([...data, ['R4', null, null, '13:00']], merges('C4:C5'))[4]).toEqual(['R4', null, 46361.5, '13:00'])
  })

  it('a blank row the merge runs through stays blank; rows past the sheet’s end are not made; an empty merge fills nothing', () => {
    const data = [
      ['编号', '活动'],
      ['R1', '科技之冬'],
      [null, null],
      ['R2', null],
    ]
    expect(shown(data, merges('B2:B1048576'))).toEqual([
      ['编号', '活动'],
      ['R1', '科技之冬'],
      [null, null],
      ['R2', '科技之冬'],
    ])
    expect(
      shown(
        [
          ['编号', '活动'],
          ['R1', null],
          ['R2', null],
        ],
        merges('B2:B3'),
      ),
    ).toEqual([
      ['编号', '活动'],
      ['R1', null],
      ['R2', null],
    ])
  })

  it('a made-up file of overlapping merges fills no more cells than the sheet has', () => {
    let writes = 0
    // Rows that count the cells written into them.
    const data = Array.from(
      { length: 2000 },
      (_, i) =>
        new Proxy([`R${i}`, i === 0 ? '科技之冬' : null], {
          set: (row, key, value) => {
            if (key !== 'length') writes++
            return Reflect.set(row, key, value)
          },
        }),
    )
    const refs = Array.from({ length: 200 }, () => 'B1:B1048576')
    const result = asShown([{ sheet: 'S', data }], workbook('', { after: merges(...refs) }))[0]!.data
    expect(result).toHaveLength(2000)
    expect(result.every((row) => row[1] === '科技之冬')).toBe(true)
    // 2 000 rows of 2 cells: at most 4 000 writes (each merge again over every row: 400 000).
    expect(writes).toBeLessThanOrEqual(4000)
  })
})
