/**
 * Step 2 of the content pipeline: validate. Each record against its schema, then the references
 * between records. Every problem is collected; nothing stops at the first one.
 */
import type { z } from 'zod'

import { beijingDay, dayOf, isDateOnly } from '../shared/time'
import { inXinjiang } from '../shared/xinjiangOutline'
import { instanceYear } from './campaigns'
import type { ContentProblem } from './errors'
import type { Collection, RawRecord } from './load'
import { rrulestr } from './rrule'
import {
  type CampaignInput,
  campaignSchema,
  CONTENT_LANGUAGES,
  type EventInput,
  eventSchema,
  planFrontmatterSchema,
  type PlanInput,
  type RegionInput,
  regionSchema,
  type TargetInput,
  targetSchema,
  type VenueInput,
  venueSchema,
} from './schema'
import { checkTexts } from './textChecks'
import { buildToday } from './today'

export interface Validated<T> {
  record: RawRecord
  value: T
}

export interface ValidContent {
  regions: Validated<RegionInput>[]
  plans: Validated<PlanInput>[]
  venues: Validated<VenueInput>[]
  campaigns: Validated<CampaignInput>[]
  events: Validated<EventInput>[]
  targets: Validated<TargetInput>[]
}

const SCHEMAS: Record<Collection, z.ZodType> = {
  regions: regionSchema,
  plans: planFrontmatterSchema,
  venues: venueSchema,
  campaigns: campaignSchema,
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

/** Index of the published-source option in `sourceSchema`'s union. */
const PUBLISHED_OPTION = 2
const isPublishedLike = (v: unknown) =>
  v !== null && typeof v === 'object' && ['url', 'publisher', 'published', 'retrieved'].some((k) => k in (v as object))

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
        if (issue.path.at(-1) === 'i18n') {
          const message = `unknown language code "${key}" (use ${CONTENT_LANGUAGES.join(', ')})`
          problems.push({ file: record.file, line: record.lineOf(path), field: path.join('.'), message })
          continue
        }
        problems.push({
          file: record.file,
          line: record.lineOf(path),
          field: path.join('.'),
          message: 'is not a known field (check its spelling in content/README.md)',
        })
      }
      continue
    }
    // A source that looks like a published page gets that option's own messages (url, dates…),
    // not the generic "must be one of three forms".
    if (issue.code === 'invalid_union' && isPublishedLike(getPath(record.data, issue.path))) {
      const inner = issue.errors[PUBLISHED_OPTION] ?? []
      for (const sub of inner) {
        const path = [...issue.path, ...sub.path]
        const missing = sub.code === 'invalid_type' && getPath(record.data, path) === undefined
        problems.push({
          file: record.file,
          line: record.lineOf(path),
          field: path.join('.'),
          message: missing ? 'is required' : sub.message,
        })
      }
      if (inner.length) continue
    }
    if (issue.code === 'invalid_type' && getPath(record.data, issue.path) === undefined) message = 'is required'
    problems.push({ file: record.file, line: record.lineOf(issue.path), field: issue.path.join('.'), message })
  }
  return undefined
}

/** Validate the records; push problems; return the valid ones, grouped by collection. */
export function validateContent(records: RawRecord[], problems: ContentProblem[], options: { today?: string } = {}): ValidContent {
  const today = options.today ?? buildToday()
  const valid: ValidContent = { regions: [], plans: [], venues: [], campaigns: [], events: [], targets: [] }
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
      case 'campaigns':
        ref(record, ['region'], 'regions')
        ref(record, ['venue'], 'venues')
        break
      case 'events':
        ref(record, ['region'], 'regions')
        ref(record, ['venue'], 'venues')
        ref(record, ['campaign'], 'campaigns')
        break
    }
  }
  for (const { record, value } of valid.events) checkEventDates(record, value, problems)
  for (const { record, value } of valid.campaigns) checkCampaignRule(record, value, problems)
  checkOverrides(valid, problems)
  // A page cannot be dated after today. A build made as of an earlier day (KEPU_TODAY, as the tests do) still
  // accepts a page read since: "today" here is the later of the build's day and the clock's.
  const latest = [today, beijingDay(Date.now())].sort().at(-1)!
  for (const record of records) checkPublishedDates(record, latest, problems)
  for (const { record, value } of valid.venues) checkVenueFacts(record, value, problems)
  for (const { record, value } of valid.venues) checkInXinjiang(record, 'location', value.location, problems)
  for (const { record, value } of valid.regions) checkInXinjiang(record, 'center', value.center, problems)
  for (const record of records) checkTexts(record, problems)
  return valid
}

function checkCampaignRule(record: RawRecord, campaign: CampaignInput, problems: ContentProblem[]) {
  const at = { file: record.file, line: record.lineOf(['rule', 'rrule']), field: 'rule.rrule' }
  try {
    rrulestr(`RRULE:${campaign.rule.rrule.replace(/^RRULE:/, '')}`)
  } catch (error) {
    problems.push({ ...at, message: `is not a valid RFC 5545 RRULE (${(error as Error).message})` })
  }
  if (/(^|;)(COUNT|UNTIL)=/.test(campaign.rule.rrule)) {
    problems.push({ ...at, message: 'must not end (no COUNT or UNTIL): use from / to for the years a campaign runs' })
  }
}

/** An override names its campaign and carries one year's instance id, so it replaces exactly that instance. */
function checkOverrides(valid: ValidContent, problems: ContentProblem[]) {
  const campaigns = new Map(valid.campaigns.map(({ value }) => [value.id, value]))
  for (const { record, value } of valid.events) {
    const campaign = value.campaign && campaigns.get(value.campaign)
    if (!campaign) continue
    if (instanceYear(campaign, value.id) === null) {
      problems.push({
        file: record.file,
        line: record.lineOf(['id']),
        field: 'id',
        message: `must be one year's id of campaign "${campaign.id}" (${campaign.eventId}, e.g. ${campaign.eventId.replace('{year}', '2027')})`,
      })
    }
  }
}

/** The bounding box lets through Almaty or Dunhuang: check the point against Xinjiang's outline. */
function checkInXinjiang(record: RawRecord, key: string, point: { lat: number; lng: number }, problems: ContentProblem[]) {
  if (inXinjiang(point.lat, point.lng)) return
  problems.push({
    file: record.file,
    line: record.lineOf([key, 'lat']),
    field: key,
    message: `${point.lat}, ${point.lng} (lat, lng) lies outside Xinjiang; check the coordinates (WGS-84)`,
  })
}

/** A published page cannot be dated after the build's today (a typo, or a guess). */
function checkPublishedDates(record: RawRecord, today: string, problems: ContentProblem[]) {
  const visit = (node: unknown, path: PropertyKey[]) => {
    if (Array.isArray(node)) return node.forEach((child, i) => visit(child, [...path, i]))
    if (node === null || typeof node !== 'object') return
    const obj = node as Record<string, unknown>
    if (path.at(-2) === 'sources' && typeof obj.url === 'string') {
      for (const key of ['published', 'retrieved'] as const) {
        const value = obj[key]
        if (typeof value === 'string' && value.slice(0, 10) > today) {
          problems.push({
            file: record.file,
            line: record.lineOf([...path, key]),
            field: [...path, key].join('.'),
            message: `must not be in the future (today is ${today})`,
          })
        }
      }
    }
    for (const [key, child] of Object.entries(obj)) visit(child, [...path, key])
  }
  visit(record.data, [])
}

/** Every `from` names a published source of the same venue; a published address needs one. */
function checkVenueFacts(record: RawRecord, venue: VenueInput, problems: ContentProblem[]) {
  const published = new Set(venue.sources.flatMap((s) => ('url' in s ? [s.id] : [])))
  const check = (list: string[] | undefined, path: PropertyKey[]) =>
    list?.forEach((key, i) => {
      if (!published.has(key)) {
        problems.push({
          file: record.file,
          line: record.lineOf([...path, i]),
          field: [...path, i].join('.'),
          message: `"${key}" is not the id of a published source in this record's sources`,
        })
      }
    })
  check(venue.hours.from, ['hours', 'from'])
  check(venue.booking?.from, ['booking', 'from'])
  check(venue.location.from, ['location', 'from'])
  check(venue.feeFrom, ['feeFrom'])
  check(venue.contact?.from, ['contact', 'from'])
  venue.closures.forEach((c, i) => check(c.from, ['closures', i, 'from']))
  if (venue.location.address && !venue.location.from?.length) {
    problems.push({
      file: record.file,
      line: record.lineOf(['location', 'address']),
      field: 'location.address',
      message: 'needs location.from: the published source that gives the address',
    })
  }
  const ids = venue.sources.flatMap((s) => ('url' in s ? [s.id] : []))
  if (new Set(ids).size !== ids.length) {
    problems.push({ file: record.file, line: record.lineOf(['sources']), field: 'sources', message: 'published source ids must be unique' })
  }
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
    const byTime = /(?:^|;)(BYHOUR|BYMINUTE|BYSECOND)=/.exec(event.rrule)?.[1]
    if (freq && !['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].includes(freq)) {
      problems.push({ ...at('rrule'), message: `FREQ=${freq} repeats within a day; use DAILY, WEEKLY, MONTHLY or YEARLY` })
    } else if (byTime) {
      problems.push({ ...at('rrule'), message: `${byTime} can repeat within a day; the time of day comes from start` })
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
    if (shift.sample) {
      problems.push({
        ...where,
        field: `shifts.${i}.sample`,
        line: record.lineOf(['shifts', i, 'sample']),
        message: 'a published roster is not a sample: sample rosters belong in content/demo/events/ (demo data only)',
      })
    }
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

/**
 * The checks a record passes on its own: its schema, dates and rules, its venue facts and coordinates, its
 * published dates and its text. Ids, references and campaign overrides need the other records and stay with
 * `validateContent`. The web editor runs this before it saves (src/build/editor/entryCheck.ts), so an
 * organiser hears of a missing source or an end before the start at once, not from the review's check.
 */
export function checkRecord(record: RawRecord, today: string): ContentProblem[] {
  const problems: ContentProblem[] = []
  const value = checkSchema(record, problems)
  if (value !== undefined) {
    if (record.collection === 'events') checkEventDates(record, value as EventInput, problems)
    if (record.collection === 'campaigns') checkCampaignRule(record, value as CampaignInput, problems)
    if (record.collection === 'venues') {
      checkVenueFacts(record, value as VenueInput, problems)
      checkInXinjiang(record, 'location', (value as VenueInput).location, problems)
    }
    if (record.collection === 'regions') checkInXinjiang(record, 'center', (value as RegionInput).center, problems)
  }
  checkPublishedDates(record, today, problems)
  checkTexts(record, problems)
  return problems
}
