/**
 * The wire format of the app's month shards (`/data/app/events/YYYY-MM.json`).
 *
 * Occurrences of one content record differ only in id, start and end (`allDay` follows from `start`), yet
 * written out in full each one repeats the record's title, summary, sources and the rest: with 100 000
 * synthetic events a month shard was 3.9 MB for 8 584 occurrences. So a shard lists each record's shared
 * fields once and every occurrence as a short tuple pointing at its record. The open-data files under
 * /data keep full occurrences; this format is for the app only.
 *
 * Version 3 also shortens the tuples, which were then half the shard (8 871 of them, 570 KB): Beijing times
 * lose their `:00+08:00`, an end on the start's day keeps only its time, and a series id (`<record>-YYYYMMDD`
 * of the start day) is written `1`. At 4× CPU, parsing the shard was the largest part of showing a month.
 */
import { dayOf, isDateOnly, overlapsDays } from './time'
import type { EventItem, MonthShard } from './types'

/** What every occurrence of one content record shares (all of EventItem but id, start, end and allDay). */
export type EventRecordFields = Omit<EventItem, 'id' | 'start' | 'end' | 'allDay'>

/**
 * An occurrence id as stored: the suffix after the record id (`-20260606` in a series), or `{ id }` for an
 * id that does not start with its record id (expand.ts never makes one; the format stays lossless anyway).
 * Omitted when the id equals the record id.
 */
export type OccurrenceId = string | { id: string }

/** Version 2: `[record index, start, end]`, with the occurrence id as a fourth element unless it is the record id. */
export type OccurrenceV2 = [record: number, start: string, end: string] | [record: number, start: string, end: string, id: OccurrenceId]

/**
 * Version 3: `[record index, start, end]`, with the occurrence id as a fourth element unless it is the record
 * id: `1` for a series id (`<record>-YYYYMMDD` of the start day, as expand.ts makes them), or an OccurrenceId.
 * `start` is as published, or `YYYY-MM-DDTHH:MM` for a Beijing time on the minute; `end` likewise, or
 * `HH:MM` on the start's day, or `''` when it equals the start.
 */
export type Occurrence = [record: number, start: string, end: string] | [record: number, start: string, end: string, id: 1 | OccurrenceId]

/** A month shard as published: records in order of first use, occurrences sorted by start then id. */
export interface MonthShardFile {
  month: string
  v: 3
  records: EventRecordFields[]
  occurrences: Occurrence[]
}

/** The previous compact format, which a service worker's runtime cache can still hold after a deploy. */
export interface MonthShardFileV2 {
  month: string
  v: 2
  records: EventRecordFields[]
  occurrences: OccurrenceV2[]
}

/** Any month shard the app can read: the current format, v2, or the first one `{ month, events }`. */
export type AnyMonthShardFile = MonthShardFile | MonthShardFileV2 | MonthShard

const BEIJING = ':00+08:00'
/** A Beijing date-time on the minute, as expand.ts and the schema write them. */
const SHORTENS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+08:00$/

/** `start` or `end` as stored: a Beijing minute without its seconds and offset, anything else as it is. */
function shortTime(value: string): string {
  if (SHORTENS.test(value)) return value.slice(0, 16)
  // Lengths 0, 5 and 16 mean a shortened value; a published time never has them (a date is 10, an offset time ≥ 17).
  if (value.length === 0 || value.length === 5 || value.length === 16) throw new Error(`unexpected time ${JSON.stringify(value)}`)
  return value
}

const fullTime = (stored: string) => (stored.length === 16 ? stored + BEIJING : stored)

/** The id a series occurrence gets from expand.ts: the record id and the start's day, `-YYYYMMDD`. */
const seriesId = (recordId: string, start: string) => `${recordId}-${start.slice(0, 4)}${start.slice(5, 7)}${start.slice(8, 10)}`

function encodeEnd(start: string, end: string): string {
  if (end === start) return ''
  const short = shortTime(end)
  return short.length === 16 && SHORTENS.test(start) && end.startsWith(start.slice(0, 11)) ? short.slice(11) : short
}

/** Compact a month's occurrences (already in display order) into the published shard. */
export function encodeMonthShard(month: string, events: EventItem[]): MonthShardFile {
  const records: EventRecordFields[] = []
  // Keyed by content, not recordId, so two occurrences of one record that differ in any field still round-trip.
  const indexByFields = new Map<string, number>()
  const occurrences = events.map(({ id, start, end, allDay, ...fields }): Occurrence => {
    if (allDay !== isDateOnly(start)) throw new Error(`event ${id}: allDay (${allDay}) does not follow from start ${start}`)
    const key = JSON.stringify(fields)
    let index = indexByFields.get(key)
    if (index === undefined) {
      index = records.push(fields) - 1
      indexByFields.set(key, index)
    }
    const occurrence: Occurrence = [index, shortTime(start), encodeEnd(start, end)]
    const { recordId } = fields
    if (id === recordId) return occurrence
    return [...occurrence, id === seriesId(recordId, start) ? 1 : id.startsWith(recordId) ? id.slice(recordId.length) : { id }]
  })
  return { month, v: 3, records, occurrences }
}

/** A stored or full start is a day (all-day) exactly when it is `YYYY-MM-DD`: times are longer. */
const isDay = (value: string) => value.length === 10

/**
 * A month's occurrences, each decoded the first time it is asked for: the calendar's first screen shows
 * one week of a month shard, and decoding all of a large month (thousands of objects, then the garbage
 * collector) cost as much as the week's rows. Asking twice returns the same objects.
 */
export interface MonthOccurrences {
  readonly month: string
  /** Occurrences overlapping the inclusive Beijing day range, in shard order. */
  between(from: string, to: string): EventItem[]
  /** Every occurrence, in shard order. */
  all(): EventItem[]
}

/**
 * The full occurrences of a shard, in its order. Also reads the previous formats (v2 and `{ month, events }`),
 * which the service worker's runtime cache can still serve after a deploy. Occurrences of one record share
 * the record's arrays (audiences, sources, shifts): treat events as read-only.
 */
export function decodeMonthShard(file: AnyMonthShardFile): EventItem[] {
  return openMonthShard(file)?.all() ?? []
}

/** Whether a response is a month shard, in the current or a previous format (see openMonthShard). */
export function isMonthShardFile(v: unknown): v is AnyMonthShardFile {
  return openMonthShard(v) !== null
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

function isOccurrence(o: unknown, recordCount: number, version: 2 | 3): o is Occurrence {
  if (!Array.isArray(o) || (o.length !== 3 && o.length !== 4)) return false
  // Indexes, not `const [index, …] = o`: array destructuring runs the iterator protocol, slow in code that
  // runs once per page load (not yet optimised), and these loops run thousands of times on a phone.
  const index: unknown = o[0]
  const start: unknown = o[1]
  const end: unknown = o[2]
  const id: unknown = o[3]
  if (!Number.isInteger(index) || (index as number) < 0 || (index as number) >= recordCount) return false
  if (typeof start !== 'string' || typeof end !== 'string') return false
  if (o.length === 4 && !(typeof id === 'string' || (isObject(id) && typeof id.id === 'string') || (version === 3 && id === 1)))
    return false
  // An end kept as its time only needs a start with a time to go with.
  return version === 2 || end.length !== 5 || start.length === 16
}

/** An occurrence's full end, from its stored start and end. */
const endOf = (storedStart: string, start: string, storedEnd: string) =>
  storedEnd === '' ? start : storedEnd.length === 5 ? storedStart.slice(0, 11) + storedEnd + BEIJING : fullTime(storedEnd)

/**
 * The Beijing day of a stored time, or the value itself when it already compares as its day would: a date
 * or a shortened Beijing time (`2026-12-08T09:00`) sorts against `YYYY-MM-DD` bounds like its date part
 * (see between below), so the thousands of tuples of a month are compared without making new strings.
 */
const comparable = (stored: string) => (stored.length === 10 || stored.length === 16 ? stored : dayOf(fullTime(stored)))

function decodeOccurrence(records: EventRecordFields[], occurrence: Occurrence): EventItem {
  const storedStart = occurrence[1]
  const id = occurrence[3]
  const record = records[occurrence[0]]!
  const start = fullTime(storedStart)
  // Object.assign, not `{ ...record, id, … }`: the spread-then-add literal is ~10× slower in Node 20's V8.
  return Object.assign({}, record, {
    id:
      id === undefined
        ? record.recordId
        : id === 1
          ? seriesId(record.recordId, start)
          : typeof id === 'string'
            ? record.recordId + id
            : id.id,
    start,
    end: endOf(storedStart, start, occurrence[2]),
    allDay: isDay(start),
  })
}

/** Occurrences already decoded (the first format), behind the same interface. */
function decodedMonth(month: string, events: EventItem[]): MonthOccurrences {
  return {
    month,
    between: (from, to) => events.filter((e) => overlapsDays(dayOf(e.start), dayOf(e.end), from, to)),
    all: () => events,
  }
}

/**
 * A fetched body as a month's occurrences, or null when it is not a month shard (current or previous
 * format). Checks the top level, each record's id and each tuple now, so a bad body is refused before
 * anything is shown; decodes later (MonthOccurrences). Version 2 tuples hold full times and ids, which
 * read the same through the version 3 rules.
 */
export function openMonthShard(v: unknown): MonthOccurrences | null {
  if (!isObject(v) || typeof v.month !== 'string') return null
  if (v.v === undefined) return Array.isArray(v.events) ? decodedMonth(v.month, v.events as EventItem[]) : null
  const { v: version, records, occurrences } = v
  if ((version !== 2 && version !== 3) || !Array.isArray(records) || !Array.isArray(occurrences)) return null
  if (!records.every((r) => isObject(r) && typeof r.recordId === 'string')) return null
  if (!occurrences.every((o) => isOccurrence(o, records.length, version))) return null
  const tuples = occurrences as Occurrence[]
  const decoded: (EventItem | undefined)[] = new Array<EventItem | undefined>(tuples.length)
  const at = (i: number) => (decoded[i] ??= decodeOccurrence(records as EventRecordFields[], tuples[i]!))
  let every: EventItem[] | undefined
  return {
    month: v.month,
    between(from, to) {
      // A start on or before `to` sorts before `to` + U+FFFF (`2026-12-08T09:00` < `2026-12-08\uffff`); an
      // end on or after `from` sorts at or after `from` (`2026-12-02T09:00` ≥ `2026-12-02`).
      const last = to + '\uffff'
      const result: EventItem[] = []
      for (let i = 0; i < tuples.length; i++) {
        const tuple = tuples[i]!
        const start = comparable(tuple[1])
        if (start > last) continue
        const storedEnd = tuple[2]
        const end = storedEnd === '' || storedEnd.length === 5 ? start : comparable(storedEnd)
        if (end >= from) result.push(at(i))
      }
      return result
    },
    all: () => (every ??= tuples.map((_, i) => at(i))),
  }
}
