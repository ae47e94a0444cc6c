/**
 * The search engine: prepares the build-time index once, then answers each keystroke with results
 * grouped by kind, ranked, with the matched ranges to highlight. Pure: no DOM, no fetch, no Vue.
 */
import { SEARCH_KINDS, foldText, type SearchDoc, type SearchIndex, type SearchKind, type SearchOccurrence } from '../../shared/search'
import { dayOf } from '../../shared/time'
import { PinyinTable, matchField, prepareField, type Field, type Hit } from './match'
import { parseQuery, type ParseOptions, type QueryTerm } from './query'

/** A `[start, end)` range of characters to highlight. */
export type Range = [start: number, end: number]

export interface SearchSnippet {
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

interface PreparedDoc {
  doc: SearchDoc
  title: Field
  words: Field
  body: Field
}

type FieldName = 'title' | 'words' | 'body'
const FIELDS: readonly FieldName[] = ['title', 'words', 'body']
/** Weight of a match by field and by how it matched: characters beat pinyin, the title beats the rest. */
const WEIGHT: Record<FieldName, { text: number; pinyin: number }> = {
  title: { text: 100, pinyin: 70 },
  words: { text: 50, pinyin: 35 },
  body: { text: 20, pinyin: 0 },
}

interface TermHit {
  field: FieldName
  hit: Hit
  score: number
}

function bestHit(prepared: PreparedDoc, text: string, latin: boolean, table: PinyinTable): TermHit | null {
  let best: TermHit | null = null
  for (const field of FIELDS) {
    const hit = matchField(prepared[field], text, latin, table)
    if (!hit) continue
    let score = hit.pinyin ? WEIGHT[field].pinyin : WEIGHT[field].text
    if (field === 'title' && hit.start === 0) score += 20
    if (field === 'title' && hit.start === 0 && hit.end === prepared.title.text.length) score += 30
    if (!best || score > best.score) best = { field, hit, score }
    // Nothing beats a character match in the title.
    if (field === 'title' && !hit.pinyin) break
  }
  return best
}

/** Hits of every term in a document, or null when one term does not match. */
function matchDoc(prepared: PreparedDoc, terms: QueryTerm[], table: PinyinTable): { hits: TermHit[]; score: number } | null {
  const hits: TermHit[] = []
  let score = 0
  for (const term of terms) {
    const whole = bestHit(prepared, term.text, term.latin, table)
    if (whole) {
      hits.push(whole)
      score += whole.score
      continue
    }
    if (!term.words) return null
    // A Chinese term that is not in the text as a whole: all its words must be, anywhere.
    let wordScore = 0
    for (const word of term.words) {
      const hit = bestHit(prepared, word, false, table)
      if (!hit) return null
      hits.push(hit)
      wordScore += hit.score
    }
    score += (0.8 * wordScore) / term.words.length
  }
  return { hits, score }
}

const SNIPPET_CONTEXT = 14

function snippetOf(prepared: PreparedDoc, original: SearchDoc, hit: TermHit): SearchSnippet {
  const { start, end } = hit.hit
  if (hit.field === 'words') {
    // The keyword that matched, e.g. 乌鲁木齐 or the synonym 科普日.
    const text = original.w
    const from = text.lastIndexOf(' ', start - 1) + 1
    const stop = text.indexOf(' ', end)
    const to = stop < 0 ? text.length : stop
    return { text: text.slice(from, to), ranges: [[start - from, end - from]] }
  }
  const text = original.b
  const from = Math.max(0, start - SNIPPET_CONTEXT)
  const to = Math.min(text.length, end + SNIPPET_CONTEXT)
  const lead = from > 0 ? '…' : ''
  return {
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

/** The occurrence to link to: the first that has not ended by `today`, else the last one. */
export function nextOccurrence(occurrences: SearchOccurrence[], today: string): SearchOccurrence | undefined {
  return occurrences.find(([, , end]) => dayOf(end) >= today) ?? occurrences[occurrences.length - 1]
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
  }
}

function toResult(prepared: PreparedDoc, hits: TermHit[], score: number, today: string): SearchResult {
  const { doc } = prepared
  const titleRanges = mergeRanges(hits.filter((h) => h.field === 'title').map((h): Range => [h.hit.start, h.hit.end]))
  const outside = hits.find((h) => h.field !== 'title')
  const occurrence = doc.o ? nextOccurrence(doc.o, today) : undefined
  return {
    kind: doc.k,
    key: doc.g ?? doc.id,
    href: hrefOf(doc, occurrence),
    title: doc.t,
    titleRanges,
    detail: doc.d,
    snippet: outside ? snippetOf(prepared, doc, outside) : null,
    ...(occurrence ? { occurrence: { start: occurrence[1], end: occurrence[2], datePrecision: doc.p ?? 'day' } } : {}),
    more: 0,
    score,
  }
}

/** Among results of one event series, keep the one whose occurrence comes next from today. */
function collapseSeries(results: SearchResult[], today: string): SearchResult[] {
  const byKey = new Map<string, SearchResult>()
  const upcoming = (r: SearchResult) => (r.occurrence ? dayOf(r.occurrence.end) >= today : false)
  for (const result of results) {
    const kept = byKey.get(result.key)
    if (!kept) {
      byKey.set(result.key, result)
      continue
    }
    const a = kept.occurrence!
    const b = result.occurrence!
    // Prefer an upcoming occurrence, the soonest one; among past ones the latest.
    const better = upcoming(result) !== upcoming(kept) ? upcoming(result) : upcoming(result) ? b.start < a.start : b.start > a.start
    const winner = better ? result : kept
    byKey.set(result.key, { ...winner, score: Math.max(kept.score, result.score), more: kept.more + 1 })
  }
  return [...byKey.values()]
}

const byRank = (a: SearchResult, b: SearchResult) => b.score - a.score || a.title.length - b.title.length || (a.key < b.key ? -1 : 1)

/** Prepare an index for searching (folds text and computes pinyin masks once). */
export function createSearchEngine(index: SearchIndex): SearchEngine {
  const table = new PinyinTable(index.readings)
  const docs: PreparedDoc[] = index.docs.map((doc) => ({
    doc,
    title: prepareField(foldText(doc.t), table, true),
    words: prepareField(foldText(doc.w), table, true),
    body: prepareField(foldText(doc.b), table, false),
  }))

  function search(query: string, options: SearchOptions): SearchOutcome {
    const terms = parseQuery(query, { split: options.split })
    if (terms.length === 0) return { total: 0, groups: [] }
    const kinds = options.kinds ?? SEARCH_KINDS
    const found = new Map<SearchKind, SearchResult[]>()
    for (const prepared of docs) {
      if (!kinds.includes(prepared.doc.k)) continue
      const match = matchDoc(prepared, terms, table)
      if (!match) continue
      const list = found.get(prepared.doc.k) ?? []
      list.push(toResult(prepared, match.hits, match.score, options.today))
      found.set(prepared.doc.k, list)
    }
    const limit = options.limit ?? 20
    let total = 0
    const groups: SearchGroup[] = []
    for (const kind of SEARCH_KINDS) {
      const list = found.get(kind)
      if (!list) continue
      const results = (kind === 'event' ? collapseSeries(list, options.today) : list).sort(byRank)
      total += results.length
      groups.push({ kind, total: results.length, results: results.slice(0, limit) })
    }
    return { total, groups }
  }

  return { size: docs.length, search }
}
