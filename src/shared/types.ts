/** Domain types shared by the build compiler and the browser. Each type is defined once, here. */

export const REGION_KINDS = ['兵团师市', '县级市', '地区', '地级市'] as const
export const VENUE_CATEGORIES = ['科技场馆类', '教育科研与重大工程类', '三农类', '企业类', '自然资源类', '其他类'] as const
export const VENUE_KINDS = [
  '科技馆',
  '青少年活动中心',
  '博物馆',
  '科普教育基地',
  '研学基地',
  '科研院所',
  '流动科普',
  '企业展厅',
  '其他',
] as const
export const AUDIENCES = ['小学', '初中', '高中', '家庭', '老年', '公众'] as const
export const EVENT_KINDS = [
  '科技活动周',
  '科普月',
  '科普日',
  '科技之冬',
  '三下乡',
  '五下乡',
  '科普进社区',
  '科普大篷车',
  '竞赛',
  '讲解大赛',
  '安全科普',
  '健康科普',
  '主题日',
  '培训',
  '其他',
] as const
export const EVENT_STATUSES = ['expected', 'confirmed', 'changed', 'cancelled'] as const
/**
 * How precisely the plans date an event. Only `day` events sit on calendar days; the others are listed
 * as ongoing work for their year or period, so a year-long campaign does not fill every day.
 */
export const DATE_PRECISIONS = ['day', 'month', 'year', 'period'] as const
export const LOCATION_PRECISIONS = ['exact', 'approximate', 'city-centre'] as const
export const TARGET_GROUPS = ['科学素质', '科普', '创新'] as const
/** How a plan hedges a figure; the combined forms keep both words where the plan has both (`力争…1.6件以上`). */
export const QUALIFIERS = ['以上', '力争', '力争以上', '突破', '力争突破', '不低于', '累计', '约'] as const
export const NATURES = ['预期性', '约束性'] as const

export type RegionKind = (typeof REGION_KINDS)[number]
export type VenueCategory = (typeof VENUE_CATEGORIES)[number]
export type VenueKind = (typeof VENUE_KINDS)[number]
export type Audience = (typeof AUDIENCES)[number]
export type EventKind = (typeof EVENT_KINDS)[number]
export type EventStatus = (typeof EVENT_STATUSES)[number]
export type DatePrecision = (typeof DATE_PRECISIONS)[number]
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number]
export type TargetGroup = (typeof TARGET_GROUPS)[number]
export type Qualifier = (typeof QUALIFIERS)[number]
export type Nature = (typeof NATURES)[number]

/** A notice or article published by a venue, its operator or official media. */
export interface PublishedSource {
  /** Local key that groups of facts cite in their `from`. */
  id: string
  url: string
  title: string
  publisher: string
  /** YYYY-MM-DD, or YYYY-MM when the page gives only the month. */
  published: string
  /** YYYY-MM-DD: when the page (or its stored copy) was read. */
  retrieved: string
  note?: string
}

/** A citation: a place in one of the plans, general knowledge with the note users see, or a published page. */
export type Source = { plan: string; section: string; lines: string } | { general: string } | PublishedSource

/** Narrow a source to a published page. */
export const isPublished = (source: Source): source is PublishedSource => 'url' in source

export interface LatLng {
  lat: number
  lng: number
}

export interface Region {
  id: string
  name: string
  shortName: string
  /** City name that map apps search in; defaults to shortName. */
  mapCity?: string
  kind: RegionKind
  center: LatLng
  summary: string
  i18n?: Translations<'name' | 'shortName'>
  /** Derived at build time from the plans' `regions`. */
  plans: string[]
  sources: Source[]
}

export interface PlanDefect {
  text: string
  sources: Source[]
}

export interface Plan {
  id: string
  title: string
  shortTitle: string
  issuer: string
  docNumber: string | null
  issued: string | null
  period: { start: number; end: number }
  regions: string[]
  seed: string
  defects: PlanDefect[]
  /** Sanitised HTML rendered at build time from the Markdown body. */
  summaryHtml: string
  sources: Source[]
  /** Events whose sources cite this plan, one per content record (added at build time). */
  events?: PlanEventRef[]
}

/**
 * An event as a plan page lists it: its first occurrence, enough to link to it and date it (by day: the page
 * shows no times, so no allDay). Every byte is in the precached catalog.
 */
export type PlanEventRef = Pick<EventItem, 'id' | 'title' | 'kind' | 'start' | 'end' | 'datePrecision' | 'status' | 'region'> & {
  /** Number of occurrences of a series; absent for a single event. */
  occurrences?: number
}

export interface Booking {
  required: boolean | 'unknown'
  note?: string
  leadDays?: number
  groupMin?: number
  groupMax?: number
  letterRequired?: boolean
  /** Published sources (ids) the rules come from. */
  from?: string[]
}

/** Public phone and booking channel (公众号 / 小程序 name), only as published. */
export interface VenueContact {
  phone?: string
  channel?: string
  from: string[]
}

/** A published temporary closure, dates inclusive (Beijing). */
export interface VenueClosure {
  start: string
  end: string
  text: string
  from: string[]
}

export interface VenueLocation extends LatLng {
  precision: LocationPrecision
  note?: string
  address?: string | null
  from?: string[]
}

/** Optional translations of a record's text fields (content `i18n:`), keyed by language code. */
export type Translations<F extends string> = Partial<Record<'ug' | 'kk-Arab' | 'en', Partial<Record<F, string>> & { reviewed: boolean }>>

export interface Venue {
  id: string
  name: string
  region: string
  category: VenueCategory
  kind: VenueKind
  inPlans: boolean
  summary: string
  audiences: Audience[]
  topics: string[]
  activities: string[]
  fee: 'free' | 'paid' | 'unknown'
  feeNote?: string
  feeFrom?: string[]
  contact?: VenueContact
  closures: VenueClosure[]
  booking?: Booking
  /** `season`: when the published hours apply (e.g. 全年, 夏季). */
  hours: { osm?: string; note?: string; season?: string; from?: string[] }
  location: VenueLocation
  mobile: boolean
  i18n?: Translations<'name' | 'summary'>
  sources: Source[]
}

/** One volunteer shift at an event. Rosters in content are samples unless an organiser publishes one. */
export interface Shift {
  id: string
  role: string
  /** ISO date-time with offset. */
  start: string
  end: string
  meetingPoint: string
  team: string
  /** Who leads the shift (a role or an organisation; never an invented person or phone number). */
  lead: string
  contact?: string
  bring: string[]
  /** A sample roster, shown with a "示例排班" badge. */
  sample: boolean
}

/** One occurrence of an event as the app shows it (recurring series are expanded at build time). */
export interface EventItem {
  id: string
  /** The content record this occurrence comes from (equals id unless the record is a series). */
  recordId: string
  title: string
  kind: EventKind
  series?: string
  /** `YYYY-MM-DD` (all-day, Beijing) or ISO date-time with offset. */
  start: string
  /** Inclusive end: `YYYY-MM-DD` or ISO date-time with offset. */
  end: string
  allDay: boolean
  datePrecision: DatePrecision
  status: EventStatus
  dateNote: string
  region: string
  venue?: string
  audiences: Audience[]
  organiser: string
  howToJoin?: string
  summary: string
  /** Volunteer shifts, when a roster exists. */
  shifts?: Shift[]
  i18n?: Translations<'title' | 'summary' | 'howToJoin'>
  sources: Source[]
}

export interface TargetValue {
  value: number
  year: number
  qualifier?: Qualifier | null
}

export interface Target {
  id: string
  plan?: string
  scope: 'plan' | 'national'
  region?: string
  group: TargetGroup
  indicator: string
  wording: string
  wordingNote?: string | null
  unit: string
  baseline?: TargetValue | null
  target?: TargetValue | null
  stretch?: TargetValue | null
  observations: { year: number; value: number }[]
  nature?: Nature | null
  note?: string | null
  sources: Source[]
}

/** An inclusive run of `YYYY-MM` months, `[first, last]`. */
export type MonthRange = [first: string, last: string]

/** The months, as runs, whose shards hold a venue's occurrences (`touched`) and in which one starts (`started`). */
export interface VenueMonths {
  touched: MonthRange[]
  started: MonthRange[]
}

/** What the app downloads first: everything but the events themselves. */
export interface Catalog {
  builtAt: string
  regions: Region[]
  plans: Plan[]
  venues: Venue[]
  targets: Target[]
  /** Months that have events, `YYYY-MM` → number of occurrences touching that month. */
  months: Record<string, number>
  /**
   * Venue id → where its events are in the month shards, so a venue page fetches only those (a venue without
   * events is absent). Missing in catalogs built before it.
   */
  venueMonths?: Record<string, VenueMonths>
  /** Events that carry a volunteer roster: occurrence id → its first month shard. */
  rosters: Record<string, string>
}

/** One month shard: occurrences touching that month, sorted by start then id. */
export interface MonthShard {
  month: string
  events: EventItem[]
}
