/**
 * The content workbook's sheets and columns (`npm run content:export` / `content:import`): one row per record
 * of content/events (活动), venues (场馆) and targets (目标), one row per shift (排班). Each column maps to a
 * field path of the schema in src/build/schema.ts; nested objects are spread over columns (`location.lat`),
 * lists and sources use the cell encodings of src/build/sheets/cells.ts, explained on the 说明 sheet.
 */
import { ROSTER_COLUMNS } from '../../shared/rosterSheet'
import {
  AUDIENCES,
  DATE_PRECISIONS,
  EVENT_KINDS,
  EVENT_STATUSES,
  LOCATION_PRECISIONS,
  NATURES,
  QUALIFIERS,
  TARGET_GROUPS,
  VENUE_CATEGORIES,
  VENUE_KINDS,
} from '../../shared/types'

/**
 * How a cell holds its value: text; number; 是/否; a list joined by 、; an event date (a day or a date-time
 * with offset); a shift time (Beijing); sources, closures or observations one per line.
 */
export type CellKind =
  | 'text'
  | 'number'
  | 'bool'
  | 'boolOrUnknown'
  | 'list'
  /** A list of days (排除日期): one typed into the cell comes back from Excel and WPS as a date. */
  | 'dateList'
  | 'date'
  | 'shiftTime'
  | 'sources'
  | 'closures'
  | 'observations'

/** A drop-down list: fixed values, or the ids of a collection (filled in from the content). */
export type Options = readonly string[] | 'regions' | 'venues' | 'plans' | 'events' | 'campaigns'

export interface Column {
  header: string
  path: readonly string[]
  kind: CellKind
  width: number
  options?: Options
}

export type SheetName = '活动' | '场馆' | '排班' | '目标'
export type RecordSheet = Exclude<SheetName, '排班'>

const c = (header: string, path: string, kind: CellKind = 'text', width = 16, options?: Options): Column => ({
  header,
  path: path.split('.'),
  kind,
  width,
  ...(options ? { options } : {}),
})

const YES_NO = ['是', '否'] as const

export const EVENT_COLUMNS: Column[] = [
  c('编号', 'id', 'text', 30),
  c('标题', 'title', 'text', 32),
  c('类型', 'kind', 'text', 12, EVENT_KINDS),
  c('系列', 'series', 'text', 14),
  c('所属年度活动', 'campaign', 'text', 20, 'campaigns'),
  c('开始时间', 'start', 'date', 20),
  c('结束时间', 'end', 'date', 20),
  c('日期精度', 'datePrecision', 'text', 10, DATE_PRECISIONS),
  c('状态', 'status', 'text', 10, EVENT_STATUSES),
  c('日期说明', 'dateNote', 'text', 36),
  c('地区', 'region', 'text', 12, 'regions'),
  c('场馆', 'venue', 'text', 24, 'venues'),
  c('面向对象', 'audiences', 'list', 18),
  c('主办', 'organiser', 'text', 24),
  c('参加方式', 'howToJoin', 'text', 24),
  c('简介', 'summary', 'text', 48),
  c('重复规则', 'rrule', 'text', 24),
  c('排除日期', 'exdates', 'dateList', 16),
  c('来源', 'sources', 'sources', 48),
]

export const VENUE_COLUMNS: Column[] = [
  c('编号', 'id', 'text', 30),
  c('名称', 'name', 'text', 20),
  c('地区', 'region', 'text', 12, 'regions'),
  c('基地类别', 'category', 'text', 16, VENUE_CATEGORIES),
  c('场馆类型', 'kind', 'text', 12, VENUE_KINDS),
  c('规划内', 'inPlans', 'bool', 8, YES_NO),
  c('简介', 'summary', 'text', 48),
  c('面向对象', 'audiences', 'list', 18),
  c('主题', 'topics', 'list', 16),
  c('活动内容', 'activities', 'list', 20),
  c('收费', 'fee', 'text', 10, ['free', 'paid', 'unknown']),
  c('收费说明', 'feeNote', 'text', 20),
  c('收费依据', 'feeFrom', 'list', 16),
  c('电话', 'contact.phone', 'text', 14),
  c('预约渠道', 'contact.channel', 'text', 20),
  c('联系方式依据', 'contact.from', 'list', 16),
  c('临时闭馆', 'closures', 'closures', 36),
  c('需要预约', 'booking.required', 'boolOrUnknown', 10, ['是', '否', 'unknown']),
  c('预约说明', 'booking.note', 'text', 30),
  c('预约依据', 'booking.from', 'list', 16),
  c('提前天数', 'booking.leadDays', 'number', 8),
  c('团体最少人数', 'booking.groupMin', 'number', 8),
  c('团体最多人数', 'booking.groupMax', 'number', 8),
  c('需要公函', 'booking.letterRequired', 'bool', 8, YES_NO),
  c('开放时间（OSM）', 'hours.osm', 'text', 24),
  c('开放时间说明', 'hours.note', 'text', 30),
  c('适用季节', 'hours.season', 'text', 14),
  c('开放时间依据', 'hours.from', 'list', 16),
  c('纬度', 'location.lat', 'number', 9),
  c('经度', 'location.lng', 'number', 9),
  c('位置精度', 'location.precision', 'text', 12, LOCATION_PRECISIONS),
  c('位置说明', 'location.note', 'text', 30),
  c('地址', 'location.address', 'text', 24),
  c('地址依据', 'location.from', 'list', 16),
  c('流动场馆', 'mobile', 'bool', 8, YES_NO),
  c('来源', 'sources', 'sources', 48),
]

export const TARGET_COLUMNS: Column[] = [
  c('编号', 'id', 'text', 30),
  c('规划', 'plan', 'text', 14, 'plans'),
  c('范围', 'scope', 'text', 10, ['plan', 'national']),
  c('地区', 'region', 'text', 12, 'regions'),
  c('类别', 'group', 'text', 10, TARGET_GROUPS),
  c('指标', 'indicator', 'text', 28),
  c('规划原文', 'wording', 'text', 28),
  c('原文说明', 'wordingNote', 'text', 28),
  c('单位', 'unit', 'text', 8),
  c('基线值', 'baseline.value', 'number', 8),
  c('基线年份', 'baseline.year', 'number', 8),
  c('基线限定', 'baseline.qualifier', 'text', 10, QUALIFIERS),
  c('目标值', 'target.value', 'number', 8),
  c('目标年份', 'target.year', 'number', 8),
  c('目标限定', 'target.qualifier', 'text', 10, QUALIFIERS),
  c('更高目标值', 'stretch.value', 'number', 8),
  c('更高目标年份', 'stretch.year', 'number', 8),
  c('更高目标限定', 'stretch.qualifier', 'text', 10, QUALIFIERS),
  c('观测值', 'observations', 'observations', 16),
  c('指标属性', 'nature', 'text', 10, NATURES),
  c('备注', 'note', 'text', 30),
  c('来源', 'sources', 'sources', 48),
]

/** The 排班 sheet: the roster template's columns (src/shared/rosterSheet.ts), each mapped to a shift field. */
const SHIFT_PATHS: Record<string, [string, CellKind, Options?]> = {
  活动编号: ['event', 'text', 'events'],
  活动: ['eventTitle', 'text'],
  编号: ['id', 'text'],
  岗位: ['role', 'text'],
  开始: ['start', 'shiftTime'],
  结束: ['end', 'shiftTime'],
  集合地点: ['meetingPoint', 'text'],
  队伍: ['team', 'text'],
  负责人: ['lead', 'text'],
  联系方式: ['contact', 'text'],
  携带物品: ['bring', 'list'],
}
export const SHIFT_COLUMNS: Column[] = ROSTER_COLUMNS.map((col) => {
  const [path, kind, options] = SHIFT_PATHS[col.header]!
  return c(col.header, path, kind, col.width, options)
})

export const RECORD_SHEETS: Record<RecordSheet, { collection: 'events' | 'venues' | 'targets'; columns: Column[] }> = {
  活动: { collection: 'events', columns: EVENT_COLUMNS },
  场馆: { collection: 'venues', columns: VENUE_COLUMNS },
  目标: { collection: 'targets', columns: TARGET_COLUMNS },
}

/** Sheet order in the workbook. */
export const SHEET_ORDER: SheetName[] = ['活动', '场馆', '排班', '目标']

export { AUDIENCES }
