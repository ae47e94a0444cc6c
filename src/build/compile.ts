/**
 * Step 3 of the content pipeline: compile valid content into the typed data the app loads.
 * `compileContent` is the one entry point used by the Vite plugin, the CLI and the tests.
 */
import { join } from 'node:path'

import { toMonthRanges } from '../shared/monthRanges'
import { dayOf, monthsBetween } from '../shared/time'
import type { Catalog, EventItem, MonthShard, Plan, PlanEventRef, Region, Target, Venue } from '../shared/types'
import { expandCampaign, instanceYear } from './campaigns'
import { applyDemo, loadDemo } from './demo'
import { ContentError, type ContentProblem } from './errors'
import { compareEvents, expandEvent } from './expand'
import { loadContent } from './load'
import { renderMarkdown } from './markdown'
import type { EventInput } from './schema'
import { buildNow, buildToday } from './today'
import { validateContent } from './validate'

export interface CompiledContent {
  catalog: Catalog
  /** Every occurrence, sorted by start. */
  events: EventItem[]
  /** `YYYY-MM` → occurrences touching that month, sorted. */
  shards: Map<string, MonthShard>
  /**
   * Occurrence id → one month shard that holds it (lets `/events/:id` fetch one shard): the build month for
   * an event running then, whose shard is precached, so its page opens offline; else its first month.
   */
  eventIndex: Record<string, string>
}

const sortProblems = (problems: ContentProblem[]) => problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))

export interface CompileOptions {
  contentDir: string
  rootDir: string
  /** Fixed build time for reproducible output in tests. */
  builtAt?: string
  /** The build's Beijing day (campaigns are generated from it); default KEPU_TODAY or the real date. */
  today?: string
  /** Build in the demo data set (sample rosters, `<contentDir>/demo/`); checked either way. Default off. */
  demo?: boolean
  /** Where the demo data set lives; default `<contentDir>/demo`. */
  demoDir?: string
}

/** Load, validate and compile; returns the problems instead of throwing. */
export function checkContent(options: CompileOptions): { problems: ContentProblem[]; compiled?: CompiledContent } {
  const problems: ContentProblem[] = []
  const records = loadContent(options.contentDir, options.rootDir, problems)
  const today = options.today ?? buildToday()
  const valid = validateContent(records, problems, { today })
  // The demo set is always checked, so it cannot rot while production builds leave it out.
  const demo = loadDemo(options.demoDir ?? join(options.contentDir, 'demo'), options.rootDir, problems)
  const idOf = (data: unknown) => (data !== null && typeof data === 'object' ? (data as { id?: unknown }).id : undefined)
  // By id and by file name: a file whose id differs from its name is told so, and its samples are not "missing".
  const eventIds = new Set(
    records.flatMap((r) => (r.collection === 'events' ? [idOf(r.data), r.stem] : [])).filter((id) => typeof id === 'string'),
  )
  applyDemo(demo, valid.events, problems, options.demo ?? false, eventIds)
  if (problems.length > 0) return { problems: sortProblems(problems) }

  // seedLines only checks the sources' line numbers: no page shows it.
  const plans: Plan[] = valid.plans.map(({ record, value: { seedLines: _, ...value } }) => ({
    ...value,
    docNumber: value.docNumber ?? null,
    issued: value.issued ?? null,
    summaryHtml: renderMarkdown(record.body ?? ''),
  }))
  const regions: Region[] = valid.regions.map(({ value }) => ({
    ...value,
    plans: plans.filter((p) => p.regions.includes(value.id)).map((p) => p.id),
  }))
  const venues = valid.venues.map(({ value }) => value as Venue)
  const targets = valid.targets.map(({ value }) => value as Target)
  // Each series is expanded once (RRULE expansion is a tenth of the compile at 100 000 occurrences).
  const expanded = eventRecords(valid, today).map(({ record, value }) => ({ record, occurrences: expandEvent(value) }))
  const events = expanded.flatMap(({ occurrences }) => occurrences).sort(compareEvents)
  for (const plan of plans) plan.events = planEvents(plan.id, events)

  const seen = new Map<string, string>()
  for (const { record, occurrences } of expanded) {
    for (const occurrence of occurrences) {
      // Two occurrences with one id would share a page, a shard entry and a UID in the feed.
      if (seen.has(occurrence.id)) {
        problems.push({
          file: record.file,
          line: record.lineOf(['id']),
          field: 'id',
          message: `生成的活动场次编号“${occurrence.id}”与 ${seen.get(occurrence.id)} 里的重复`,
        })
        break
      }
      seen.set(occurrence.id, record.file)
    }
  }
  if (problems.length > 0) return { problems }

  const shards = new Map<string, MonthShard>()
  const eventIndex: Record<string, string> = {}
  const venueMonthSets = new Map<string, { touched: Set<string>; started: Set<string> }>()
  const buildMonth = today.slice(0, 7)
  for (const event of events) {
    const months = monthsBetween(dayOf(event.start), dayOf(event.end))
    eventIndex[event.id] = months.find((m) => m >= buildMonth) ?? months[0]!
    for (const month of months) {
      if (!shards.has(month)) shards.set(month, { month, events: [] })
      shards.get(month)!.events.push(event)
    }
    if (event.venue) {
      const sets = venueMonthSets.get(event.venue) ?? { touched: new Set(), started: new Set() }
      for (const month of months) sets.touched.add(month)
      sets.started.add(months[0]!)
      venueMonthSets.set(event.venue, sets)
    }
  }
  const sortedShards = new Map([...shards.entries()].sort(([a], [b]) => (a < b ? -1 : 1)))
  const months = Object.fromEntries([...sortedShards].map(([m, s]) => [m, s.events.length]))

  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  const catalog: Catalog = {
    builtAt: options.builtAt ?? new Date(buildNow()).toISOString(),
    regions: regions.sort(byId),
    plans: plans.sort(byId),
    venues: venues.sort(byId),
    targets: targets.sort(byId),
    months,
    venueMonths: Object.fromEntries(
      [...venueMonthSets]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([venue, sets]) => [
          venue,
          { touched: toMonthRanges([...sets.touched].sort()), started: toMonthRanges([...sets.started].sort()) },
        ]),
    ),
    rosters: Object.fromEntries(events.filter((e) => e.shifts?.length).map((e) => [e.id, eventIndex[e.id]!])),
  }
  return { problems, compiled: { catalog, events, shards: sortedShards, eventIndex } }
}

/** Event files plus the campaigns' generated instances that no event file overrides. */
function eventRecords(
  valid: ReturnType<typeof validateContent>,
  today: string,
): { record: { file: string; lineOf: (path: readonly PropertyKey[]) => number }; value: EventInput }[] {
  const overridden = new Map<string, Set<number>>()
  const campaigns = new Map(valid.campaigns.map(({ value }) => [value.id, value]))
  for (const { value } of valid.events) {
    const campaign = value.campaign ? campaigns.get(value.campaign) : undefined
    const year = campaign ? instanceYear(campaign, value.id) : null
    if (campaign && year !== null) overridden.set(campaign.id, (overridden.get(campaign.id) ?? new Set()).add(year))
  }
  const generated = valid.campaigns.flatMap(({ record, value }) =>
    expandCampaign(value, { today, overridden }).map((event) => ({ record, value: event })),
  )
  return [...valid.events, ...generated]
}

/** The events a plan page links to: records whose sources cite the plan, first occurrence each, by start. */
function planEvents(planId: string, events: EventItem[]): PlanEventRef[] {
  const byRecord = new Map<string, PlanEventRef>()
  for (const e of events) {
    if (!e.sources.some((s) => 'plan' in s && s.plan === planId)) continue
    const seen = byRecord.get(e.recordId)
    if (seen) seen.occurrences = (seen.occurrences ?? 1) + 1
    else {
      const { id, title, kind, start, end, datePrecision, status, region } = e
      byRecord.set(e.recordId, { id, title, kind, start, end, datePrecision, status, region })
    }
  }
  return [...byRecord.values()]
}

/** Load, validate and compile; throws a ContentError listing every problem. */
export function compileContent(options: CompileOptions): CompiledContent {
  const { problems, compiled } = checkContent(options)
  if (!compiled) throw new ContentError(problems)
  return compiled
}
