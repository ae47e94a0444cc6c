/**
 * The demo data set: sample rosters (示例排班) that show volunteers what a shift looks like. They live in
 * `content/demo/events/<event id>.yaml`, one file per event, and are built in only when demo data is on
 * (`npm start`, the test builds; `KEPU_DEMO=1`). A production build (`npm run build`) publishes real rosters
 * only, so a sample can never pass for an organiser's roster.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

import { z } from 'zod'

import { dayOf } from '../shared/time'
import type { ContentProblem } from './errors'
import { parseRecord, type RawRecord } from './load'
import { type EventInput, shiftSchema } from './schema'
import type { Validated } from './validate'

const demoRosterSchema = z.strictObject({
  id: z.string({ error: '应填写这份示例排班所属活动的编号' }),
  shifts: z.array(shiftSchema, { error: '应为班次列表' }).min(1, { error: '至少要有一个班次' }),
})

/**
 * Whether a build includes the demo data: `KEPU_DEMO=1` / `0` decides; otherwise on for the dev server
 * and off for a build.
 */
export function demoEnabled(command: 'serve' | 'build', env: Record<string, string | undefined> = process.env): boolean {
  const flag = env.KEPU_DEMO?.trim()
  if (flag === '1' || flag === 'true') return true
  if (flag === '0' || flag === 'false') return false
  return command === 'serve'
}

/** Read `demoDir/events/*.yaml`. */
export function loadDemo(demoDir: string, rootDir: string, problems: ContentProblem[]): RawRecord[] {
  const dir = join(demoDir, 'events')
  if (!existsSync(dir)) return []
  const records: RawRecord[] = []
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (!statSync(path).isFile() || name.startsWith('.')) continue
    const file = relative(rootDir, path).split('\\').join('/')
    if (!name.endsWith('.yaml')) {
      problems.push({ file, line: 1, field: '', message: 'demo/events/ 里不该有这个文件：示例排班都是 .yaml 文件' })
      continue
    }
    const record = parseRecord('events', file, readFileSync(path, 'utf8'), problems)
    if (record) records.push(record)
  }
  return records
}

/**
 * Check each sample roster and, when `apply`, add its shifts to its event. The event must exist and hold every
 * shift within its days; every shift says `sample: true`. An event with a published roster keeps that one.
 */
export function applyDemo(
  records: RawRecord[],
  events: Validated<EventInput>[],
  problems: ContentProblem[],
  apply: boolean,
  /** Ids of every event file, valid or not: a sample for an event whose own file has problems is not "missing". */
  eventIds: ReadonlySet<string> = new Set(events.map((e) => e.value.id)),
): void {
  const byId = new Map(events.map((e) => [e.value.id, e]))
  for (const record of records) {
    const at = (path: PropertyKey[]) => ({ file: record.file, line: record.lineOf(path), field: path.join('.') })
    const result = demoRosterSchema.safeParse(record.data)
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ ...at(issue.path), message: issue.message })
      continue
    }
    const { id, shifts } = result.data
    const event = byId.get(id)
    if (id !== record.stem) problems.push({ ...at(['id']), message: `必须与文件名“${record.stem}”相同` })
    if (!event && !eventIds.has(id)) {
      problems.push({ ...at(['id']), message: `找不到活动编号“${id}”（没有 content/events/${id}.yaml 这个文件）` })
      continue
    }
    let ok = true
    const ids = new Set<string>()
    shifts.forEach((shift, i) => {
      const fail = (path: PropertyKey[], message: string) => {
        ok = false
        problems.push({ ...at(path), message })
      }
      if (!shift.sample) fail(['shifts', i, 'sample'], '必须是 true：演示数据里的排班都是示例')
      if (ids.has(shift.id)) fail(['shifts', i, 'id'], `班次编号“${shift.id}”重复`)
      ids.add(shift.id)
      // An event file that failed its own checks is told about there: its days wait until it is right.
      if (!event) return
      const day = dayOf(shift.start)
      if (day < dayOf(event.value.start) || day > dayOf(event.value.end))
        fail(['shifts', i, 'start'], `必须在活动日期之内（${dayOf(event.value.start)} 至 ${dayOf(event.value.end)}）`)
    })
    // Once an organiser publishes the event's real roster, the sample for it is no longer shown.
    if (event && ok && apply && !event.value.shifts?.length) event.value = { ...event.value, shifts }
  }
}
