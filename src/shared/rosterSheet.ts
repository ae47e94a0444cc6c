/**
 * The roster table teams fill in: the columns of 排班表模板.xlsx (built with the site, src/build/rosterTemplate.ts),
 * of the 排班 sheet in the content workbook (scripts/content-sheets.ts) and what the volunteer page imports.
 */
export const ROSTER_TEMPLATE_URL = '/downloads/roster-template.xlsx'

export interface RosterColumn {
  header: string
  /** Column width in characters. */
  width: number
  /** What to write, shown in the template's 填写说明 sheet. */
  help: string
}

export const ROSTER_COLUMNS: readonly RosterColumn[] = [
  { header: '活动编号', width: 26, help: '必填（只发给志愿者自己导入时可不填）。应用里活动页地址最后一段，例如 tech-week-2027-changji' },
  { header: '活动', width: 24, help: '必填。活动名称，例如 2027年全国科技活动周·昌吉市活动' },
  { header: '编号', width: 12, help: '必填（只发给志愿者自己导入时可不填）。班次编号，例如 guide-am；同一编号再次导入会更新这个班次' },
  { header: '岗位', width: 18, help: '必填。例如 展厅讲解引导' },
  { header: '开始', width: 18, help: '必填。北京时间，例如 2026/12/5 9:30、2026-12-05 09:30 或 12月5日 上午9:30' },
  { header: '结束', width: 18, help: '必填。北京时间；同一天可只写时间，例如 12:30' },
  { header: '集合地点', width: 24, help: '必填。例如 昌吉市科技馆服务台' },
  { header: '队伍', width: 18, help: '必填（只发给志愿者自己导入时可不填）。例如 科普讲解志愿服务队' },
  { header: '负责人', width: 18, help: '必填（只发给志愿者自己导入时可不填）。写职务或单位，例如 市科协志愿服务负责人' },
  { header: '联系方式', width: 16, help: '选填。只写已公开的电话或公众号' },
  { header: '携带物品', width: 20, help: '选填。用顿号隔开，例如 志愿者马甲、饮用水' },
]

/**
 * Text of a table file: UTF-8 (with or without BOM), else GB18030/GBK, which Excel on Chinese Windows writes
 * as "CSV (逗号分隔)". Reading GBK as UTF-8 would turn every header into mojibake.
 */
export function decodeTableText(bytes: ArrayBuffer | Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf-8' }
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' }
  }
}

/**
 * The items of a list cell (携带物品, 面向对象…): people separate them with 、 or a comma or semicolon, in
 * either width, or put each on its own line (Alt+Enter). A separator inside brackets belongs to its item
 * (讲解（10:00, 15:00）). Both importers read a cell alike: the office's content:import and the phone's.
 */
export function splitList(text: string): string[] {
  const items: string[] = []
  let depth = 0
  let item = ''
  for (const ch of text) {
    if ('（(【['.includes(ch)) depth++
    else if ('）)】]'.includes(ch)) depth = Math.max(0, depth - 1)
    if (depth === 0 && /[、,，;；\n\r]/.test(ch)) {
      items.push(item)
      item = ''
    } else item += ch
  }
  items.push(item)
  return items.map((s) => s.trim()).filter(Boolean)
}

/**
 * Numbers a phone cell may hold whole: a mobile number (1[3-9] and 9 digits), 400/800 numbers, and a local
 * number without its area code (≤ 8 digits). Any other number of 9 to 11 digits most likely lost an area code's 0.
 */
const WHOLE_AS_NUMBER = /^(?:1[3-9]\d{9}|[48]00\d{7}|\d{1,8})$/

/**
 * A phone number Excel or WPS took for a number (09946386167 kept as 9946386167): the digits left look like a
 * number, and 拨打 would call a wrong one. Typed as text the cell keeps its 0.
 */
export const phoneLostZero = (cell: unknown): boolean => typeof cell === 'number' && !WHOLE_AS_NUMBER.test(String(cell))

/** Excel's error values, as a cell shows them (and as Excel writes them into a CSV). */
const EXCEL_ERROR = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/

/** The error a cell shows (`#N/A`), or undefined. */
export function excelErrorText(cell: unknown): string | undefined {
  const text = typeof cell === 'string' ? cell.trim() : ''
  return EXCEL_ERROR.test(text) ? text : undefined
}
