/** content:export → content:import: a byte-for-byte round trip, and bad cells named by sheet and cell with nothing written. */
import { spawnSync } from 'node:child_process'
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'

import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import readXlsxFile from 'read-excel-file/node'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

import { checkContent } from '../../src/build/compile'
import { exportWorkbook, importWorkbook, type SheetRows } from '../../src/build/sheets/book'
import { readSheetsFile } from '../../src/build/sheets/read'
import { ROSTER_COLUMNS } from '../../src/shared/rosterSheet'
import { TEST_TODAY } from '../fixtures/testDay'

const root = resolve(__dirname, '../..')
const content = resolve(root, 'content')

/** Every file under a folder, path → bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  const walk = (d: string) =>
    readdirSync(d).forEach((name) => {
      const path = join(d, name)
      if (statSync(path).isDirectory()) walk(path)
      else files.set(relative(dir, path), readFileSync(path))
    })
  walk(dir)
  return files
}

/**
 * The workbook of the unchanged content, exported and read once for the file: each export took 1–3 s on the
 * busy 2-core CI machine, a dozen times. Tests that change content before exporting export for themselves.
 */
let unchanged: Promise<{ bytes: Uint8Array; sheets: SheetRows[] }> | undefined
function exportedUnchanged() {
  unchanged ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpxj-sheets-'))
    cpSync(content, dir, { recursive: true })
    const bytes = await exportWorkbook(dir, dir, TEST_TODAY)
    return { bytes, sheets: (await readXlsxFile(Buffer.from(bytes))) as SheetRows[] }
  })()
  return unchanged
}

/** A copy of content/ to import into, and the unchanged content's workbook as read, the test's own to change. */
async function exported() {
  const dir = mkdtempSync(join(tmpdir(), 'kpxj-sheets-'))
  cpSync(content, dir, { recursive: true })
  const sheets = structuredClone((await exportedUnchanged()).sheets)
  return { dir, sheets, sheet: (name: string) => sheets.find((s) => s.sheet === name)! }
}
const rowOf = (rows: SheetRows, id: string) => rows.data.findIndex((r) => r[0] === id)
const columnOf = (rows: SheetRows, header: string) => rows.data[0]!.indexOf(header)

describe('content workbook', () => {
  it('has the four sheets, Chinese headers, drop-down lists and a 说明 sheet', async () => {
    const { sheets, sheet } = await exported()
    expect(sheets.map((s) => s.sheet)).toEqual(['活动', '场馆', '排班', '目标', '说明'])
    expect(sheet('活动').data[0]!.slice(0, 6)).toEqual(['编号', '标题', '类型', '系列', '所属年度活动', '开始时间'])
    expect(sheet('排班').data[0]).toEqual([
      '活动编号',
      '活动',
      '编号',
      '岗位',
      '开始',
      '结束',
      '集合地点',
      '队伍',
      '负责人',
      '联系方式',
      '携带物品',
    ])
    const help = sheet('说明').data.flat().map(String).join('\n')
    expect(help).toContain('规划 | 规划编号 | 章节 | 行号')
    expect(help).toContain('科技活动周') // a drop-down list
  }, 60_000)

  it('a list of ids warns, and lets a name or a new id through; a list of fixed values refuses', async () => {
    const { bytes } = await exportedUnchanged()
    const events = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!)
    const sheets = (await readXlsxFile(Buffer.from(bytes))) as SheetRows[]
    const header = sheets.find((s) => s.sheet === '活动')!.data[0]!
    const styleOf = (name: string) => {
      const letter = String.fromCharCode(65 + header.indexOf(name))
      return new RegExp(`errorStyle="(\\w+)"[^>]*sqref="${letter}2:`).exec(events)?.[1]
    }
    // Before, every list refused: 昌吉市 typed as a name (content/README.md allows it), or a venue added on the
    // 场馆 sheet, could not be entered on the 活动 sheet.
    expect(styleOf('地区')).toBe('warning')
    expect(styleOf('场馆')).toBe('warning')
    expect(styleOf('状态')).toBe('stop')
  }, 60_000)

  it('export then import on unchanged content leaves every content file byte-for-byte identical', async () => {
    const { dir, sheets } = await exported()
    const before = snapshot(dir)
    const result = importWorkbook(sheets, { contentDir: dir, rootDir: dir, today: TEST_TODAY })
    expect(result.problems).toEqual([])
    expect(result.written).toEqual([])
    const records = ['events', 'venues', 'targets'].reduce((n, c) => n + readdirSync(join(content, c)).length, 0)
    expect(result.unchanged).toBe(records)
    expect(snapshot(dir)).toEqual(before)
    expect(snapshot(dir)).toEqual(snapshot(content))
  }, 60_000)

  it("fields the web editor cleared (null, '') pass content:check, so the unchanged workbook imports without a crash", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpxj-sheets-'))
    cpSync(content, dir, { recursive: true })
    const file = join(dir, 'events/innovation-contest-2017-changji.yaml')
    appendFileSync(file, "campaign: null\nvenue: ''\n")
    const before = snapshot(dir)
    expect(checkContent({ contentDir: dir, rootDir: dir, today: TEST_TODAY }).problems).toEqual([])
    const sheets = (await readXlsxFile(Buffer.from(await exportWorkbook(dir, dir, TEST_TODAY)))) as SheetRows[]
    // It threw a ZodError (a stack trace in English) on the file's cleared fields.
    const result = importWorkbook(sheets, { contentDir: dir, rootDir: dir, today: TEST_TODAY })
    expect(result.problems).toEqual([])
    expect(result.written).toEqual([])
    expect(snapshot(dir)).toEqual(before)
  }, 60_000)

  it('a changed cell rewrites that one line; a roster row adds shifts that pass content:check', async () => {
    const { dir, sheets, sheet } = await exported()
    const events = sheet('活动')
    const row = rowOf(events, 'tech-week-2027-changji')
    events.data[row]![columnOf(events, '标题')] = '2027年全国科技活动周·昌吉市主场活动'
    // The file's own day, typed as WPS users write it: read as the same value, so its line stays as it is.
    events.data[row]![columnOf(events, '结束时间')] = '2027/5/29'
    // The region typed by its name rather than picked from the list: the same region, so no line changes.
    events.data[row]![columnOf(events, '地区')] = '昌吉'
    sheet('排班').data.push([
      'tech-week-2027-changji',
      null,
      'guide-am',
      '展厅讲解引导',
      '2027/5/22 9:30',
      '12:30',
      '昌吉市科技馆服务台',
      '科普讲解志愿服务队',
      '市科协',
      null,
      '马甲、讲解词',
    ])
    const file = join(dir, 'events/tech-week-2027-changji.yaml')
    const old = readFileSync(file, 'utf8').split('\n')
    const result = importWorkbook(sheets, { contentDir: dir, rootDir: dir, today: TEST_TODAY })
    expect(result.problems).toEqual([])
    expect(result.written).toEqual(['events/tech-week-2027-changji.yaml'])
    const now = readFileSync(file, 'utf8').split('\n')
    expect(now.filter((line) => !old.includes(line))).toEqual([
      'title: 2027年全国科技活动周·昌吉市主场活动',
      'shifts:',
      '  - id: guide-am',
      '    role: 展厅讲解引导',
      '    start: 2027-05-22T09:30:00+08:00',
      '    end: 2027-05-22T12:30:00+08:00',
      '    meetingPoint: 昌吉市科技馆服务台',
      '    team: 科普讲解志愿服务队',
      '    lead: 市科协',
      '    bring: [马甲, 讲解词]',
      '    sample: false',
    ])
    expect(checkContent({ contentDir: dir, rootDir: dir, today: TEST_TODAY }).problems).toEqual([])
  }, 60_000)

  it('a workbook with bad cells reports each by sheet and cell and writes nothing', async () => {
    const { dir, sheets, sheet } = await exported()
    const before = snapshot(dir)
    const events = sheet('活动')
    const venues = sheet('场馆')
    const eventRow = rowOf(events, 'tech-week-2027-changji')
    const venueRow = rowOf(venues, 'xinjiang-science-museum')
    events.data[eventRow]![columnOf(events, '开始时间')] = '2027-05-32'
    venues.data[venueRow]![columnOf(venues, '地区')] = 'nowhere'
    // A name no region has: said once, with what to do, not as an id of the wrong form and then as "not found".
    events.data[eventRow]![columnOf(events, '地区')] = '昌吉州'
    // A source line in none of the three forms: told in the cell's own form, not YAML's braces.
    const sourceCell = events.data[eventRow]![columnOf(events, '来源')]
    // (A blank line between does not count: the message counts sources, as 第 N 条.) A 规划 line without its 行号.
    events.data[eventRow]![columnOf(events, '来源')] = `${String(sourceCell)}\n\n天山网的报道\n规划 | changji-14 | 四、（六）`
    sheet('排班').data.push([
      'tech-week-2027-changji',
      null,
      'guide-am',
      '讲解',
      '明天上午',
      '12:30',
      '服务台',
      '讲解队',
      '市科协',
      null,
      null,
    ])
    const result = importWorkbook(sheets, { contentDir: dir, rootDir: dir, today: TEST_TODAY })
    expect(result.problems).toEqual([
      `活动!F${eventRow + 1}: 开始时间: 2027-05-32 不是真实存在的日期`,
      `活动!${String.fromCharCode(65 + columnOf(events, '地区'))}${eventRow + 1}: 地区: “昌吉州”不是地区编号，也不是哪个地区的名称：请从下拉列表里选，例如 changji（昌吉市）`,
      `活动!${String.fromCharCode(65 + columnOf(events, '来源'))}${eventRow + 1}: 来源: 第 ${String(sourceCell).split('\n').length + 1} 条“天山网的报道”不是三种写法之一（见“说明”表）：规划 | 规划编号 | 章节 | 行号；常识 | 说明；发布 | 编号 | 网址 | 标题 | 发布单位 | 发布日期 | 查阅日期`,
      `活动!${String.fromCharCode(65 + columnOf(events, '来源'))}${eventRow + 1}: 来源: 第 ${String(sourceCell).split('\n').length + 2} 条规划来源要写全：规划 | 规划编号 | 章节 | 行号`,
      `场馆!C${venueRow + 1}: 地区: 找不到地区编号“nowhere”（没有 content/regions/nowhere.yaml 这个文件）`,
      '排班!E2: 开始: 应填写带时区的北京时间，例如 2026-05-23T08:30:00+08:00',
    ])
    expect(result.written).toEqual([])
    expect(snapshot(dir)).toEqual(before)
  }, 60_000)
})

describe('a sheet whose columns were removed or moved', () => {
  it('names the cell where the organiser’s sheet has it, and the row when the sheet left the column out', async () => {
    const { dir, sheets, sheet } = await exported()
    const venues = sheet('场馆')
    const events = sheet('活动')
    const venueRow = rowOf(venues, 'xinjiang-science-museum')
    const eventRow = rowOf(events, 'tech-week-2027-changji')
    // 场馆: column B taken out, so 地区 moves from C to B; 活动: 结束时间 taken out and 地区 moved to the end.
    expect(columnOf(venues, '地区')).toBe(2)
    venues.data = venues.data.map((row) => row.filter((_, i) => i !== 1))
    venues.data[venueRow]![columnOf(venues, '地区')] = 'nowhere'
    const end = columnOf(events, '结束时间')
    events.data = events.data.map((row) => row.filter((_, i) => i !== end))
    const region = columnOf(events, '地区')
    events.data = events.data.map((row) => [...row.filter((_, i) => i !== region), row[region]!])
    events.data[eventRow]![events.data[0]!.length - 1] = 'nowhere'
    // The start moved after the end the event's file keeps.
    events.data[eventRow]![columnOf(events, '开始时间')] = '2027-06-30'
    const result = importWorkbook(sheets, { contentDir: dir, rootDir: dir, today: TEST_TODAY })
    const last = String.fromCharCode(64 + events.data[0]!.length)
    expect(result.problems).toEqual([
      `活动!${last}${eventRow + 1}: 地区: 找不到地区编号“nowhere”（没有 content/regions/nowhere.yaml 这个文件）`,
      `活动!第 ${eventRow + 1} 行: 结束时间（表中没有这一列，用的是文件里原有的值）: 不能早于开始时间（2027-06-30）`,
      `场馆!B${venueRow + 1}: 地区: 找不到地区编号“nowhere”（没有 content/regions/nowhere.yaml 这个文件）`,
    ])
  }, 60_000)
})

describe('a phone number Excel took for a number', () => {
  it('is refused at its cell: its leading 0 is gone, and 拨打 would call a wrong number', async () => {
    const { dir, sheets, sheet } = await exported()
    const venues = sheet('场馆')
    const row = rowOf(venues, 'xinjiang-science-museum')
    venues.data[row]![columnOf(venues, '电话')] = 9914567890
    const roster = sheet('排班')
    const header = roster.data[0]!
    const shift = header.map(() => null as SheetRows['data'][number][number])
    const set = (name: string, value: SheetRows['data'][number][number]) => (shift[header.indexOf(name)] = value)
    set('活动编号', 'keji-zhidong-2026-changji')
    set('编号', 'guide-x')
    set('岗位', '引导')
    set('开始', '2026/12/5 9:30')
    set('结束', '12:30')
    set('集合地点', '门口')
    set('队伍', '一队')
    set('负责人', '市科协')
    set('联系方式', 9946386167)
    roster.data.push(shift)
    const result = importWorkbook(sheets, { contentDir: dir, rootDir: dir, today: TEST_TODAY })
    const told = "被当成了数字，开头的 0 会丢失：请把这一列设成“文本”格式后重新填写号码（或在号码前加英文单引号 '）"
    const letter = (rows: SheetRows, name: string) => String.fromCharCode(65 + columnOf(rows, name))
    expect(result.problems).toEqual([
      `场馆!${letter(venues, '电话')}${row + 1}: 电话: ${told}`,
      `排班!${letter(roster, '联系方式')}${roster.data.length}: 联系方式: ${told}`,
    ])
    expect(result.written).toEqual([])

    // A mobile number lost nothing as a number: taken (13912345678 is what Excel shows and keeps).
    venues.data[row]![columnOf(venues, '电话')] = '0991-4567890'
    shift[header.indexOf('联系方式')] = 13912345678
    const mobile = importWorkbook(sheets, { contentDir: dir, rootDir: dir, today: TEST_TODAY })
    expect(mobile.problems).toEqual([])
    expect(readFileSync(join(dir, 'events/keji-zhidong-2026-changji.yaml'), 'utf8')).toContain('contact: "13912345678"')
  }, 60_000)
})

describe('regions and venues typed by name in the workbook', () => {
  it('reads a venue added on the 场馆 sheet by its name on the 活动 sheet', async () => {
    const { dir, sheets, sheet } = await exported()
    const events = sheet('活动')
    const venues = sheet('场馆')
    const copy = [...venues.data[rowOf(venues, 'changji-science-museum')]!]
    copy[columnOf(venues, '编号')] = 'changji-science-museum-annex'
    copy[columnOf(venues, '名称')] = '昌吉科技馆分馆'
    venues.data.push(copy)
    events.data[rowOf(events, 'tech-week-2027-changji')]![columnOf(events, '场馆')] = '昌吉科技馆分馆'
    const result = importWorkbook(sheets, { contentDir: dir, rootDir: dir, today: TEST_TODAY })
    expect(result.problems).toEqual([])
    expect(result.written.sort()).toEqual(['events/tech-week-2027-changji.yaml', 'venues/changji-science-museum-annex.yaml'])
    expect(readFileSync(join(dir, 'events/tech-week-2027-changji.yaml'), 'utf8')).toContain('venue: changji-science-museum-annex')
  }, 60_000)

  it('asks for the id when two venues share the name typed', async () => {
    const { dir, sheets, sheet } = await exported()
    const events = sheet('活动')
    const venues = sheet('场馆')
    venues.data[rowOf(venues, 'xinjiang-museum')]![columnOf(venues, '名称')] = '新疆科技馆'
    const row = rowOf(events, 'tech-week-2027-changji')
    events.data[row]![columnOf(events, '场馆')] = '新疆科技馆'
    const result = importWorkbook(sheets, { contentDir: dir, rootDir: dir, today: TEST_TODAY })
    expect(result.problems).toEqual([
      `活动!${String.fromCharCode(65 + columnOf(events, '场馆'))}${row + 1}: 场馆: 不止一个场馆叫“新疆科技馆”（xinjiang-science-museum、xinjiang-museum）：请从下拉列表里选场馆编号`,
    ])
  }, 60_000)
})

/**
 * The exported workbook with cells changed in its XML, as Excel saves them: `cells` maps a sheet and a cell
 * (`目标!H5`) to that cell's XML attributes and value; `percent` adds a cell style that shows 0%. `merged`
 * (`活动!F3:F4`) merges cells as Excel does: the first keeps its value, the others are emptied.
 */
async function changedWorkbook(cells: Record<string, { s?: 'percent'; t?: string; v: string }>, merged: string[] = []): Promise<string> {
  const files = unzipSync((await exportedUnchanged()).bytes)
  const text = (name: string) => strFromU8(files[name]!)
  const rels = new Map(
    [...text('xl/_rels/workbook.xml.rels').matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="([^"]+)"/g)].map((m) => [
      m[1] ?? m[4],
      m[2] ?? m[3],
    ]),
  )
  const sheetFile = (name: string) => {
    const tag = [...text('xl/workbook.xml').matchAll(/<sheet [^>]*>/g)].find((m) => m[0].includes(`name="${name}"`))![0]
    return `xl/${rels.get(/r:id="([^"]+)"/.exec(tag)![1])!}`
  }
  // A cell style showing a percentage (built-in format 9, 0%), as Excel adds when 18% is typed.
  let styles = text('xl/styles.xml')
  const xfs = /<cellXfs count="(\d+)">/.exec(styles)!
  const percentStyle = Number(xfs[1])
  styles = styles
    .replace(xfs[0], `<cellXfs count="${percentStyle + 1}">`)
    .replace('</cellXfs>', '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs>')
  files['xl/styles.xml'] = strToU8(styles)
  for (const [at, { s, t, v }] of Object.entries(cells)) {
    const [sheet, ref] = at.split('!') as [string, string]
    const file = sheetFile(sheet)
    const xml = text(file)
    const cell = new RegExp(`<c r="${ref}"(?:[^>]*/>|[^>]*>[\\s\\S]*?</c>)`)
    expect(xml).toMatch(cell)
    const attrs = `${s ? ` s="${percentStyle}"` : ''}${t ? ` t="${t}"` : ''}`
    files[file] = strToU8(xml.replace(cell, `<c r="${ref}"${attrs}>${t === 'e' ? '<f>VLOOKUP(A2,名单!A:B,2,0)</f>' : ''}<v>${v}</v></c>`))
  }
  for (const at of merged) {
    const [sheet, range] = at.split('!') as [string, string]
    const [, column, first, last] = /^([A-Z])(\d+):\1(\d+)$/.exec(range)!
    const file = sheetFile(sheet)
    let xml = text(file)
    for (let row = Number(first) + 1; row <= Number(last); row++) {
      const cell = new RegExp(`<c r="${column}${row}"(?:[^>]*/>|[^>]*>[\\s\\S]*?</c>)`)
      expect(xml).toMatch(cell)
      xml = xml.replace(cell, '')
    }
    files[file] = strToU8(xml.replace('</sheetData>', `</sheetData><mergeCells count="1"><mergeCell ref="${range}"/></mergeCells>`))
  }
  const dir = mkdtempSync(join(tmpdir(), 'kpxj-sheets-'))
  writeFileSync(join(dir, 'book.xlsx'), zipSync(files))
  return join(dir, 'book.xlsx')
}

describe('cells read as Excel shows them', () => {
  const ref = (rows: SheetRows, id: string, header: string) =>
    `${rows.sheet}!${String.fromCharCode(65 + columnOf(rows, header))}${rowOf(rows, id) + 1}`

  it('18% typed as a target in % is 18, not 0.18; a percentage elsewhere is told at its cell', async () => {
    const { dir, sheet } = await exported()
    const targets = sheet('目标')
    const percentTarget = ref(targets, 'changji-rd-intensity', '目标值')
    const unitTarget = ref(targets, 'changji-high-tech-enterprises', '基线值')
    const leadDays = ref(sheet('场馆'), 'xinjiang-science-museum', '提前天数')
    const file = await changedWorkbook({
      [percentTarget]: { s: 'percent', v: '0.018' },
      [unitTarget]: { s: 'percent', v: '0.41' },
      [leadDays]: { s: 'percent', v: '0.01' },
    })
    const sheets = await readSheetsFile(file)
    const result = importWorkbook(sheets, { contentDir: dir, rootDir: dir, today: TEST_TODAY })
    expect(result.problems).toEqual([
      `${leadDays}: 提前天数: 写成了百分数 1%，这一列填数字：请去掉百分号`,
      `${unitTarget}: 基线值: 写成了百分数 41%，但单位是“家”：请去掉百分号，或把单位改为 %`,
    ])

    // Only the target in %: read as shown, and written.
    const only = await changedWorkbook({ [percentTarget]: { s: 'percent', v: '0.018' } })
    const written = importWorkbook(await readSheetsFile(only), { contentDir: dir, rootDir: dir, today: TEST_TODAY })
    expect(written.problems).toEqual([])
    expect(written.written).toEqual(['targets/changji-rd-intensity.yaml'])
    expect(parse(readFileSync(join(dir, 'targets/changji-rd-intensity.yaml'), 'utf8'))).toMatchObject({
      unit: '%',
      target: { value: 1.8 },
    })
  }, 60_000)

  it('a cell merged over the next rows (合并单元格) is each row’s, not emptied in the rows below', async () => {
    const { dir, sheet } = await exported()
    const events = sheet('活动')
    const organiser = columnOf(events, '主办')
    // Two events one under the other with the same 主办, as an organiser would merge them.
    const row = events.data.findIndex((r, i) => i > 0 && r[organiser] && events.data[i + 1]?.[organiser] === r[organiser])
    expect(row).toBeGreaterThan(0)
    const letter = String.fromCharCode(65 + organiser)
    const file = await changedWorkbook({}, [`活动!${letter}${row + 1}:${letter}${row + 2}`])
    const read = await readSheetsFile(file)
    expect(read.find((s) => s.sheet === '活动')!.data[row + 1]![organiser]).toBe(events.data[row]![organiser])
    // Read as empty, the second event was refused: 主办: 必须填写.
    const result = importWorkbook(read, { contentDir: dir, rootDir: dir, today: TEST_TODAY })
    expect(result.problems).toEqual([])
    expect(result.written).toEqual([])
  }, 60_000)

  it('a cell showing a formula’s error (#N/A) is told at its cell, not read as empty', async () => {
    const { dir, sheet } = await exported()
    const events = sheet('活动')
    const place = ref(events, 'tech-week-2027-changji', '主办')
    const file = await changedWorkbook({ [place]: { t: 'e', v: '#N/A' } })
    const result = importWorkbook(await readSheetsFile(file), { contentDir: dir, rootDir: dir, today: TEST_TODAY })
    expect(result.problems).toEqual([`${place}: 主办: 单元格显示 #N/A（公式出错，或引用的内容不存在）：请改正公式，或直接填写内容`])
    expect(result.written).toEqual([])
  }, 60_000)
})

describe('a file the import cannot use is told in one line, never a stack trace', () => {
  it('a missing file, an old .xls or a password-protected workbook, and a download cut short', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpxj-sheets-'))
    await expect(readSheetsFile(join(dir, '排班表.xlsx'))).rejects.toThrow(/^找不到文件 .*排班表\.xlsx/)
    // OLE2's signature: an .xls, a WPS .et or an encrypted .xlsx. It was read as a GBK CSV: 不认识的列“邢唷…”.
    writeFileSync(join(dir, 'old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))
    await expect(readSheetsFile(join(dir, 'old.xls'))).rejects.toThrow(/另存为 \.xlsx/)
    const whole = (await exportedUnchanged()).bytes
    writeFileSync(join(dir, 'cut.xlsx'), whole.slice(0, 2000))
    await expect(readSheetsFile(join(dir, 'cut.xlsx'))).rejects.toThrow(/文件可能不完整/)
  }, 60_000)

  it('a renamed or copied sheet is told, and nothing is written (its edits were skipped: 写入 0 个文件)', async () => {
    const { dir, sheets } = await exported()
    const renamed = sheets.map((s) => (s.sheet === '活动' ? { ...s, sheet: '活动（改）' } : s))
    const result = importWorkbook(renamed, { contentDir: dir, rootDir: dir, today: TEST_TODAY })
    expect(result.problems).toEqual([
      '工作表“活动（改）”: 不认识这个工作表名，它的内容不会导入。改过名字或复制过的话，请改回 活动、场馆、排班、目标 之一，或删掉这个工作表',
    ])
    expect(result.written).toEqual([])
  }, 60_000)
})

describe('a roster file alone imports as the 排班 sheet', () => {
  it('a GBK CSV with 活动编号 writes the event roster (Excel dates read as Beijing time)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpxj-roster-'))
    cpSync(content, dir, { recursive: true })
    const sheets = await readSheetsFile(resolve(root, 'tests/fixtures/rosters/content-roster-gbk.csv'))
    const result = importWorkbook(sheets, { contentDir: dir, rootDir: dir, today: TEST_TODAY })
    expect(result.problems).toEqual([])
    expect(result.written).toEqual(['events/keji-zhidong-2026-changji.yaml'])
    const text = readFileSync(join(dir, 'events/keji-zhidong-2026-changji.yaml'), 'utf8')
    expect(text).toContain('start: 2026-12-12T15:00:00+08:00')
    expect(text).toContain('end: 2026-12-05T12:30:00+08:00')
    const { compiled } = checkContent({ contentDir: dir, rootDir: dir, today: TEST_TODAY })
    expect(Object.keys(compiled!.catalog.rosters)).toEqual(['keji-zhidong-2026-changji'])
  }, 60_000)

  it('two teams’ files for one event add up: the second keeps the first team’s shifts, and a 编号 sent again is updated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpxj-roster-'))
    cpSync(content, dir, { recursive: true })
    const header = '活动编号,活动,编号,岗位,开始,结束,集合地点,队伍,负责人,联系方式,携带物品'
    const send = async (name: string, rows: string[]) => {
      const file = join(dir, name)
      writeFileSync(file, [header, ...rows].join('\n'))
      return importWorkbook(await readSheetsFile(file), { contentDir: dir, rootDir: dir, today: TEST_TODAY })
    }
    const event = 'keji-zhidong-2026-changji'
    const shiftIds = () => {
      expect(checkContent({ contentDir: dir, rootDir: dir, today: TEST_TODAY }).problems).toEqual([])
      const { shifts } = parse(readFileSync(join(dir, `events/${event}.yaml`), 'utf8')) as {
        shifts: { id: string; team: string; role: string }[]
      }
      return shifts.map((s) => `${s.id} ${s.team} ${s.role}`)
    }
    expect(
      (await send('team1.csv', [`${event},科技之冬,guide-am,现场讲解,2026/12/5 9:30,12:30,昌吉市科技馆,讲解队,市科协,,`])).problems,
    ).toEqual([])
    expect(
      (await send('team2.csv', [`${event},科技之冬,order-pm,秩序维护,2026/12/5 14:30,17:30,昌吉市科技馆,青年志愿者队,团市委,,`])).problems,
    ).toEqual([])
    // Before, the second file left order-pm alone: guide-am, which volunteers had taken, was gone.
    expect(shiftIds()).toEqual(['guide-am 讲解队 现场讲解', 'order-pm 青年志愿者队 秩序维护'])
    expect(
      (await send('team1-again.csv', [`${event},科技之冬,guide-am,现场讲解和引导,2026/12/5 9:30,12:30,昌吉市科技馆,讲解队,市科协,,`]))
        .problems,
    ).toEqual([])
    expect(shiftIds()).toEqual(['guide-am 讲解队 现场讲解和引导', 'order-pm 青年志愿者队 秩序维护'])

    // The exported workbook cut down to 排班 (its 说明 sheet kept) is still the whole list: a row deleted there
    // takes the shift down.
    const sheets = (await readXlsxFile(Buffer.from(await exportWorkbook(dir, dir, TEST_TODAY)))) as SheetRows[]
    const whole = sheets.filter((sheet) => sheet.sheet === '说明' || sheet.sheet === '排班')
    const roster = whole.find((sheet) => sheet.sheet === '排班')!
    const idAt = roster.data[0]!.indexOf('编号')
    roster.data = roster.data.filter((row) => row[0] !== event || row[idAt] !== 'order-pm')
    expect(importWorkbook(whole, { contentDir: dir, rootDir: dir, today: TEST_TODAY }).problems).toEqual([])
    expect(shiftIds()).toEqual(['guide-am 讲解队 现场讲解和引导'])
  }, 60_000)

  it('排班表模板 says 必填 for exactly the columns content:import requires', () => {
    const full: Record<string, string> = {
      活动编号: 'tech-week-2027-changji',
      活动: '2027年全国科技活动周·昌吉市活动',
      编号: 'guide-am',
      岗位: '展厅讲解引导',
      开始: '2027/5/22 9:30',
      结束: '12:30',
      集合地点: '昌吉市科技馆服务台',
      队伍: '科普讲解志愿服务队',
      负责人: '市科协',
      联系方式: '见活动通知',
      携带物品: '马甲',
    }
    const headers = ROSTER_COLUMNS.map((c) => c.header)
    const importOf = (row: (string | null)[]) =>
      importWorkbook([{ sheet: '排班', data: [headers, row] }], { contentDir: content, rootDir: root, today: TEST_TODAY, write: false })
    expect(importOf(headers.map((h) => full[h]!)).problems).toEqual([])
    // Each column left empty in turn: the import names it when it needs it.
    const required = headers.filter((blank) =>
      importOf(headers.map((h) => (h === blank ? null : full[h]!))).problems.some((p) => p.includes(`: ${blank}: 必须填写`)),
    )
    expect(required).toEqual(['活动编号', '编号', '岗位', '开始', '结束', '集合地点', '队伍', '负责人'])
    // 活动 is required by the volunteer page's own import (src/features/volunteer/roster.ts); content:import takes the title from 活动编号.
    const marked = ROSTER_COLUMNS.filter((c) => c.help.startsWith('必填')).map((c) => c.header)
    expect(marked).toEqual(headers.filter((h) => required.includes(h) || h === '活动'))
  }, 60_000)
})

describe('npm run content:export / content:import', () => {
  it('shows how to call it on --help, and writes nothing (it wrote 科普新疆内容.xlsx)', () => {
    const root = resolve(__dirname, '../..')
    for (const command of ['export', 'import']) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/content-sheets.ts', command, '--help'], {
        cwd: root,
        encoding: 'utf8',
      })
      expect(run.status).toBe(0)
      expect(run.stderr).toContain('用法：content:export')
    }
    expect(existsSync(resolve(root, '科普新疆内容.xlsx'))).toBe(false)
  })
})
