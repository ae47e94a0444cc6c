/**
 * The search engine: prepares the build-time index once, then answers each keystroke with results
 * grouped by kind, ranked, with the matched ranges to highlight. Pure: no DOM, no fetch, no Vue.
 */
import { foldText, SEARCH_KINDS, type SearchDoc, type SearchIndex, type SearchKind, type SearchOccurrence } from '../../shared/search'
import { type BodyCatalog, catalogBodies, withCatalogBody } from '../../shared/searchBodies'
import { type DayWindow, isEventWord, timeWindow, withAudienceWords } from '../../shared/searchWords'
import { addDays, dayOf, daysBetween, weekdayOf } from '../../shared/time'
import type { EventStatus } from '../../shared/types'
import { buildColumn, type Column, makeTermHits, PinyinTable, scanColumn, scanDocs, type TermHits } from './match'
import { type ParseOptions, parseQuery, type QueryTerm } from './query'

/** A `[start, end)` range of characters to highlight. */
export type Range = [start: number, end: number]

export interface SearchSnippet {
  /** `words`: a keyword or synonym (乌鲁木齐市, 科普日); `body`: a bit of the summary. */
  field: 'words' | 'body'
  text: string
  ranges: Range[]
}

export interface SearchResult {
  kind: SearchKind
  /** Unique within its kind (an event series in one region collapses into one result). */
  key: string
  href: string
  title: string
  titleRanges: Range[]
  detail: string
  /** Where the query matched when it was not (only) the title: a keyword or a bit of the summary. */
  snippet: SearchSnippet | null
  /** Events: the occurrence the result links to, the next one from today. */
  occurrence?: { start: string; end: string; datePrecision: 'day' | 'month' | 'year' | 'period' }
  /** Events: the record's status. */
  status?: EventStatus
  /** Events: every occurrence has ended by `today` (shown as 已结束, ranked after upcoming ones). */
  ended?: boolean
  /** Events: how many other records of the same series matched too. */
  more: number
  score: number
}

export interface SearchGroup {
  kind: SearchKind
  total: number
  results: SearchResult[]
}

export interface SearchOutcome {
  total: number
  groups: SearchGroup[]
  /** The days a time word in the query stands for (周末 → the coming Saturday and Sunday). */
  window?: DayWindow & { word: string }
}

export interface SearchOptions {
  /** Kinds to search; all by default. */
  kinds?: readonly SearchKind[]
  /** Beijing day (`YYYY-MM-DD`) used to pick the next occurrence of an event. */
  today: string
  /** Results kept per kind (the total still counts all). */
  limit?: number
  split?: ParseOptions['split']
}

export interface SearchEngine {
  readonly size: number
  search(query: string, options: SearchOptions): SearchOutcome
}

type FieldName = 'title' | 'words' | 'body'
/** Field codes in the per-term hit arrays, in order of weight: any hit in one beats all hits in the next. */
const FIELDS: readonly FieldName[] = ['title', 'words', 'body']
/** Weight of a match by field and by how it matched: characters beat pinyin, the title beats the rest. */
const WEIGHT: Record<FieldName, { text: number; pinyin: number }> = {
  title: { text: 100, pinyin: 70 },
  words: { text: 50, pinyin: 35 },
  body: { text: 20, pinyin: 0 },
}

interface TermHit {
  field: FieldName
  start: number
  end: number
}

/** Hits of one query term: of the whole term, and of its words when it has some (乌鲁木齐科技馆). */
interface TermResult {
  whole: TermHits
  words: TermHits[]
  /** Time words: the days asked for, and their weekdays. */
  window?: DayWindow
  weekdays?: string[]
}

/** A matched document before it becomes a result: cheap, so a one-letter query over 10 000 documents stays fast. */
interface Candidate {
  doc: number
  score: number
  /** Events: index of the occurrence to link to, and whether it is still to come. */
  occurrence: number
  upcoming: boolean
  more: number
}

const SNIPPET_CONTEXT = 14

function snippetOf(doc: SearchDoc & { b: string }, hit: TermHit): SearchSnippet {
  const { start, end } = hit
  if (hit.field === 'words') {
    // The keyword that matched, e.g. 乌鲁木齐 or the synonym 科普日.
    const text = doc.w
    const from = text.lastIndexOf(' ', start - 1) + 1
    const stop = text.indexOf(' ', end)
    const to = stop < 0 ? text.length : stop
    return { field: 'words', text: text.slice(from, to), ranges: [[start - from, end - from]] }
  }
  const text = doc.b
  const from = Math.max(0, start - SNIPPET_CONTEXT)
  const to = Math.min(text.length, end + SNIPPET_CONTEXT)
  const lead = from > 0 ? '…' : ''
  return {
    field: 'body',
    text: `${lead}${text.slice(from, to)}${to < text.length ? '…' : ''}`,
    ranges: [[start - from + lead.length, end - from + lead.length]],
  }
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const merged: Range[] = []
  for (const range of sorted) {
    const last = merged[merged.length - 1]
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([range[0], range[1]])
  }
  return merged
}

function hrefOf(doc: SearchDoc, occurrence?: SearchOccurrence): string {
  switch (doc.k) {
    case 'venue':
      return `/venues/${doc.id}`
    case 'event':
      return `/events/${occurrence?.[0] ?? doc.id}`
    case 'plan':
      return `/plans/${doc.id}`
    case 'target':
      return `/targets#target-${doc.id}`
    case 'setting':
      // The settings live at the top of 我的 (#elder-mode).
      return `/me#${doc.id}`
  }
}

const termHit = (hits: TermHits, doc: number): TermHit => ({
  field: FIELDS[hits.field[doc]! - 1]!,
  start: hits.start[doc]!,
  end: hits.end[doc]!,
})

function hitScore(hits: TermHits, doc: number, titleLength: number): number {
  const field = FIELDS[hits.field[doc]! - 1]!
  let score = hits.pinyin[doc] ? WEIGHT[field].pinyin : WEIGHT[field].text
  if (field === 'title' && hits.start[doc] === 0) score += hits.end[doc] === titleLength ? 50 : 20
  return score
}

/**
 * Pick the occurrence an event candidate links to: the first in the asked-for days when the query has a time
 * word, else the first not ended by `today`, else the last.
 */
function placeOccurrence(candidate: Candidate, spans: DayWindow[], today: string, window: DayWindow | null) {
  const inWindow = window ? spans.findIndex((s) => s.to >= window.from && s.from <= window.to) : -1
  const next = inWindow >= 0 ? inWindow : spans.findIndex((s) => s.to >= today)
  candidate.upcoming = next >= 0
  candidate.occurrence = next >= 0 ? next : spans.length - 1
}

/** The `limit` best of a list by `compare`, in order, without sorting the whole list. */
function best<T>(list: T[], limit: number, compare: (a: T, b: T) => number): T[] {
  const top: T[] = []
  for (const item of list) {
    if (top.length === limit && compare(item, top[limit - 1]!) >= 0) continue
    let lo = 0
    let hi = top.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (compare(item, top[mid]!) < 0) hi = mid
      else lo = mid + 1
    }
    top.splice(lo, 0, item)
    if (top.length > limit) top.pop()
  }
  return top
}

/** Prepare an index for searching (folds text and computes pinyin masks once). */
export function createSearchEngine(index: SearchIndex, catalog?: BodyCatalog): SearchEngine {
  const table = new PinyinTable(index.readings)
  // Each document's keywords with its audiences' everyday words (亲子 for 小学), and the bodies of venues,
  // plans and targets from the catalog: the index leaves both out.
  const bodies = catalog ? catalogBodies(catalog) : new Map<string, string>()
  const docs = index.docs.map((doc) => withCatalogBody(withAudienceWords(doc), bodies))
  const size = docs.length
  const columns: Record<FieldName, Column> = {
    title: buildColumn(
      docs.map((d) => foldText(d.t)),
      table,
      true,
    ),
    words: buildColumn(
      docs.map((d) => foldText(d.w)),
      table,
      true,
    ),
    body: buildColumn(
      docs.map((d) => foldText(d.b)),
      table,
      false,
    ),
  }
  const keys = docs.map((d) => d.g ?? d.id)
  const titleLengths = docs.map((d) => d.t.length)
  const spans = docs.map((d) => (d.o ? d.o.map(([, start, end]): DayWindow => ({ from: dayOf(start), to: dayOf(end) })) : null))
  const openDays = docs.map((d) => d.wd ?? '')
  const EVENT_IN_WINDOW = WEIGHT.words.text + 10
  const VENUE_OPEN_IN_WINDOW = WEIGHT.words.pinyin

  function scan(text: string, latin: boolean, only: Int32Array | null): TermHits {
    const hits = makeTermHits(size)
    FIELDS.forEach((field, i) =>
      only ? scanDocs(columns[field], text, latin, table, i + 1, hits, only) : scanColumn(columns[field], text, latin, table, i + 1, hits),
    )
    return hits
  }

  /**
   * The matches of the last search. When every term of the new query extends the same term of the last one
   * (typing on: kj → kjg), only those documents can match, so only they are scanned. A term matched by its
   * words (乌鲁木齐科技馆) does not have that property, nor does a change of kinds.
   */
  let previous: { texts: string[]; kinds: string; docs: Int32Array } | null = null
  function narrowed(parsed: QueryTerm[], kinds: string): Int32Array | null {
    const last = previous
    if (!last || last.kinds !== kinds || last.texts.length !== parsed.length) return null
    // A time word matches by date, not by text: 周末 is not a narrowing of 周.
    return parsed.every((term, i) => !term.words && !term.time && term.text.startsWith(last.texts[i]!)) ? last.docs : null
  }

  /** Weekdays (0 = Sunday) in a window, as the digits `wd` uses. */
  const weekdaysOf = (window: DayWindow) => {
    const days = Math.min(7, daysBetween(window.from, window.to) + 1)
    return Array.from({ length: days }, (_, i) => String(weekdayOf(addDays(window.from, i))))
  }

  /** A time term's score in a document: an event on those days, a venue open on one of them. */
  function timeScore(doc: number, window: DayWindow, weekdays: string[]): number {
    const own = spans[doc]
    if (own) return own.some((s) => s.to >= window.from && s.from <= window.to) ? EVENT_IN_WINDOW : -1
    const open = openDays[doc]!
    return open && weekdays.some((d) => open.includes(d)) ? VENUE_OPEN_IN_WINDOW : -1
  }

  /** A term's score in a document, or -1 when it does not match there. */
  function termScore(term: TermResult, doc: number): number {
    if (term.whole.field[doc]) return hitScore(term.whole, doc, titleLengths[doc]!)
    if (term.window) return timeScore(doc, term.window, term.weekdays!)
    if (!term.words.length) return -1
    let sum = 0
    for (const word of term.words) {
      if (!word.field[doc]) return -1
      sum += hitScore(word, doc, titleLengths[doc]!)
    }
    return (0.8 * sum) / term.words.length
  }

  function termHits(terms: TermResult[], doc: number): TermHit[] {
    return terms.flatMap((term) => (term.whole.field[doc] ? [termHit(term.whole, doc)] : term.words.map((w) => termHit(w, doc))))
  }

  function toResult(candidate: Candidate, terms: TermResult[]): SearchResult {
    const doc = docs[candidate.doc]!
    const hits = termHits(terms, candidate.doc)
    const titleRanges = mergeRanges(hits.filter((h) => h.field === 'title').map((h): Range => [h.start, h.end]))
    const outside = hits.find((h) => h.field !== 'title')
    const occurrence = doc.o?.[candidate.occurrence]
    return {
      kind: doc.k,
      key: keys[candidate.doc]!,
      href: hrefOf(doc, occurrence),
      title: doc.t,
      titleRanges,
      detail: doc.d,
      snippet: outside ? snippetOf(doc, outside) : null,
      ...(occurrence ? { occurrence: { start: occurrence[1], end: occurrence[2], datePrecision: doc.p ?? 'day' } } : {}),
      ...(doc.s ? { status: doc.s } : {}),
      ...(doc.o && !candidate.upcoming ? { ended: true } : {}),
      more: candidate.more,
      score: candidate.score,
    }
  }

  const startOf = (c: Candidate) => docs[c.doc]!.o![c.occurrence]![1]

  /** Among candidates of one event series, keep the one whose occurrence comes next from today. */
  function collapseSeries(candidates: Candidate[], today: string, window: DayWindow | null): Candidate[] {
    const byKey = new Map<string, Candidate>()
    for (const candidate of candidates) {
      placeOccurrence(candidate, spans[candidate.doc]!, today, window)
      const key = keys[candidate.doc]!
      const kept = byKey.get(key)
      if (!kept) {
        byKey.set(key, candidate)
        continue
      }
      // Prefer an upcoming occurrence, the soonest one; among past ones the latest.
      const better =
        candidate.upcoming !== kept.upcoming
          ? candidate.upcoming
          : candidate.upcoming
            ? startOf(candidate) < startOf(kept)
            : startOf(candidate) > startOf(kept)
      const winner = better ? candidate : kept
      winner.score = Math.max(kept.score, candidate.score)
      winner.more = kept.more + 1
      byKey.set(key, winner)
    }
    return [...byKey.values()]
  }

  const byRank = (a: Candidate, b: Candidate) =>
    b.score - a.score || titleLengths[a.doc]! - titleLengths[b.doc]! || (keys[a.doc]! < keys[b.doc]! ? -1 : 1)
  // What can still be attended comes first; ended events and history (十三五 counts) follow.
  const byUpcomingThenRank = (a: Candidate, b: Candidate) => Number(b.upcoming) - Number(a.upcoming) || byRank(a, b)

  function search(query: string, options: SearchOptions): SearchOutcome {
    const parsed = parseQuery(query, { split: options.split })
    if (parsed.length === 0) return { total: 0, groups: [] }
    const kinds = new Set(options.kinds ?? SEARCH_KINDS)
    const kindsKey = [...kinds].join()
    const only = narrowed(parsed, kindsKey)
    const terms: TermResult[] = parsed.map((term: QueryTerm) => {
      const window = term.time ? timeWindow(term.text, options.today) : null
      return {
        whole: scan(term.text, term.latin, only),
        words: term.words ? term.words.map((word) => scan(word, false, only)) : [],
        ...(window ? { window, weekdays: weekdaysOf(window) } : {}),
      }
    })
    const timeTerm = parsed.findIndex((term) => term.time)
    const window = timeTerm >= 0 ? (terms[timeTerm]!.window ?? null) : null
    const found = new Map<SearchKind, Candidate[]>()
    const matched: number[] = []
    const count = only ? only.length : size
    for (let k = 0; k < count; k++) {
      const doc = only ? only[k]! : k
      const kind = docs[doc]!.k
      if (!kinds.has(kind)) continue
      let score = 0
      for (const term of terms) {
        const s = termScore(term, doc)
        if (s < 0) {
          score = -1
          break
        }
        score += s
      }
      if (score < 0) continue
      matched.push(doc)
      const candidate: Candidate = { doc, score, occurrence: 0, upcoming: false, more: 0 }
      const list = found.get(kind)
      if (list) list.push(candidate)
      else found.set(kind, [candidate])
    }
    previous = { texts: parsed.map((t) => t.text), kinds: kindsKey, docs: Int32Array.from(matched) }
    const limit = options.limit ?? 20
    let total = 0
    const groups: SearchGroup[] = []
    // 科普日, 周末: the person asks what to attend, so events come before venues.
    const eventsFirst = window !== null || parsed.some((term) => isEventWord(term.text))
    const order = eventsFirst ? (['event', ...SEARCH_KINDS.filter((k) => k !== 'event')] as const) : SEARCH_KINDS
    for (const kind of order) {
      const list = found.get(kind)
      if (!list) continue
      const ranked = kind === 'event' ? collapseSeries(list, options.today, window) : list
      total += ranked.length
      const compare = kind === 'event' ? byUpcomingThenRank : byRank
      groups.push({ kind, total: ranked.length, results: best(ranked, limit, compare).map((c) => toResult(c, terms)) })
    }
    return { total, groups, ...(window ? { window: { ...window, word: parsed[timeTerm]!.text } } : {}) }
  }

  return { size, search }
}
