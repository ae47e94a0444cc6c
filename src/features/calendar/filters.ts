/** Calendar filters (type, region, audience, venue), kept in the URL query so a filtered view can be shared. */
import type { LocationQuery, LocationQueryRaw } from 'vue-router'

import { type Audience, AUDIENCES, EVENT_KINDS, type EventItem, type EventKind } from '@/shared/types'

export interface CalendarFilters {
  kind?: EventKind
  region?: string
  audience?: Audience
  venue?: string
}

export const FILTER_KEYS = ['kind', 'region', 'audience', 'venue'] as const

const ID = /^[a-z0-9-]{1,80}$/
const one = (value: LocationQuery[string] | undefined): string | undefined => (typeof value === 'string' && value ? value : undefined)

/** Read filters from a route query, dropping anything malformed (a hand-edited URL never breaks the page). */
export function parseFilters(query: LocationQuery): CalendarFilters {
  const filters: CalendarFilters = {}
  const kind = one(query.kind)
  if (kind && (EVENT_KINDS as readonly string[]).includes(kind)) filters.kind = kind as EventKind
  const audience = one(query.audience)
  if (audience && (AUDIENCES as readonly string[]).includes(audience)) filters.audience = audience as Audience
  const region = one(query.region)
  if (region && ID.test(region)) filters.region = region
  const venue = one(query.venue)
  if (venue && ID.test(venue)) filters.venue = venue
  return filters
}

/** The query with `filters` applied: empty filters are removed, other query keys are kept. */
export function withFilters(query: LocationQuery, filters: CalendarFilters): LocationQueryRaw {
  const next: LocationQueryRaw = { ...query }
  for (const key of FILTER_KEYS) {
    if (filters[key]) next[key] = filters[key]
    else delete next[key]
  }
  return next
}

export function activeFilterCount(filters: CalendarFilters): number {
  return FILTER_KEYS.filter((key) => filters[key]).length
}

/** Does an occurrence pass every active filter? 公众 events suit every audience. */
export function matchesFilters(event: EventItem, filters: CalendarFilters): boolean {
  if (filters.kind && event.kind !== filters.kind) return false
  if (filters.region && event.region !== filters.region) return false
  if (filters.venue && event.venue !== filters.venue) return false
  if (filters.audience && !event.audiences.includes(filters.audience) && !event.audiences.includes('公众')) return false
  return true
}
