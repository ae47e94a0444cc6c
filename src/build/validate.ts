/**
 * Step 2 of the content pipeline: validate. Each record against its schema, then the references
 * between records. Every problem is collected; nothing stops at the first one.
 */
import type { z } from 'zod'
import { rrulestr } from './rrule'
import {
  eventSchema,
  planFrontmatterSchema,
  regionSchema,
  targetSchema,
  venueSchema,
  type EventInput,
  type PlanInput,
  type RegionInput,
  type TargetInput,
  type VenueInput,
} from '../shared/schema'
import { dayOf, isDateOnly } from '../shared/time'
import type { ContentProblem } from './errors'
import type { Collection, RawRecord } from './load'

export interface Validated<T> {
  record: RawRecord
  value: T
}

export interface ValidContent {
  regions: Validated<RegionInput>[]
  plans: Validated<PlanInput>[]
  venues: Validated<VenueInput>[]
  events: Validated<EventInput>[]
  targets: Validated<TargetInput>[]
}

const SCHEMAS: Record<Collection, z.ZodType> = {
  regions: regionSchema,
  plans: planFrontmatterSchema,
  venues: venueSchema,
  events: eventSchema,
  targets: targetSchema,
}

function getPath(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<PropertyKey, unknown>)[key]
  }
  return node
}

const field = (record: RawRecord, key: string) => getPath(record.data, [key])

function checkSchema(record: RawRecord, problems: ContentProblem[]): unknown {
  if (record.data === null || typeof record.data !== 'object' || Array.isArray(record.data)) {
    problems.push({ file: record.file, line: 1, field: '', message: 'must be a YAML mapping of fields' })
    return undefined
  }
  const result = SCHEMAS[record.collection].safeParse(record.data)
  if (result.success) return result.data
  for (const issue of result.error.issues) {
    let message = issue.message
    // zod reports unknown keys on the parent object; point at the key itself.
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key]
        problems.push({
          file: record.file,
          line: record.lineOf(path),
          field: path.join('.'),
          message: 'is not a known field (check its spelling in content/README.md)',
        })
      }
      continue
    }
    if (issue.code === 'invalid_type' && getPath(record.data, issue.path) === undefined) message = 'is required'
    problems.push({ file: record.file, line: record.lineOf(issue.path), field: issue.path.join('.'), message })
  }
  return undefined
}

/** Validate the records; push problems; return the valid ones, grouped by collection. */
export function validateContent(records: RawRecord[], problems: ContentProblem[]): ValidContent {
  const valid: ValidContent = { regions: [], plans: [], venues: [], events: [], targets: [] }
  for (const record of records) {
    const value = checkSchema(record, problems)
    if (value !== undefined) (valid[record.collection] as Validated<unknown>[]).push({ record, value })
  }

  // Ids and references are checked on every record that parsed, valid or not, so that one run
  // reports every problem; fields with the wrong type are simply skipped here.
  const ids = {} as Record<Collection, Set<string>>
  for (const collection of Object.keys(valid) as Collection[]) {
    const seen = new Map<string, string>()
    for (const record of records.filter((r) => r.collection === collection)) {
      const id = field(record, 'id')
      if (typeof id !== 'string') continue
      const at = { file: record.file, line: record.lineOf(['id']), field: 'id' }
      if (seen.has(id)) problems.push({ ...at, message: `duplicate id "${id}" (also in ${seen.get(id)})` })
      else seen.set(id, record.file)
      if (id !== record.stem) problems.push({ ...at, message: `must equal the file name "${record.stem}"` })
    }
    ids[collection] = new Set(seen.keys())
  }

  const ref = (record: RawRecord, path: PropertyKey[], collection: Collection) => {
    const id = getPath(record.data, path)
    if (typeof id === 'string' && !ids[collection].has(id)) {
      const ext = collection === 'plans' ? 'md' : 'yaml'
      problems.push({
        file: record.file,
        line: record.lineOf(path),
        field: path.join('.'),
        message: `unknown ${collection.slice(0, -1)} id "${id}" (no content/${collection}/${id}.${ext})`,
      })
    }
  }
  const refList = (record: RawRecord, path: PropertyKey[], collection: Collection) => {
    const list = getPath(record.data, path)
    if (Array.isArray(list)) list.forEach((_, i) => ref(record, [...path, i], collection))
  }
  const refSources = (record: RawRecord, base: PropertyKey[] = []) => {
    const list = getPath(record.data, [...base, 'sources'])
    if (Array.isArray(list)) list.forEach((_, i) => ref(record, [...base, 'sources', i, 'plan'], 'plans'))
  }

  for (const record of records) {
    refSources(record)
    switch (record.collection) {
      case 'plans': {
        refList(record, ['regions'], 'regions')
        const defects = field(record, 'defects')
        if (Array.isArray(defects)) defects.forEach((_, i) => refSources(record, ['defects', i]))
        break
      }
      case 'venues':
        ref(record, ['region'], 'regions')
        break
      case 'targets':
        ref(record, ['plan'], 'plans')
        ref(record, ['region'], 'regions')
        break
      case 'events':
        ref(record, ['region'], 'regions')
        ref(record, ['venue'], 'venues')
        break
    }
  }
  for (const { record, value } of valid.events) checkEventDates(record, value, problems)
  return valid
}

/** Occurrences one series may have; the app's shards and feeds are sized for this. */
const MAX_OCCURRENCES = 1000

function checkEventDates(record: RawRecord, event: EventInput, problems: ContentProblem[]) {
  const at = (field: string) => ({ file: record.file, line: record.lineOf([field]), field })
  if (isDateOnly(event.start) !== isDateOnly(event.end)) {
    problems.push({ ...at('end'), message: 'must be the same form as start (both dates, or both date-times with offset)' })
  } else if (isDateOnly(event.start) ? event.end < event.start : Date.parse(event.end) < Date.parse(event.start)) {
    problems.push({ ...at('end'), message: `must not be before start (${event.start})` })
  }
  if (event.rrule) {
    if (!/(^|;)(COUNT|UNTIL)=/.test(event.rrule)) {
      problems.push({ ...at('rrule'), message: 'must end: give COUNT or UNTIL' })
    }
    // Occurrence ids are the record id plus the day: a series may repeat at most daily.
    const freq = /(?:^|;)FREQ=([A-Z]+)/.exec(event.rrule)?.[1]
    if (freq && !['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].includes(freq)) {
      problems.push({ ...at('rrule'), message: `FREQ=${freq} repeats within a day; use DAILY, WEEKLY, MONTHLY or YEARLY` })
    } else {
      try {
        const rule = rrulestr(`RRULE:${event.rrule.replace(/^RRULE:/, '')}`, { dtstart: new Date(`${dayOf(event.start)}T00:00:00Z`) })
        // Count one past the limit and stop: never expand a runaway COUNT, never cut a series silently.
        if (rule.all((_, i) => i <= MAX_OCCURRENCES).length > MAX_OCCURRENCES) {
          problems.push({
            ...at('rrule'),
            message: `gives more than ${MAX_OCCURRENCES} occurrences; lower COUNT or UNTIL, or split the series`,
          })
        }
      } catch (error) {
        problems.push({ ...at('rrule'), message: `is not a valid RFC 5545 RRULE (${(error as Error).message})` })
      }
    }
    if (event.shifts?.length) problems.push({ ...at('shifts'), message: 'a roster belongs to one dated event, not to a recurring series' })
  } else if (event.exdates.length > 0) {
    problems.push({ ...at('exdates'), message: 'only apply to a recurring event (give rrule)' })
  }
  const shiftIds = new Set<string>()
  event.shifts?.forEach((shift, i) => {
    const where = { file: record.file, line: record.lineOf(['shifts', i, 'id']), field: `shifts.${i}.id` }
    if (shiftIds.has(shift.id)) problems.push({ ...where, message: `duplicate shift id "${shift.id}"` })
    shiftIds.add(shift.id)
    const day = dayOf(shift.start)
    if (day < dayOf(event.start) || day > dayOf(event.end)) {
      problems.push({
        ...where,
        field: `shifts.${i}.start`,
        line: record.lineOf(['shifts', i, 'start']),
        message: `must fall within the event (${dayOf(event.start)} to ${dayOf(event.end)})`,
      })
    }
  })
  if (dayOf(event.start).slice(0, 4) < '2000') problems.push({ ...at('start'), message: 'is implausibly early' })
  if (dayOf(event.start).slice(0, 4) > '2100') problems.push({ ...at('start'), message: 'must be a date between 2000 and 2100' })
}
