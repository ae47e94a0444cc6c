/**
 * The search index format, written by the build (src/build/search-index.ts) and read by the browser
 * (src/features/search/). Pinyin is computed at build time, so the browser never loads a pinyin library:
 * the index carries one reading list per Chinese character that appears in a pinyin-searchable field.
 */

import type { EventStatus } from './types'

export const SEARCH_KINDS = ['venue', 'event', 'plan', 'target', 'setting'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

/** Where the index is published, under the app data base. */
export const SEARCH_INDEX_FILE = 'search-index.json'
/**
 * 2: venues, plans and targets without their body (`b`), which the engine takes from the catalog. A page
 * still running version 1's engine would fail on such an index; it is told the format changed instead.
 */
export const SEARCH_INDEX_VERSION = 2

/** One occurrence of an event record: `[occurrence id, start, end]`. */
export type SearchOccurrence = [id: string, start: string, end: string]

/** One searchable record. Short keys keep the index small on slow networks. */
export interface SearchDoc {
  /** What it is. */
  k: SearchKind
  /** Record id (for events: the content record, not an occurrence). */
  id: string
  /** Title as shown; matched by characters and pinyin. */
  t: string
  /** Short keywords separated by spaces (region, kind, synonyms…); matched by characters and pinyin. */
  w: string
  /**
   * Longer text (summary); matched by characters only, pinyin would match too much here. Left out for venues,
   * plans and targets, whose text the catalog holds: the browser fills it in (shared/searchBodies.ts).
   */
  b?: string
  /** One line of detail shown under the title. */
  d: string
  /** Events: every occurrence, sorted by start. */
  o?: SearchOccurrence[]
  /** Events: records with the same group (a series in one region) collapse into one result. */
  g?: string
  /** Events: status of the record (预计日期, 已取消…), shown next to the date. */
  s?: EventStatus
  /** Events: date precision, when it is not `day`. */
  p?: 'month' | 'year' | 'period'
  /** Venues: weekdays (0 = Sunday) open by the published hours, e.g. `03456`; absent when not published. */
  wd?: string
}

export interface SearchIndex {
  version: typeof SEARCH_INDEX_VERSION
  builtAt: string
  /** Character → its toneless readings separated by spaces, all readings of polyphones (`行` → `xing hang heng`). */
  readings: Record<string, string>
  docs: SearchDoc[]
}

/**
 * Fold one UTF-16 unit for matching: full-width to half-width, upper to lower case. Folding unit by unit
 * keeps indexes aligned with the original text, so highlights land on the right characters.
 */
export function foldText(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    const code = text.charCodeAt(i)
    // Fast paths for ASCII and common Chinese characters, which NFKC leaves alone.
    if (code < 0x80) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c
      continue
    }
    if (code >= 0x4e00 && code <= 0x9fff) {
      out += c
      continue
    }
    const folded = c.normalize('NFKC').toLowerCase()
    out += folded.length === 1 ? folded : c.toLowerCase().length === 1 ? c.toLowerCase() : c
  }
  return out
}

/** A toneless pinyin syllable as users type it: `ü` becomes `v` (`lü` → `lv`). */
export function plainSyllable(syllable: string): string {
  return syllable
    .toLowerCase()
    .replace(/ü/g, 'v')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
}

export function isHan(char: string): boolean {
  return /\p{Script=Han}/u.test(char)
}
