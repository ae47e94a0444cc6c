/**
 * Times in a roster as teams write them and as Excel/WPS store them, read as Beijing wall-clock time.
 * Shared by the app's roster import and the content import script (scripts/content-import.ts).
 *
 * Accepted: an ISO date-time with offset (kept); `2026-12-05 09:30`, `2026/12/5 9:30`, `2026年12月5日 9:30`,
 * `12月5日 上午9:30` (year from the reference day: the nearest such date); a 12-hour time with 上午/下午/中午/
 * 晚上 or AM/PM; an Excel serial number (46361.395833…, as a number or as the text Excel writes to CSV);
 * a Date from a date-formatted cell (its UTC fields are the wall clock Excel shows). An end may be a
 * time alone (`12:30`, or a time-only serial), meaning the start's day. Anything else is refused (null).
 */
export type SheetCell = string | number | boolean | Date | null | undefined

/** 1899-12-30: day 0 of Excel's (1900) date system, so that serial 1 is 1900-01-01 after its leap-year bug. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30)
/** Serials of 2000-01-01 and 2100-12-31: the years a roster may name. */
const SERIAL_MIN = 36526
const SERIAL_MAX = 73415

const pad = (n: number) => String(n).padStart(2, '0')

/** A Beijing wall-clock time as `YYYY-MM-DDTHH:MM:00+08:00`, or null when it is not a real time. */
function wallIso(y: number, m: number, d: number, hh: number, mm: number): string | null {
  if (y < 2000 || y > 2100 || hh > 23 || mm > 59) return null
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  return `${y}-${pad(m)}-${pad(d)}T${pad(hh)}:${pad(mm)}:00+08:00`
}

/** The time of day a fraction of a day stands for, rounded to the minute (Excel stores 9:30 as 0.395833…). */
function timeOfDay(fraction: number, day: string | undefined): string | null {
  if (!day) return null
  const minutes = Math.round(fraction * 1440)
  if (minutes >= 1440) return null
  return `${day}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00+08:00`
}

function fromSerial(serial: number, dayOfStart: string | undefined): string | null {
  if (!Number.isFinite(serial) || serial < 0) return null
  if (serial < 1) return timeOfDay(serial, dayOfStart)
  if (serial < SERIAL_MIN || serial > SERIAL_MAX) return null
  const d = new Date(EXCEL_EPOCH_MS + Math.round(serial * 1440) * 60_000)
  return wallIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes())
}

function fromDate(date: Date, dayOfStart: string | undefined): string | null {
  if (Number.isNaN(date.getTime())) return null
  // Excel stores 9:30 as 0.395833…: round away the float noise (09:29:59.999).
  const d = new Date(Math.round(date.getTime() / 60_000) * 60_000)
  // A time-only cell is a date on Excel's day 0 (1899-12-30/31): the time of the start's day.
  if (d.getUTCFullYear() < 1900) return dayOfStart ? `${dayOfStart}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00+08:00` : null
  return wallIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes())
}

const PM = new Set(['下午', '晚上', '傍晚', 'pm'])
const MARKER = '(上午|下午|中午|晚上|傍晚|早上|早晨|凌晨|AM|PM|am|pm)'
const TIME = `${MARKER}?\\s*(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?\\s*(AM|PM|am|pm)?`
// 日 ends the date, so a time may follow it at once (12月16日9:30, as often typed); without 日 a space, T or a
// 上午-like word must (12/169:30 could be the 16th or the 1st).
const DATE_TIME_RE = new RegExp(
  `^(?:(\\d{4})\\s*[-/.年]\\s*)?(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*(?:日\\s*T?|\\s+|T|(?=[上下中晚傍早凌]))${TIME}$`,
)
const TIME_ONLY_RE = new RegExp(`^${TIME}$`)

/** 24-hour clock from a 12-hour one: 下午3:00 → 15, 中午12:30 → 12, 凌晨12:10 → 0. */
function hour24(hour: number, marker: string | undefined): number | null {
  if (!marker) return hour
  const m = marker.toLowerCase()
  if (hour > 12) return PM.has(m) || m === '中午' ? hour : null
  if (PM.has(m)) return hour === 12 ? 12 : hour + 12
  if (m === '中午') return hour < 6 ? hour + 12 : hour
  if (m === 'am' || m === '凌晨') return hour === 12 ? 0 : hour
  return hour
}

/** The year that puts month-day nearest to the reference day (a roster names dates around now). */
function nearestYear(month: number, day: number, refDay: string): number {
  const ref = Date.parse(`${refDay}T00:00:00Z`)
  const year = Number(refDay.slice(0, 4))
  return [year - 1, year, year + 1].sort(
    (a, b) => Math.abs(Date.UTC(a, month - 1, day) - ref) - Math.abs(Date.UTC(b, month - 1, day) - ref),
  )[0]!
}

export interface RosterTimeOptions {
  /** The start's day (YYYY-MM-DD): an end given as a time alone falls on it. */
  dayOfStart?: string
  /** Today (YYYY-MM-DD): a date without a year (`12月5日`) takes the nearest year. Without it, such dates are refused. */
  refDay?: string
  /**
   * A shift's start or end: a day without its time (a date cell, a whole serial number) is refused, as the
   * same day typed as text is. Read as 00:00 it made a shift from midnight to 12:30.
   */
  needsTime?: boolean
}

/** A date cell or serial that holds a day only (Excel shows 2027/5/22; its clock is 00:00). */
const isWholeDay = (value: SheetCell) =>
  value instanceof Date
    ? value.getUTCFullYear() >= 1900 && Math.round(value.getTime() / 60_000) % 1440 === 0
    : typeof value === 'number' && value >= 1 && Number.isInteger(value)

/** A roster time as an ISO date-time with offset, or null when it cannot be read without guessing. */
export function readRosterTime(value: SheetCell, options: RosterTimeOptions = {}): string | null {
  const { dayOfStart, refDay } = options
  if (options.needsTime && isWholeDay(value)) return null
  if (value instanceof Date) return fromDate(value, dayOfStart)
  if (typeof value === 'number') return fromSerial(value, dayOfStart)
  if (typeof value !== 'string') return null
  const v = value.trim().replace(/\s+/g, ' ')
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/.test(v)) return Number.isNaN(Date.parse(v)) ? null : v
  // Excel writes an unformatted date cell to CSV as its serial number.
  if (/^\d{1,5}(\.\d+)?$/.test(v) && !/^\d{1,2}$/.test(v))
    return options.needsTime && isWholeDay(Number(v)) ? null : fromSerial(Number(v), dayOfStart)
  const dt = DATE_TIME_RE.exec(v)
  if (dt) {
    const [, y, mo, d, marker, hh, mm, , suffix] = dt
    if (marker && suffix) return null
    const hour = hour24(Number(hh), marker ?? suffix)
    if (hour === null) return null
    const year = y ? Number(y) : refDay ? nearestYear(Number(mo), Number(d), refDay) : null
    return year === null ? null : wallIso(year, Number(mo), Number(d), hour, Number(mm))
  }
  const time = TIME_ONLY_RE.exec(v)
  if (time && dayOfStart) {
    const [, marker, hh, mm, , suffix] = time
    if (marker && suffix) return null
    const hour = hour24(Number(hh), marker ?? suffix)
    if (hour === null) return null
    const [y, mo, d] = dayOfStart.split('-').map(Number)
    return wallIso(y!, mo!, d!, hour, Number(mm))
  }
  return null
}

/** A cell as the text a person sees: numbers without float noise, dates as YYYY-MM-DD HH:MM. */
export function cellText(value: SheetCell): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 16).replace('T', ' ')
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)))
  return String(value).trim()
}

/** Spreadsheet column letters for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const r = (n - 1) % 26
    out = String.fromCharCode(65 + r) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}
