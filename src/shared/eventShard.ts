/**
 * The wire format of the app's month shards (`/data/app/events/YYYY-MM.json`).
 *
 * Occurrences of one content record differ only in id, start and end (`allDay` follows from `start`), yet
 * written out in full each one repeats the record's title, summary, sources and the rest: with 100 000
 * synthetic events a month shard was 3.9 MB for 8 584 occurrences. So a shard lists each record's shared
 * fields once and every occurrence as a short tuple pointing at its record. The open-data files under
 * /data keep full occurrences; this format is for the app only.
 */
import { isDateOnly } from './time'
import type { EventItem, MonthShard } from './types'

/** What every occurrence of one content record shares (all of EventItem but id, start, end and allDay). */
export type EventRecordFields = Omit<EventItem, 'id' | 'start' | 'end' | 'allDay'>

/**
 * An occurrence id as stored: the suffix after the record id (`-20260606` in a series), or `{ id }` for an
 * id that does not start with its record id (expand.ts never makes one; the format stays lossless anyway).
 * Omitted when the id equals the record id.
 */
export type OccurrenceId = string | { id: string }

/** `[record index, start, end]`, with the occurrence id as a fourth element unless it is the record id. */
export type Occurrence = [record: number, start: string, end: string] | [record: number, start: string, end: string, id: OccurrenceId]

/** A month shard as published: records in order of first use, occurrences sorted by start then id. */
export interface MonthShardFile {
  month: string
  v: 2
  records: EventRecordFields[]
  occurrences: Occurrence[]
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
    if (id === fields.recordId) return [index, start, end]
    return [index, start, end, id.startsWith(fields.recordId) ? id.slice(fields.recordId.length) : { id }]
  })
  return { month, v: 2, records, occurrences }
}

/**
 * The full occurrences of a shard, in its order. Also reads the previous format `{ month, events }`, which
 * the service worker's runtime cache can still serve after a deploy. Occurrences of one record share the
 * record's arrays (audiences, sources, shifts): treat events as read-only.
 */
export function decodeMonthShard(file: MonthShardFile | MonthShard): EventItem[] {
  if (!('occurrences' in file)) return file.events
  const { records } = file
  return file.occurrences.map(([index, start, end, id]) => {
    const record = records[index]!
    // Object.assign, not `{ ...record, id, … }`: the spread-then-add literal is ~10× slower in Node 20's V8.
    return Object.assign({}, record, {
      id: id === undefined ? record.recordId : typeof id === 'string' ? record.recordId + id : id.id,
      start,
      end,
      allDay: isDateOnly(start),
    })
  })
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

function isOccurrence(o: unknown, recordCount: number): o is Occurrence {
  if (!Array.isArray(o) || (o.length !== 3 && o.length !== 4)) return false
  const [index, start, end, id] = o as unknown[]
  return (
    Number.isInteger(index) &&
    (index as number) >= 0 &&
    (index as number) < recordCount &&
    typeof start === 'string' &&
    typeof end === 'string' &&
    (o.length === 3 || typeof id === 'string' || (isObject(id) && typeof id.id === 'string'))
  )
}

/**
 * Whether a response is a month shard, in the current or the previous format. Checks the top level, each
 * record's id and each occurrence's tuple and record index (one pass, cheap for thousands of occurrences).
 */
export function isMonthShardFile(v: unknown): v is MonthShardFile | MonthShard {
  if (!isObject(v) || typeof v.month !== 'string') return false
  if (v.v === undefined) return Array.isArray(v.events)
  if (v.v !== 2 || !Array.isArray(v.records) || !Array.isArray(v.occurrences)) return false
  const { records, occurrences } = v as { records: unknown[]; occurrences: unknown[] }
  return records.every((r) => isObject(r) && typeof r.recordId === 'string') && occurrences.every((o) => isOccurrence(o, records.length))
}
