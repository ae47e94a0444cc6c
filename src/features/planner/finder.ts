/**
 * The 学校参观 venue finder: which venues suit a class, criterion by criterion. A criterion the venue's
 * data does not answer is `unknown` ("未知，请向场馆确认") — shown, ranked after known fits, never a fit.
 */
import '@/i18n/zh-CN/lazy'

import type { LocationQuery, LocationQueryRaw } from 'vue-router'

import { t, term } from '@/i18n'
import { distanceKm, formatAreaKm, formatKm } from '@/shared/distance'
import type { LatLng, Venue } from '@/shared/types'

import { GRADE_AUDIENCE, GRADE_BANDS, type GradeBand, gradeLabel, type Subject, SUBJECTS } from './types'

export interface FinderFilters {
  grade?: GradeBand
  /** Any of these subjects (venue topics). */
  subjects: Subject[]
  /** Head count of the group (students and teachers). */
  size?: number
  /** Days left before the visit: venues needing a longer booking lead do not fit. */
  within?: number
  /** Only venues that need no official letter (公函). */
  noLetter?: boolean
  fee?: 'free' | 'paid'
  /** Maximum distance from the school, km (only when the school location is set). */
  maxKm?: number
}

export type Fit = 'yes' | 'no' | 'unknown'
export type CriterionKey = 'grade' | 'subject' | 'size' | 'lead' | 'letter' | 'fee' | 'distance'

export interface Criterion {
  key: CriterionKey
  fit: Fit
  text: string
}

export interface FinderResult {
  venue: Venue
  /** Distance from the school; null when no school location is set. */
  km: number | null
  criteria: Criterion[]
  fit: Fit
}

/** Group-size limits of a venue as a sentence, or null when it publishes none. */
export function groupLimitText(venue: Venue): string | null {
  const { groupMin, groupMax } = venue.booking ?? {}
  if (groupMin && groupMax) return t('planner.criteria.groupRange', { min: groupMin, max: groupMax })
  if (groupMax) return t('planner.criteria.groupMax', { max: groupMax })
  if (groupMin) return t('planner.criteria.groupMin', { min: groupMin })
  return null
}

function sizeCriterion(venue: Venue, size: number): Criterion {
  const { groupMin, groupMax } = venue.booking ?? {}
  const limits = groupLimitText(venue)
  if (!limits) return { key: 'size', fit: 'unknown', text: t('planner.criteria.sizeUnknown', { size }) }
  // A class larger than the limit visits in batches: a fit, with the batches said.
  if (groupMax && size > groupMax)
    return {
      key: 'size',
      fit: 'yes',
      text: t('planner.criteria.sizeBatches', { limits, size, batches: Math.ceil(size / groupMax), max: groupMax }),
    }
  if (groupMin && size < groupMin) return { key: 'size', fit: 'no', text: t('planner.criteria.sizeTooFew', { limits, size }) }
  return { key: 'size', fit: 'yes', text: limits }
}

function leadCriterion(venue: Venue, within: number): Criterion {
  const booking = venue.booking
  if (booking?.required === false) return { key: 'lead', fit: 'yes', text: t('planner.criteria.noBooking') }
  if (booking?.leadDays === undefined) return { key: 'lead', fit: 'unknown', text: t('planner.criteria.leadUnknown') }
  const text = t('planner.criteria.lead', { n: booking.leadDays })
  return { key: 'lead', fit: booking.leadDays <= within ? 'yes' : 'no', text }
}

function letterCriterion(venue: Venue): Criterion {
  const booking = venue.booking
  if (booking?.letterRequired === true) return { key: 'letter', fit: 'no', text: t('planner.criteria.letterNeeded') }
  if (booking?.letterRequired === false || booking?.required === false)
    return { key: 'letter', fit: 'yes', text: t('planner.criteria.noLetter') }
  return { key: 'letter', fit: 'unknown', text: t('planner.criteria.letterUnknown') }
}

function feeCriterion(venue: Venue, wanted: 'free' | 'paid'): Criterion {
  if (venue.fee === 'unknown') return { key: 'fee', fit: 'unknown', text: t('planner.criteria.feeUnknown') }
  return {
    key: 'fee',
    fit: venue.fee === wanted ? 'yes' : 'no',
    text: venue.fee === 'free' ? t('planner.finder.free') : t('planner.finder.paid'),
  }
}

/**
 * `约 12 公里`, with a note when the venue's position is only approximate, and then in whole kilometres: a
 * school set to its city's centre was "约 0.1 公里" from every venue placed there, a precision nobody has.
 */
export function distanceText(venue: Venue, km: number): string {
  return venue.location.precision === 'exact' ? formatKm(km) : t('planner.criteria.distanceApprox', { km: formatAreaKm(km) })
}

const worst = (fits: Fit[]): Fit => (fits.includes('no') ? 'no' : fits.includes('unknown') ? 'unknown' : 'yes')

/** Judge one venue against the active filters. */
export function evaluateVenue(venue: Venue, filters: FinderFilters, school?: LatLng | null): FinderResult {
  const criteria: Criterion[] = []
  if (filters.grade) {
    const audience = GRADE_AUDIENCE[filters.grade]
    const fits = venue.audiences.includes(audience)
    const text = fits
      ? t('planner.criteria.gradeFits', { audience: term(audience) })
      : t('planner.criteria.gradeNot', { grade: gradeLabel(filters.grade) })
    criteria.push({ key: 'grade', fit: fits ? 'yes' : 'no', text })
  }
  if (filters.subjects.length) {
    const join = t('planner.criteria.listJoin')
    const hits = filters.subjects.filter((s) => venue.topics.includes(s))
    criteria.push({
      key: 'subject',
      fit: hits.length ? 'yes' : 'no',
      // Subjects in the reader's words (物理 → Physics), as the filter names them.
      text: hits.length
        ? hits.map(term).join(join)
        : t('planner.criteria.subjectsNone', { subjects: filters.subjects.map(term).join(join) }),
    })
  }
  if (filters.size) criteria.push(sizeCriterion(venue, filters.size))
  if (filters.within !== undefined) criteria.push(leadCriterion(venue, filters.within))
  if (filters.noLetter) criteria.push(letterCriterion(venue))
  if (filters.fee) criteria.push(feeCriterion(venue, filters.fee))
  const km = school ? distanceKm(school, venue.location) : null
  if (km !== null && filters.maxKm) {
    if (venue.mobile) criteria.push({ key: 'distance', fit: 'unknown', text: t('planner.criteria.distanceMobile') })
    else criteria.push({ key: 'distance', fit: km <= filters.maxKm ? 'yes' : 'no', text: distanceText(venue, km) })
  }
  return { venue, km, criteria, fit: worst(criteria.map((c) => c.fit)) }
}

const unknownCount = (r: FinderResult) => r.criteria.filter((c) => c.fit === 'unknown').length
/** Names in pinyin order, quote marks aside: “红星耀双河”陈列馆 came before every other venue. */
const byName = new Intl.Collator('zh-CN', { ignorePunctuation: true }).compare

/** Venues that fit (known fits first, then those with unknowns), and the ones that do not, with reasons. */
export function findVenues(
  venues: Venue[],
  filters: FinderFilters,
  school?: LatLng | null,
): { matches: FinderResult[]; excluded: FinderResult[] } {
  const results = venues
    .map((v) => evaluateVenue(v, filters, school))
    .sort((a, b) => unknownCount(a) - unknownCount(b) || (a.km ?? 0) - (b.km ?? 0) || byName(a.venue.name, b.venue.name))
  return { matches: results.filter((r) => r.fit !== 'no'), excluded: results.filter((r) => r.fit === 'no') }
}

const one = (value: LocationQuery[string] | undefined): string | undefined => (typeof value === 'string' && value ? value : undefined)
function positiveInt(value: string | undefined, max: number): number | undefined {
  const n = Number(value)
  return value && Number.isInteger(n) && n > 0 && n <= max ? n : undefined
}

/** Read finder filters from the URL query; anything malformed is dropped, never an error. */
export function parseFinderQuery(query: LocationQuery): FinderFilters {
  const grade = one(query.grade)
  const within = one(query.within)
  const fee = one(query.fee)
  return {
    grade: (GRADE_BANDS as readonly string[]).includes(grade ?? '') ? (grade as GradeBand) : undefined,
    subjects: (one(query.subject) ?? '').split(',').filter((s): s is Subject => (SUBJECTS as readonly string[]).includes(s)),
    size: positiveInt(one(query.size), 2000),
    within: within === '0' ? 0 : positiveInt(within, 365),
    noLetter: one(query.letter) === 'no' || undefined,
    fee: fee === 'free' || fee === 'paid' ? fee : undefined,
    maxKm: positiveInt(one(query.km), 5000),
  }
}

/** The URL query for filters (only active ones, in a stable order). */
export function finderQuery(filters: FinderFilters): LocationQueryRaw {
  const q: LocationQueryRaw = {}
  if (filters.grade) q.grade = filters.grade
  if (filters.subjects.length) q.subject = filters.subjects.join(',')
  if (filters.size) q.size = String(filters.size)
  if (filters.within !== undefined) q.within = String(filters.within)
  if (filters.noLetter) q.letter = 'no'
  if (filters.fee) q.fee = filters.fee
  if (filters.maxKm) q.km = String(filters.maxKm)
  return q
}
