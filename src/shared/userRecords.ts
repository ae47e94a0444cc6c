/**
 * One schema per user-data store (IndexedDB), used wherever a record comes in — a backup import, a
 * roster import — and on every read from the database. A record that fails is skipped and reported,
 * never shown half-formed (one bad record must not take a page down), and never deleted.
 * zod/mini keeps this to a few KB in the lazy chunks that read the user's data. Schemas only judge:
 * callers keep the original record (z.object drops unknown keys from its output; a newer app's extra
 * fields must survive a round trip through this one).
 */
import * as z from 'zod/mini'

import { parseDay } from './time'
import { GRADE_BANDS, type UserRecords } from './userData'

// Interpreted checks: no `new Function` (strict CSPs refuse it), and faster on a cold page here.
z.config({ jitless: true })

/** What a backup or a roster may hold; more is refused with a message naming the limit. */
export const LIMITS = {
  /** Records per store in one backup file. */
  backupRecords: 5000,
  /** Size of a backup file. */
  backupBytes: 10 * 1024 * 1024,
  /** Shifts (rows or VEVENTs) in one roster file. */
  rosterRows: 5000,
  /** Size of a roster file. */
  rosterBytes: 2 * 1024 * 1024,
  /** Items a shift asks its volunteers to bring (携带物品). */
  bringItems: 50,
} as const

/** How far ahead of the device clock a saved stamp may be (clock skew); later stamps are refused. */
const FUTURE_SLACK_MS = 86_400_000

const DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|([+-])(\d{2}):(\d{2}))$/

/**
 * Epoch ms of a strict ISO date-time with an offset (`2026-12-05T09:30:00+08:00`, `…Z`): a real day in
 * the app's year range, hours < 24, an offset within ±14:00. null for anything else.
 */
export function parseInstant(value: unknown): number | null {
  if (typeof value !== 'string') return null
  const m = DATE_TIME_RE.exec(value)
  if (!m || !parseDay(m[1])) return null
  if (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59) return null
  if (m[6] && (Number(m[7]) > 14 || Number(m[8]) > 59)) return null
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? null : ms
}

/** Longest free text a record field may hold (a role, a meeting point, a school name). */
export const TEXT_MAX = 500
/** The shorter fields' limit: ids, names, a contact, each item to bring. */
export const SHORT_MAX = 200
const short = (max = TEXT_MAX) => z.string().check(z.maxLength(max))
const key = z.string().check(z.minLength(1), z.maxLength(300))
const stamp = z.string().check(z.refine((v) => parseInstant(v) !== null, { message: '不是有效时间' }))
/** A day (`YYYY-MM-DD`, all-day in Beijing) or a date-time with offset. */
const when = z.string().check(z.refine((v) => parseDay(v) !== null || parseInstant(v) !== null, { message: '不是有效日期' }))
const instant = stamp

/** Start/end in order: an end before its start would draw as "12:00–10:00". */
const inOrder = (allowEqual: boolean) =>
  z.refine<{ start: string; end: string }>(
    ({ start, end }) => {
      const ms = (v: string) => parseInstant(v) ?? Date.parse(`${v}T00:00:00+08:00`)
      return allowEqual ? ms(end) >= ms(start) : ms(end) > ms(start)
    },
    { message: '结束早于开始', path: ['end'] },
  )

export const scheduleEntrySchema = z.object({
  id: key,
  addedAt: stamp,
  seen: z
    .looseObject({
      title: short(),
      start: when,
      end: when,
      status: short(40),
      venue: z.optional(short(SHORT_MAX)),
      region: short(SHORT_MAX),
    })
    .check(inOrder(true)),
})

const shiftSnapshot = z.object({ role: short(), start: instant, end: instant, meetingPoint: short() })

export const shiftSchema = z
  .looseObject({
    id: key,
    origin: z.enum(['content', 'import']),
    eventId: z.optional(short(SHORT_MAX)),
    eventTitle: short(),
    role: short(),
    start: instant,
    end: instant,
    meetingPoint: short(),
    team: short(),
    lead: short(),
    contact: z.optional(short(SHORT_MAX)),
    bring: z.array(short(SHORT_MAX)).check(z.maxLength(LIMITS.bringItems)),
    sample: z.boolean(),
    addedAt: stamp,
    updatedAt: stamp,
    seen: shiftSnapshot,
  })
  .check(inOrder(false))

export const visitPlanSchema = z.object({
  id: key,
  createdAt: stamp,
  updatedAt: stamp,
  venueId: short(SHORT_MAX),
  date: z.string().check(z.refine((v) => v === '' || parseDay(v) !== null, { message: '不是有效日期' })),
  session: z.string().check(z.regex(/^$|^\d{2}:\d{2}-\d{2}:\d{2}$/)),
  school: short(),
  className: short(),
  grade: z.enum(GRADE_BANDS),
  students: z.number().check(z.int(), z.minimum(0), z.maximum(2000)),
  teachers: z.number().check(z.int(), z.minimum(0), z.maximum(2000)),
  contact: z.object({ name: short(SHORT_MAX), phone: short(60) }),
  notes: short(2000),
  done: z.array(short(SHORT_MAX)).check(z.maxLength(200)),
})

export const kvRecordSchema = z.object({ key, value: z.unknown() })

/** The planner's school location (kv `planner:school`). */
export const schoolLocationSchema = z.object({
  lat: z.number().check(z.minimum(-90), z.maximum(90)),
  lng: z.number().check(z.minimum(-180), z.maximum(180)),
  source: z.enum(['region', 'device']),
  region: z.optional(short(SHORT_MAX)),
  label: short(SHORT_MAX),
})

export const RECORD_SCHEMAS = { kv: kvRecordSchema, schedule: scheduleEntrySchema, visitPlans: visitPlanSchema, shifts: shiftSchema }
export type RecordStore = keyof typeof RECORD_SCHEMAS

export interface BadRecord {
  store: RecordStore
  /** Position in the list given (0-based). */
  index: number
  /** The record's id or key, when it has one, for the report. */
  id?: string
  /** What the user knows it by (the event's title, the school, the shift), when the record still says. */
  name?: string
  /** Which field is wrong, e.g. `seen.end`, or '' for the record as a whole. */
  field: string
  reason: 'invalid' | 'future'
}

export interface Checked<T> {
  good: T[]
  bad: BadRecord[]
}

/**
 * Split records into those that match their store's schema and those that do not. With `now`, stamps
 * (addedAt/updatedAt/createdAt) later than now are refused too — a file dated 9999 would otherwise win
 * every newer-wins merge for ever. Reads from the database pass no `now`: a clock change never hides data.
 */
export function checkRecords<S extends RecordStore>(store: S, records: unknown[], options: { now?: Date } = {}): Checked<UserRecords[S]> {
  const schema = RECORD_SCHEMAS[store] as z.ZodMiniType
  const limit = options.now ? options.now.getTime() + FUTURE_SLACK_MS : Infinity
  const result: Checked<UserRecords[S]> = { good: [], bad: [] }
  records.forEach((record, index) => {
    const id = idOf(record)
    const parsed = schema.safeParse(record)
    if (!parsed.success) {
      result.bad.push({ store, index, id, name: nameOf(record), field: parsed.error.issues[0]?.path.join('.') ?? '', reason: 'invalid' })
      return
    }
    const future = (['updatedAt', 'addedAt', 'createdAt'] as const).find(
      (k) => (parseInstant((record as Record<string, unknown>)[k]) ?? 0) > limit,
    )
    if (future) result.bad.push({ store, index, id, name: nameOf(record), field: future, reason: 'future' })
    else result.good.push(record as UserRecords[S])
  })
  return result
}

/** The words a record is shown by on its page: a starred event's title, a plan's school and class, a shift's event and role. */
function nameOf(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null) return undefined
  const r = record as { seen?: { title?: unknown }; school?: unknown; className?: unknown; eventTitle?: unknown; role?: unknown }
  const words = [r.seen?.title, r.school, r.className, r.eventTitle, r.role].filter(
    (w): w is string => typeof w === 'string' && w.trim() !== '',
  )
  return words.length ? words.join(' ').slice(0, 60) : undefined
}

function idOf(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null) return undefined
  const { id, key: k } = record as { id?: unknown; key?: unknown }
  const value = typeof id === 'string' ? id : typeof k === 'string' ? k : undefined
  return value?.slice(0, 60)
}
