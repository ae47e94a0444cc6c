/**
 * Map filters and their URL form, so a filtered map can be shared:
 * `/map?category=科技场馆类&region=changji&audience=小学&free=1&open=now&events=1`.
 */
import type { LocationQuery } from 'vue-router'

import { closedOn, isOpenAt, isOpenOnDay, parseHours } from '@/shared/hours'
import { parseDay } from '@/shared/time'
import { type Audience, AUDIENCES, type Venue, VENUE_CATEGORIES, type VenueCategory } from '@/shared/types'

export interface MapFilters {
  category: VenueCategory | null
  region: string | null
  audience: Audience | null
  free: boolean
  /** `now`, a Beijing day `YYYY-MM-DD`, or null. */
  open: string | null
  /** Only venues with events this month. */
  events: boolean
}

/** In the order they take in a URL. */
const FILTER_KEYS = ['category', 'region', 'audience', 'free', 'open', 'events'] as const

export const EMPTY_FILTERS: MapFilters = { category: null, region: null, audience: null, free: false, open: null, events: false }

const one = (v: LocationQuery[string] | undefined) => (Array.isArray(v) ? (v[0] ?? null) : (v ?? null))
const oneOf = <T extends string>(list: readonly T[], v: string | null): T | null => (list.includes(v as T) ? (v as T) : null)

/** Read filters from a route query; unknown values are ignored rather than failing. */
export function parseFilters(query: LocationQuery): MapFilters {
  const open = one(query.open)
  return {
    category: oneOf(VENUE_CATEGORIES, one(query.category)),
    region: one(query.region) || null,
    audience: oneOf(AUDIENCES, one(query.audience)),
    free: one(query.free) === '1',
    open: open === 'now' ? open : parseDay(open),
    events: one(query.events) === '1',
  }
}

/** The `open` date of a link when it is not a real day (`2026-02-30`), to tell the user it was ignored. */
export function invalidOpenDate(query: LocationQuery): string | null {
  const open = one(query.open)
  return open && open !== 'now' && !parseDay(open) ? open.slice(0, 20) : null
}

/** The query for a set of filters (only what is set), merged over the other keys of `base`. */
export function filtersToQuery(filters: MapFilters, base: LocationQuery = {}): LocationQuery {
  const query: LocationQuery = { ...base }
  for (const key of FILTER_KEYS) delete query[key]
  for (const key of FILTER_KEYS) {
    const value = filters[key]
    // A ticked box (免费, 有活动) as `1`.
    if (value) query[key] = value === true ? '1' : value
  }
  return query
}

export function activeFilterCount(filters: MapFilters): number {
  return FILTER_KEYS.filter((key) => filters[key]).length
}

export interface FilterContext {
  now: Date
  /** Venue ids with at least one event this month. */
  venuesWithEvents: ReadonlySet<string>
}

/** Does a venue pass the filters? Unknown opening hours never count as open. */
export function matchesFilters(venue: Venue, filters: MapFilters, context: FilterContext): boolean {
  if (filters.category && venue.category !== filters.category) return false
  if (filters.region && venue.region !== filters.region) return false
  if (filters.audience && !venue.audiences.includes(filters.audience)) return false
  if (filters.free && venue.fee !== 'free') return false
  if (filters.events && !context.venuesWithEvents.has(venue.id)) return false
  if (filters.open) {
    if (!venue.hours.osm) return false
    const hours = parseHours(venue.hours.osm)
    // A published closure (春节闭馆) wins over the weekly hours.
    const closed = closedOn(venue.closures)
    const open = filters.open === 'now' ? isOpenAt(hours, context.now, closed) : isOpenOnDay(hours, filters.open, closed)
    if (open !== true) return false
  }
  return true
}
