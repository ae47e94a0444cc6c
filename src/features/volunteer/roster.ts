/**
 * Roster files a team lead shares: CSV (one shift a row) or iCalendar. Each bad row gives one message
 * naming its line and field; good rows are still imported.
 */
import Papa from 'papaparse'
import type { MyShift } from './types'
import { snapshot } from './types'

export interface RosterProblem {
  line: number
  field: string
  message: string
}

export interface RosterResult {
  shifts: MyShift[]
  problems: RosterProblem[]
}

type Field = 'id' | 'eventTitle' | 'role' | 'start' | 'end' | 'meetingPoint' | 'team' | 'lead' | 'contact' | 'bring'

/** Column headers as team leads write them, Chinese first. */
const HEADERS: Record<Field, string[]> = {
  id: ['编号', 'id'],
  eventTitle: ['活动', 'event'],
  role: ['岗位', 'role'],
  start: ['开始', '开始时间', 'start'],
  end: ['结束', '结束时间', 'end'],
  meetingPoint: ['集合地点', 'meeting point', 'meetingpoint'],
  team: ['队伍', '团队', 'team'],
  lead: ['负责人', 'lead'],
  contact: ['联系方式', '电话', 'contact'],
  bring: ['携带物品', '需带物品', 'bring'],
}
export const FIELD_LABELS: Record<Field, string> = {
  id: '编号',
  eventTitle: '活动',
  role: '岗位',
  start: '开始',
  end: '结束',
  meetingPoint: '集合地点',
  team: '队伍',
  lead: '负责人',
  contact: '联系方式',
  bring: '携带物品',
}
const REQUIRED: Field[] = ['eventTitle', 'role', 'start', 'end', 'meetingPoint']

/**
 * Roster times are Beijing wall-clock times: `2026-12-05 09:30`, `2026-12-05T09:30`, or ISO with an
 * offset. An end may be just `12:30`, meaning the start's day.
 */
export function parseRosterTime(value: string, dayOfStart?: string): string | null {
  const v = value.trim()
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/.test(v)) return Number.isNaN(Date.parse(v)) ? null : v
  const local = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})$/.exec(v)
  const timeOnly = /^(\d{1,2}):(\d{2})$/.exec(v)
  let iso: string | null = null
  if (local) {
    const [, y, m, d, hh, mm] = local
    iso = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}T${hh!.padStart(2, '0')}:${mm}:00+08:00`
  } else if (timeOnly && dayOfStart) {
    iso = `${dayOfStart}T${timeOnly[1]!.padStart(2, '0')}:${timeOnly[2]}:00+08:00`
  }
  if (!iso) return null
  const ms = Date.parse(iso)
  // Reject impossible dates such as 2026-02-30, which Date.parse would roll over.
  if (Number.isNaN(ms) || new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16) !== iso.slice(0, 16)) return null
  return iso
}

function headerIndex(header: string[]): Partial<Record<Field, number>> {
  const index: Partial<Record<Field, number>> = {}
  header.forEach((cell, i) => {
    const name = cell.trim().toLowerCase()
    for (const field of Object.keys(HEADERS) as Field[]) if (HEADERS[field].includes(name)) index[field] = i
  })
  return index
}

/** Parse a CSV roster. `now` stamps addedAt/updatedAt. */
export function parseRosterCsv(text: string, now = new Date().toISOString()): RosterResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false })
  const rows = parsed.data
  const problems: RosterProblem[] = []
  const shifts: MyShift[] = []
  const header = rows[0] ?? []
  const index = headerIndex(header)
  const missing = REQUIRED.filter((f) => index[f] === undefined)
  if (rows.length === 0 || missing.length > 0) {
    return {
      shifts,
      problems: [
        {
          line: 1,
          field: '表头',
          message: `缺少列：${missing.map((f) => FIELD_LABELS[f]).join('、')}。第一行应为：${REQUIRED.map((f) => FIELD_LABELS[f]).join(',')}`,
        },
      ],
    }
  }
  const seenIds = new Set<string>()
  rows.slice(1).forEach((row, i) => {
    const line = i + 2
    if (row.every((cell) => cell.trim() === '')) return
    const cell = (f: Field) => (index[f] === undefined ? '' : (row[index[f]!] ?? '').trim())
    const rowProblems: RosterProblem[] = []
    for (const f of REQUIRED) if (!cell(f)) rowProblems.push({ line, field: FIELD_LABELS[f], message: '不能为空' })
    const start = cell('start') ? parseRosterTime(cell('start')) : null
    if (cell('start') && !start)
      rowProblems.push({ line, field: FIELD_LABELS.start, message: `“${cell('start')}”不是有效时间，应写作 2026-12-05 09:30（北京时间）` })
    const end = cell('end') && start ? parseRosterTime(cell('end'), start.slice(0, 10)) : null
    if (cell('end') && start && !end)
      rowProblems.push({ line, field: FIELD_LABELS.end, message: `“${cell('end')}”不是有效时间，应写作 2026-12-05 12:30 或 12:30` })
    if (start && end && Date.parse(end) <= Date.parse(start))
      rowProblems.push({ line, field: FIELD_LABELS.end, message: '结束时间应晚于开始时间' })
    const key = cell('id') || `${cell('eventTitle')}|${cell('role')}|${start ?? ''}`
    const id = `import:${key}`
    if (!rowProblems.length && seenIds.has(id)) rowProblems.push({ line, field: FIELD_LABELS.id, message: '与前面的行重复' })
    if (rowProblems.length) {
      problems.push(...rowProblems)
      return
    }
    seenIds.add(id)
    const shift = {
      role: cell('role'),
      start: start!,
      end: end!,
      meetingPoint: cell('meetingPoint'),
    }
    shifts.push({
      ...shift,
      id,
      origin: 'import',
      eventTitle: cell('eventTitle'),
      team: cell('team') || '未填写',
      lead: cell('lead') || '未填写',
      ...(cell('contact') ? { contact: cell('contact') } : {}),
      bring: cell('bring')
        ? cell('bring')
            .split(/[、;；,，]/)
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
      sample: false,
      addedAt: now,
      updatedAt: now,
      seen: snapshot(shift),
    })
  })
  if (shifts.length === 0 && problems.length === 0) problems.push({ line: 2, field: '内容', message: '文件里没有班次' })
  return { shifts, problems }
}

/**
 * Load the .ics parser ahead of use, while online: it is not precached (it is only for this page), and a
 * volunteer may import a roster later in a 连队 without coverage. Only a request made while the service
 * worker controls the page is stored (runtime cache `kpxj-lazy-code`), and a module is fetched once per
 * page: on a first visit, wait until the worker takes control. Without a worker (WeChat) load it anyway.
 */
export function warmRosterParser(nav: Navigator = navigator): void {
  const load = () => void import('ical.js').catch(() => undefined)
  const sw = nav.serviceWorker
  if (!sw || sw.controller) load()
  else sw.addEventListener('controllerchange', load, { once: true })
}

/** Parse an iCalendar roster: one VEVENT a shift (SUMMARY = role, LOCATION = meeting point). */
export async function parseRosterIcs(text: string, now = new Date().toISOString()): Promise<RosterResult> {
  const { default: ICAL } = await import('ical.js')
  let vevents: InstanceType<typeof ICAL.Component>[]
  try {
    vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')
  } catch (error) {
    const line = Number(/line (\d+)/i.exec(String(error))?.[1] ?? 1)
    return { shifts: [], problems: [{ line, field: '格式', message: '不是有效的日历文件（iCalendar）' }] }
  }
  const shifts: MyShift[] = []
  const problems: RosterProblem[] = []
  vevents.forEach((component, i) => {
    const event = new ICAL.Event(component)
    const where = `第${i + 1}个日程`
    if (!event.startDate || !event.endDate || event.startDate.isDate) {
      problems.push({ line: i + 1, field: where, message: '缺少具体的开始和结束时间' })
      return
    }
    const toIso = (t: typeof event.startDate) => `${new Date(t.toJSDate().getTime() + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`
    const shift = {
      role: event.summary || '志愿服务',
      start: toIso(event.startDate),
      end: toIso(event.endDate),
      meetingPoint: event.location || '未填写',
    }
    shifts.push({
      ...shift,
      id: `import:${event.uid || `${shift.role}|${shift.start}`}`,
      origin: 'import',
      eventTitle: event.summary || '志愿服务',
      team: '未填写',
      lead: (component.getFirstPropertyValue('organizer') as string | null)?.replace(/^mailto:/i, '') || '未填写',
      bring: [],
      sample: false,
      addedAt: now,
      updatedAt: now,
      seen: snapshot(shift),
    })
  })
  if (!shifts.length && !problems.length) problems.push({ line: 1, field: '内容', message: '文件里没有班次' })
  return { shifts, problems }
}
