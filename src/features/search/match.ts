/**
 * Matching one query term against one field, by characters or by pinyin. A run of characters matches
 * pinyin when each character is typed as its Chinese character, as any reading (kejiguan), or as the
 * start of a reading (kjg, kejig), so full pinyin, initials and mixed input (科技g) all work, for every
 * reading of a polyphone (行 = xing or hang).
 */

/** Readings and first-letter masks of the characters in the index. */
export class PinyinTable {
  // Keyed by UTF-16 code: `text[i]` would allocate a string per Chinese character on the hot path.
  private readonly readings = new Map<number, readonly string[]>()
  // Dense by code (256 KB): preparing 10 000 documents looks up every character once.
  private readonly masks = new Uint32Array(0x10000)

  constructor(raw: Record<string, string>) {
    for (const [char, list] of Object.entries(raw)) {
      // Matching works on UTF-16 units; rare characters outside the BMP are matched by character only.
      if (char.length !== 1) continue
      const syllables = list.split(' ').filter(Boolean)
      this.readings.set(char.charCodeAt(0), syllables)
      this.masks[char.charCodeAt(0)] = syllables.reduce((mask, s) => mask | letterBit(s), 0)
    }
  }

  /** Readings of the character with this UTF-16 code. */
  syllables(code: number): readonly string[] | undefined {
    return this.readings.get(code)
  }

  /** Bit set of the letters a character's readings start with (0 for characters without pinyin). */
  mask(code: number): number {
    return this.masks[code] ?? 0
  }
}

/** The bit of a string's first letter a–z, or 0. */
export function letterBit(text: string): number {
  const code = text.charCodeAt(0) - 97
  return code >= 0 && code < 26 ? 1 << code : 0
}

/**
 * One field of every document in one string (documents separated by U+0000, which no query contains),
 * with a first-letter mask per character when the field is searchable by pinyin. Scanning one long
 * string is what keeps a keystroke over 10 000 documents within a frame.
 */
export interface Column {
  text: string
  masks: Uint32Array | null
  /** Offset of each document in `text`, plus the end. */
  starts: Int32Array
  /** Document of each character. */
  docAt: Int32Array
}

export function buildColumn(texts: readonly string[], table: PinyinTable, pinyin: boolean): Column {
  const text = texts.join('\u0000')
  const starts = new Int32Array(texts.length + 1)
  const docAt = new Int32Array(text.length)
  let offset = 0
  texts.forEach((part, doc) => {
    starts[doc] = offset
    docAt.fill(doc, offset, Math.min(text.length, offset + part.length + 1))
    offset += part.length + 1
  })
  starts[texts.length] = offset
  let masks: Uint32Array | null = null
  if (pinyin) {
    masks = new Uint32Array(text.length)
    for (let i = 0; i < text.length; i++) masks[i] = table.mask(text.charCodeAt(i))
  }
  return { text, masks, starts, docAt }
}

/** A single text as a one-document column. */
export const prepareField = (text: string, table: PinyinTable, pinyin: boolean): Column => buildColumn([text], table, pinyin)

// Bounds the backtracking on adversarial input; real queries need a few dozen steps.
const STEP_LIMIT = 400
let steps = 0

/**
 * The end of a pinyin match of `term[qi…]` starting at `text[i]`, or -1. Each character consumes its
 * own character, or a prefix of one of its readings; the term may end inside a reading (kejig).
 */
function follow(text: string, i: number, term: string, qi: number, table: PinyinTable): number {
  if (qi === term.length) return i
  if (i >= text.length || --steps < 0) return -1
  const code = text.charCodeAt(i)
  if (code === term.charCodeAt(qi)) {
    const end = follow(text, i + 1, term, qi + 1, table)
    if (end >= 0) return end
  }
  const syllables = table.syllables(code)
  if (!syllables) return -1
  for (const syllable of syllables) {
    let common = 0
    while (common < syllable.length && qi + common < term.length && syllable.charCodeAt(common) === term.charCodeAt(qi + common)) common++
    if (common === 0) continue
    if (qi + common === term.length) return i + 1
    // Longest first: a whole syllable (kejiguan) before an initial (kjg).
    for (let used = common; used >= 1; used--) {
      const end = follow(text, i + 1, term, qi + used, table)
      if (end >= 0) return end
    }
  }
  return -1
}

const isLatin = (code: number) => code >= 97 && code <= 122

/** Per-document hits of one term, filled field by field; a document keeps its first hit. */
export interface TermHits {
  /** 0: no hit yet, else the field code the caller passed. */
  field: Uint8Array
  start: Int32Array
  end: Int32Array
  pinyin: Uint8Array
}

export const makeTermHits = (size: number): TermHits => ({
  field: new Uint8Array(size),
  start: new Int32Array(size),
  end: new Int32Array(size),
  pinyin: new Uint8Array(size),
})

/**
 * Record in `hits` where `term` first matches each document that has no hit yet: as a substring, else
 * (for Latin terms in pinyin columns) by pinyin. A Latin term matches only at the start of a Latin word,
 * so hang is not found inside changji.
 */
export function scanColumn(column: Column, term: string, latin: boolean, table: PinyinTable, fieldCode: number, hits: TermHits): void {
  const { text, masks, starts, docAt } = column
  const latinStart = isLatin(term.charCodeAt(0))
  let at = text.indexOf(term)
  while (at >= 0) {
    const doc = docAt[at]!
    if (hits.field[doc] !== 0 || (latinStart && at > starts[doc]! && isLatin(text.charCodeAt(at - 1)))) {
      at = text.indexOf(term, hits.field[doc] !== 0 ? starts[doc + 1]! : at + 1)
      continue
    }
    hits.field[doc] = fieldCode
    hits.start[doc] = at - starts[doc]!
    hits.end[doc] = at - starts[doc]! + term.length
    hits.pinyin[doc] = 0
    at = text.indexOf(term, starts[doc + 1]!)
  }
  if (!latin || !masks) return
  const first = term.charCodeAt(0)
  const bit = letterBit(term)
  for (let i = 0; i < text.length; i++) {
    const doc = docAt[i]!
    if (hits.field[doc] !== 0) {
      i = starts[doc + 1]! - 1
      continue
    }
    const code = text.charCodeAt(i)
    if (code !== first && (masks[i]! & bit) === 0) continue
    if (isLatin(code) && i > starts[doc]! && isLatin(text.charCodeAt(i - 1))) continue
    steps = STEP_LIMIT
    const end = follow(text, i, term, 0, table)
    if (end < 0) continue
    hits.field[doc] = fieldCode
    hits.start[doc] = i - starts[doc]!
    hits.end[doc] = end - starts[doc]!
    hits.pinyin[doc] = 1
    i = starts[doc + 1]! - 1
  }
}

/** `scanColumn` restricted to some documents: while the user types on, only the last keystroke's matches can match. */
export function scanDocs(
  column: Column,
  term: string,
  latin: boolean,
  table: PinyinTable,
  fieldCode: number,
  hits: TermHits,
  docs: Int32Array,
): void {
  const { text, masks, starts } = column
  const first = term.charCodeAt(0)
  const latinStart = isLatin(first)
  const bit = letterBit(term)
  for (let k = 0; k < docs.length; k++) {
    const doc = docs[k]!
    if (hits.field[doc] !== 0) continue
    const from = starts[doc]!
    const to = starts[doc + 1]! - 1
    // A slice of the document, so indexOf does not run on through the rest of the column.
    const part = text.substring(from, to)
    let at = part.indexOf(term)
    while (at > 0 && latinStart && isLatin(part.charCodeAt(at - 1))) at = part.indexOf(term, at + 1)
    if (at >= 0) {
      hits.field[doc] = fieldCode
      hits.start[doc] = at
      hits.end[doc] = at + term.length
      hits.pinyin[doc] = 0
      continue
    }
    if (!latin || !masks) continue
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i)
      if (code !== first && (masks[i]! & bit) === 0) continue
      if (isLatin(code) && i > from && isLatin(text.charCodeAt(i - 1))) continue
      steps = STEP_LIMIT
      const end = follow(text, i, term, 0, table)
      if (end < 0) continue
      hits.field[doc] = fieldCode
      hits.start[doc] = i - from
      hits.end[doc] = end - from
      hits.pinyin[doc] = 1
      break
    }
  }
}

/** Where a term matched in a field: `[start, end)`, and whether pinyin was needed. */
export interface Hit {
  start: number
  end: number
  pinyin: boolean
}

/** The first place `term` matches in a one-document column: as a substring, else (for Latin terms) by pinyin. */
export function matchField(field: Column, term: string, latin: boolean, table: PinyinTable): Hit | null {
  const hits = makeTermHits(1)
  scanColumn(field, term, latin, table, 1, hits)
  return hits.field[0] ? { start: hits.start[0]!, end: hits.end[0]!, pinyin: hits.pinyin[0] === 1 } : null
}
