/**
 * Step 2 of the content pipeline: validate. Each record against its schema, then the references
 * between records. Every problem is collected; nothing stops at the first one.
 */
import type { z } from 'zod'

import { beijingDay, dayOf, isDateOnly } from '../shared/time'
import { inXinjiang } from '../shared/xinjiangOutline'
import { instanceYear } from './campaigns'
import type { ContentProblem } from './errors'
import { seriesStarts } from './expand'
import type { Collection, RawRecord } from './load'
import { type DeepPartial, partialParse } from './partialParse'
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

/** What each collection's records are called in messages (`找不到场馆编号…`). */
const RECORD_NAMES: Record<Collection, string> = {
  regions: '地区',
  plans: '规划',
  venues: '场馆',
  campaigns: '年度活动',
  events: '活动',
  targets: '目标',
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

/**
 * The record without the optional fields that were cleared: the web editor saves a cleared relation or text
 * (场馆, 所属年度活动, 系列) as '' and a cleared select (日期精度) as null, and the save was refused (只能用小写
 * 英文字母…), so an organiser could not take a venue off an event. Left out, they are absent, as in a file
 * that never had them. Only where the field may be absent: a required field cleared is still told it is missing.
 */
export function withoutCleared(schema: z.ZodType, data: Record<string, unknown>): Record<string, unknown> {
  const shape = (schema as { shape?: Record<string, z.ZodType> }).shape
  if (!shape) return data
  const cleared = Object.keys(data).filter((key) => (data[key] === '' || data[key] === null) && shape[key]?.safeParse(undefined).success)
  return cleared.length ? Object.fromEntries(Object.entries(data).filter(([key]) => !cleared.includes(key))) : data
}

function checkSchema(record: RawRecord, problems: ContentProblem[]): unknown {
  if (record.data === null || typeof record.data !== 'object' || Array.isArray(record.data)) {
    problems.push({ file: record.file, line: 1, field: '', message: '文件内容应为一组“字段: 值”（YAML 映射）' })
    return undefined
  }
  const result = SCHEMAS[record.collection].safeParse(withoutCleared(SCHEMAS[record.collection], record.data as Record<string, unknown>))
  if (result.success) return result.data
  for (const issue of result.error.issues) {
    let message = issue.message
    // zod reports unknown keys on the parent object; point at the key itself.
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key]
        if (issue.path.at(-1) === 'i18n') {
          const message = `不认识的语言代码“${key}”（只能用 ${CONTENT_LANGUAGES.join('、')}）`
          problems.push({ file: record.file, line: record.lineOf(path), field: path.join('.'), message })
          continue
        }
        problems.push({
          file: record.file,
          line: record.lineOf(path),
          field: path.join('.'),
          message: '不是认识的字段（请对照 content/README.md 检查拼写）',
        })
      }
      continue
    }
    // A source that looks like a published page gets that option's own messages (url, dates…),
    // not the generic "one of three forms".
    if (issue.code === 'invalid_union' && isPublishedLike(getPath(record.data, issue.path))) {
      const inner = issue.errors[PUBLISHED_OPTION] ?? []
      for (const sub of inner) {
        const path = [...issue.path, ...sub.path]
        const missing = sub.code === 'invalid_type' && getPath(record.data, path) === undefined
        problems.push({
          file: record.file,
          line: record.lineOf(path),
          field: path.join('.'),
          message: missing ? '必须填写' : sub.message,
        })
      }
      if (inner.length) continue
    }
    if (issue.code === 'invalid_type' && getPath(record.data, issue.path) === undefined) message = '必须填写'
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
    // A record that failed is still checked across the fields that parsed: every problem in one run.
    else checkAcrossFields(record, partialParse(SCHEMAS[record.collection], record.data), problems)
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
      if (seen.has(id)) problems.push({ ...at, message: `编号“${id}”重复（${seen.get(id)} 也用了这个编号）` })
      else seen.set(id, record.file)
      if (id !== record.stem) problems.push({ ...at, message: `必须与文件名“${record.stem}”相同` })
    }
    ids[collection] = new Set(seen.keys())
  }

  const ref = (record: RawRecord, path: PropertyKey[], collection: Collection) => {
    const id = getPath(record.data, path)
    // '' is a field the web editor cleared (withoutCleared): absent, not an id to look up.
    if (typeof id === 'string' && id !== '' && !ids[collection].has(id)) {
      const ext = collection === 'plans' ? 'md' : 'yaml'
      problems.push({
        file: record.file,
        line: record.lineOf(path),
        field: path.join('.'),
        message: `找不到${RECORD_NAMES[collection]}编号“${id}”（没有 content/${collection}/${id}.${ext} 这个文件）`,
      })
    }
  }
  const refList = (record: RawRecord, path: PropertyKey[], collection: Collection) => {
    const list = getPath(record.data, path)
    if (Array.isArray(list)) list.forEach((_, i) => ref(record, [...path, i], collection))
  }
  // The plan texts live outside the repository (shared/seeds/): each plan says how many lines its text has.
  const planLines = new Map(records.filter((r) => r.collection === 'plans').map((r) => [field(r, 'id'), field(r, 'seedLines')] as const))
  const refSources = (record: RawRecord, base: PropertyKey[] = []) => {
    const list = getPath(record.data, [...base, 'sources'])
    if (!Array.isArray(list)) return
    list.forEach((_, i) => {
      ref(record, [...base, 'sources', i, 'plan'], 'plans')
      const path = [...base, 'sources', i, 'lines']
      const lines = getPath(record.data, path)
      const total = planLines.get(getPath(record.data, [...base, 'sources', i, 'plan']))
      // Only a range written rightly (the schema tells the others): "15-12" is backwards, not also too far.
      const [first = 0, last = first] = /^\d+(-\d+)?$/.test(String(lines)) ? String(lines).split('-').map(Number) : []
      if (
        (typeof lines === 'string' || typeof lines === 'number') &&
        typeof total === 'number' &&
        first >= 1 &&
        last >= first &&
        last > total
      )
        problems.push({
          file: record.file,
          line: record.lineOf(path),
          field: path.join('.'),
          message: `第 ${last} 行超出了规划原文（共 ${total} 行）：请对照原文检查行号`,
        })
    })
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
  for (const collection of Object.keys(valid) as Collection[])
    for (const { record, value } of valid[collection] as Validated<unknown>[]) checkAcrossFields(record, value, problems)
  checkOverrides(valid, problems)
  // A page cannot be dated after today. A build made as of an earlier day (KEPU_TODAY, as the tests do) still
  // accepts a page read since: "today" here is the later of the build's day and the clock's.
  const latest = [today, beijingDay(Date.now())].sort().at(-1)!
  for (const record of records) checkPublishedDates(record, latest, problems)
  for (const record of records) checkTexts(record, problems)
  return valid
}

/**
 * The checks of one record across its fields: dates and rules, venue facts, coordinates. `value` is the parsed
 * record, or what of it parsed when it failed its schema (partialParse): every check skips a missing field.
 */
function checkAcrossFields(record: RawRecord, value: unknown, problems: ContentProblem[]) {
  if (value === undefined) return
  switch (record.collection) {
    case 'events':
      return checkEventDates(record, value as DeepPartial<EventInput>, problems)
    case 'campaigns':
      return checkCampaignRule(record, value as DeepPartial<CampaignInput>, problems)
    case 'venues':
      checkVenueFacts(record, value as DeepPartial<VenueInput>, problems)
      return checkInXinjiang(record, 'location', (value as DeepPartial<VenueInput>).location, problems)
    case 'regions':
      return checkInXinjiang(record, 'center', (value as DeepPartial<RegionInput>).center, problems)
  }
}

function checkCampaignRule(record: RawRecord, campaign: DeepPartial<CampaignInput>, problems: ContentProblem[]) {
  const rrule = campaign.rule?.rrule
  if (rrule === undefined) return
  const at = { file: record.file, line: record.lineOf(['rule', 'rrule']), field: 'rule.rrule' }
  // Several lines are read as a set of rules that drops the start: days from the build's clock.
  if (/[\r\n]/.test(rrule)) return void problems.push({ ...at, message: '规则只能写一行（不要换行）' })
  try {
    const from = campaign.from ?? 2000
    const rule = rrulestr(`RRULE:${rrule.replace(/^RRULE:/, '')}`, { dtstart: new Date(Date.UTC(from, 0, 1)) })
    // BYMONTH=13 or BYMONTHDAY=31 with BYMONTH=2 parse, and give no day at all: the campaign would leave the
    // calendar without a word. Any real yearly rule falls within four years (29 February, once in four).
    if (!rule.between(new Date(Date.UTC(from, 0, 1)), new Date(Date.UTC(from + 4, 11, 31)), true).length)
      problems.push({ ...at, message: '这条规则一年里一天也没有（请检查月份 BYMONTH 和日期 BYMONTHDAY 是否真实存在）' })
  } catch (error) {
    problems.push({ ...at, message: `不是有效的 RRULE 重复规则（RFC 5545）：${(error as Error).message}` })
  }
  if (/(^|;)(COUNT|UNTIL)=/.test(rrule)) {
    problems.push({ ...at, message: '每年的活动规则不能写结束（去掉 COUNT 或 UNTIL）；举办的年份写在起始年份 from、结束年份 to 里' })
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
        message: `必须是年度活动“${campaign.id}”某一年的编号（${campaign.eventId}，例如 ${campaign.eventId.replace('{year}', '2027')}）`,
      })
    }
  }
}

/** The bounding box lets through Almaty or Dunhuang: check the point against Xinjiang's outline. */
function checkInXinjiang(record: RawRecord, key: string, point: { lat?: number; lng?: number } | undefined, problems: ContentProblem[]) {
  if (point?.lat === undefined || point.lng === undefined || inXinjiang(point.lat, point.lng)) return
  problems.push({
    file: record.file,
    line: record.lineOf([key, 'lat']),
    field: key,
    message: `${point.lat}, ${point.lng}（纬度, 经度）在新疆以外；请检查坐标（WGS-84）`,
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
        // Only a date as the schema wants it (2026-05-23 or 2026-05): 2026/5/1 is told about there, once.
        if (typeof value === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(value) && value > today) {
          problems.push({
            file: record.file,
            line: record.lineOf([...path, key]),
            field: [...path, key].join('.'),
            message: `不能晚于今天（今天是 ${today}）`,
          })
        }
      }
    }
    for (const [key, child] of Object.entries(obj)) visit(child, [...path, key])
  }
  visit(record.data, [])
}

/**
 * The ids of a record's published sources, read from the file itself: a published source that fails its own
 * schema (a date written wrongly) still has its id, and a `from` naming it is not wrong too. `null` when the
 * list cannot tell (not a list, or a published source without an id): the `from`s then wait for it.
 */
function publishedSourceIds(record: RawRecord): string[] | null {
  const sources = getPath(record.data, ['sources'])
  if (!Array.isArray(sources)) return null
  const published = sources.filter(isPublishedLike).map((s) => (s as { id?: unknown }).id)
  return published.every((id) => typeof id === 'string') ? (published as string[]) : null
}

/** A field the file leaves out or empty: one that is there but wrong is the schema's to tell, not missing as well. */
const isAbsent = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)

/** Every `from` names a published source of the same venue; a published address needs one. */
function checkVenueFacts(record: RawRecord, venue: DeepPartial<VenueInput>, problems: ContentProblem[]) {
  const ids = publishedSourceIds(record)
  const published = new Set(ids)
  const check = (list: (string | undefined)[] | undefined, path: PropertyKey[]) =>
    list?.forEach((key, i) => {
      if (ids && key !== undefined && !published.has(key)) {
        problems.push({
          file: record.file,
          line: record.lineOf([...path, i]),
          field: [...path, i].join('.'),
          message: `“${key}”不是本条记录 sources 里已发布来源的编号`,
        })
      }
    })
  check(venue.hours?.from, ['hours', 'from'])
  check(venue.booking?.from, ['booking', 'from'])
  check(venue.location?.from, ['location', 'from'])
  check(venue.feeFrom, ['feeFrom'])
  check(venue.contact?.from, ['contact', 'from'])
  venue.closures?.forEach((c, i) => check(c?.from, ['closures', i, 'from']))
  // The file's own value: a `from` that failed its schema is already told about, not missing as well.
  const addressFrom = getPath(record.data, ['location', 'from'])
  if (venue.location?.address && (addressFrom === undefined || (Array.isArray(addressFrom) && !addressFrom.length))) {
    problems.push({
      file: record.file,
      line: record.lineOf(['location', 'address']),
      field: 'location.address',
      message: '要写明地址出自哪条已发布来源（地址依据，location.from）',
    })
  }
  if (ids && published.size !== ids.length) {
    problems.push({ file: record.file, line: record.lineOf(['sources']), field: 'sources', message: '已发布来源的编号不能重复' })
  }
}

/** Minutes since Beijing midnight of a date-time with an offset. */
const beijingMinuteOf = (value: string) => {
  const ms = Date.parse(value) + 8 * 3_600_000
  return Math.floor(ms / 60_000) % (24 * 60)
}

/** Occurrences one series may have; the app's shards and feeds are sized for this. */
const MAX_OCCURRENCES = 1000

function checkEventDates(record: RawRecord, event: DeepPartial<EventInput>, problems: ContentProblem[]) {
  const at = (field: string) => ({ file: record.file, line: record.lineOf([field]), field })
  const { start, end } = event
  if (start === undefined || end === undefined) {
    // A date written wrongly is told about by the schema; the order of the two waits for both.
  } else if (isDateOnly(start) !== isDateOnly(end)) {
    problems.push({ ...at('end'), message: '要和开始时间的写法一致（都写日期，或都写带时区的时间）' })
  } else if (isDateOnly(start) ? end < start : Date.parse(end) < Date.parse(start)) {
    problems.push({ ...at('end'), message: `不能早于开始时间（${start}）` })
  } else if (!isDateOnly(end) && dayOf(end) > dayOf(start) && beijingMinuteOf(end) === 0) {
    // 19:00 to 00:00 next day: the app would list it on two days, and on the second as 进行中 all day.
    problems.push({ ...at('end'), message: `结束在午夜 00:00，会被算到第二天（${dayOf(end)}）；活动当晚结束请写 23:59` })
  }
  if (event.rrule) {
    // Written with or without its `RRULE:` prefix (expand.ts takes both).
    const rule = event.rrule.replace(/^RRULE:/, '')
    const ends = /(^|;)(COUNT|UNTIL)=/.test(rule)
    if (!ends) {
      problems.push({ ...at('rrule'), message: '重复规则必须有结束：请写 COUNT（次数）或 UNTIL（截止日期）' })
    }
    // Occurrence ids are the record id plus the day: a series may repeat at most daily.
    const freq = /(?:^|;)FREQ=([A-Z]+)/.exec(rule)?.[1]
    const byTime = /(?:^|;)(BYHOUR|BYMINUTE|BYSECOND)=/.exec(rule)?.[1]
    if (/[\r\n]/.test(rule)) {
      // rrule reads several lines as a set of rules, drops the start given to it and repeats from the build's
      // clock: wrong days, different on every build. Pasted from a calendar (with its EXDATE line), or a sheet
      // cell with a line break.
      problems.push({ ...at('rrule'), message: '重复规则只能写一行；要排除的日期请写在 exdates（排除日期）里' })
    } else if (!freq) {
      problems.push({ ...at('rrule'), message: '重复规则要写 FREQ（频率）：DAILY、WEEKLY、MONTHLY 或 YEARLY，例如 FREQ=WEEKLY;COUNT=4' })
    } else if (!['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].includes(freq)) {
      problems.push({ ...at('rrule'), message: `FREQ=${freq} 会在一天内重复；请用 DAILY、WEEKLY、MONTHLY 或 YEARLY` })
    } else if (byTime) {
      problems.push({ ...at('rrule'), message: `${byTime} 会在一天内重复；每天的时刻由 start 决定，请删掉 ${byTime}` })
    } else if (start !== undefined) {
      try {
        // The days expand.ts will make, from the same start and rule. Count one past the limit and stop: never
        // expand a runaway COUNT, never cut a series silently. A rule without COUNT or UNTIL is told above that
        // it must end, not that its endless days are too many.
        const days = seriesStarts(start, event.rrule, MAX_OCCURRENCES).map((date) => date.toISOString().slice(0, 10))
        const excluded = new Set(event.exdates ?? [])
        if (ends && days.length > MAX_OCCURRENCES) {
          problems.push({
            ...at('rrule'),
            message: `重复次数超过 ${MAX_OCCURRENCES} 次；请减小 COUNT、提前 UNTIL，或拆成几个系列`,
          })
        } else if (ends && !Number.isNaN(Date.parse(start)) && !days.some((day) => !excluded.has(day))) {
          // UNTIL before the start, COUNT=0, or every day excluded: the series would not be shown at all.
          problems.push({
            ...at('rrule'),
            message: `按这条规则和 start（${start}）${days.length ? '，去掉排除日期后' : ''}一次活动也没有；请检查 UNTIL、COUNT 和排除日期`,
          })
        }
        // An excluded day the series never has (a Monday in a Saturday series, 2026-02-30): the session meant to
        // be cancelled would still be shown.
        const seriesDays = new Set(days)
        // Not for a series without any day: that is said once, above.
        event.exdates?.forEach((day, i) => {
          if (ends && days.length && days.length <= MAX_OCCURRENCES && typeof day === 'string' && !seriesDays.has(day))
            problems.push({
              file: record.file,
              line: record.lineOf(['exdates', i]),
              field: `exdates.${i}`,
              message: `“${day}”不是这个系列里的某一天，排除不了任何一次；请写系列中要取消的那天的日期`,
            })
        })
      } catch (error) {
        problems.push({ ...at('rrule'), message: `不是有效的 RRULE 重复规则（RFC 5545）：${(error as Error).message}` })
      }
    }
    if (event.shifts?.length) problems.push({ ...at('shifts'), message: '排班只能放在有具体日期的单次活动里，不能放在重复的系列活动里' })
  } else if (event.exdates?.length && isAbsent(getPath(record.data, ['rrule']))) {
    problems.push({ ...at('exdates'), message: '排除日期只用于重复的活动（要先写 rrule）' })
  }
  const shiftIds = new Set<string>()
  event.shifts?.forEach((shift, i) => {
    if (!shift) return
    const where = { file: record.file, line: record.lineOf(['shifts', i, 'id']), field: `shifts.${i}.id` }
    if (shift.id !== undefined && shiftIds.has(shift.id)) problems.push({ ...where, message: `班次编号“${shift.id}”重复` })
    if (shift.sample) {
      problems.push({
        ...where,
        field: `shifts.${i}.sample`,
        line: record.lineOf(['shifts', i, 'sample']),
        message: '正式发布的排班不是示例：示例排班请放在 content/demo/events/（只用于演示数据）',
      })
    }
    if (shift.id !== undefined) shiftIds.add(shift.id)
    const day = shift.start && dayOf(shift.start)
    if (day && start !== undefined && end !== undefined && (day < dayOf(start) || day > dayOf(end))) {
      problems.push({
        ...where,
        field: `shifts.${i}.start`,
        line: record.lineOf(['shifts', i, 'start']),
        message: `必须在活动日期之内（${dayOf(start)} 至 ${dayOf(end)}）`,
      })
    }
  })
  if (start === undefined) return
  if (dayOf(start).slice(0, 4) < '2000') problems.push({ ...at('start'), message: '早于 2000 年，请检查日期' })
  if (dayOf(start).slice(0, 4) > '2100') problems.push({ ...at('start'), message: '日期应在 2000 到 2100 年之间' })
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
  checkAcrossFields(record, value ?? partialParse(SCHEMAS[record.collection], record.data), problems)
  checkPublishedDates(record, today, problems)
  checkTexts(record, problems)
  return problems
}
