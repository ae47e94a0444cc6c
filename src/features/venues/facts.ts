/**
 * Which published pages back each group of a venue's facts, and how old they are. A group with no
 * published source shows 未找到公开信息; a source older than a year asks people to check first.
 */
import { daysBetween, formatFullDay, formatMonth } from '@/shared/time'
import { isPublished, type PublishedSource, type Venue } from '@/shared/types'

export type FactGroupKey = 'hours' | 'closures' | 'fee' | 'booking' | 'contact' | 'address'

export interface FactAttribution {
  /** The pages cited, newest first. Empty: nothing published was found. */
  sources: PublishedSource[]
  /** Whole years since the newest page was published, when that is more than 12 months; else null. */
  staleYears: number | null
}

/** YYYY-MM → the first of the month, so a month-only date is never counted as newer than it is. */
const dayOfPublished = (published: string) => (published.length === 7 ? `${published}-01` : published)

/** 2021-11-24 → 2021年11月24日; 2021-04 → 2021年4月 (in the UI language: Uyghur read Chinese dates before). */
export const formatPublished = (published: string): string => (published.length === 7 ? formatMonth(published) : formatFullDay(published))

/** Whole years between a publication and today when it is more than 12 months old, else null. */
export function staleYears(published: string, today: string): number | null {
  const day = dayOfPublished(published)
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const yearAfter = `${y + 1}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  if (yearAfter >= today) return null
  return Math.max(1, Math.floor(daysBetween(day, today) / 365.25))
}

function idsOf(venue: Venue, key: FactGroupKey): string[] {
  switch (key) {
    case 'hours':
      return venue.hours.from ?? []
    case 'closures':
      return venue.closures.flatMap((c) => c.from)
    case 'fee':
      return venue.feeFrom ?? []
    case 'booking':
      return venue.booking?.from ?? []
    case 'contact':
      return venue.contact?.from ?? []
    case 'address':
      return venue.location.address ? (venue.location.from ?? []) : []
  }
}

/** The published sources behind one group of facts, newest first, with their age. */
export function attribution(venue: Venue, key: FactGroupKey, today: string, ids: string[] = idsOf(venue, key)): FactAttribution {
  const byId = new Map(venue.sources.filter(isPublished).map((s) => [s.id, s]))
  const sources = [...new Set(ids)]
    .map((id) => byId.get(id))
    .filter((s): s is PublishedSource => !!s)
    .sort((a, b) => dayOfPublished(b.published).localeCompare(dayOfPublished(a.published)))
  return { sources, staleYears: sources[0] ? staleYears(sources[0].published, today) : null }
}

/** True when any group of the venue has a published source. */
export const hasPublishedFacts = (venue: Venue) => venue.sources.some(isPublished)

/** Published hours only: rules a planner may rely on. */
export const hasPublishedHours = (venue: Venue) => !!venue.hours.osm && (venue.hours.from?.length ?? 0) > 0
