/**
 * Matching one query term against one field, by characters or by pinyin. A run of characters matches
 * pinyin when each character is typed as its Chinese character, as any reading (kejiguan), or as the
 * start of a reading (kjg, kejig), so full pinyin, initials and mixed input (科技g) all work, for every
 * reading of a polyphone (行 = xing or hang).
 */

/** Readings and first-letter masks of the characters in the index. */
export class PinyinTable {
  private readonly readings = new Map<string, readonly string[]>()
  private readonly masks = new Map<string, number>()

  constructor(raw: Record<string, string>) {
    for (const [char, list] of Object.entries(raw)) {
      const syllables = list.split(' ').filter(Boolean)
      this.readings.set(char, syllables)
      this.masks.set(
        char,
        syllables.reduce((mask, s) => mask | letterBit(s), 0),
      )
    }
  }

  syllables(char: string): readonly string[] | undefined {
    return this.readings.get(char)
  }

  /** Bit set of the letters a character's readings start with (0 for characters without pinyin). */
  mask(char: string): number {
    return this.masks.get(char) ?? 0
  }
}

/** The bit of a string's first letter a–z, or 0. */
export function letterBit(text: string): number {
  const code = text.charCodeAt(0) - 97
  return code >= 0 && code < 26 ? 1 << code : 0
}

/** A field's folded text, with the first-letter masks when it is searchable by pinyin. */
export interface Field {
  text: string
  masks: Uint32Array | null
}

export function prepareField(text: string, table: PinyinTable, pinyin: boolean): Field {
  if (!pinyin) return { text, masks: null }
  const masks = new Uint32Array(text.length)
  for (let i = 0; i < text.length; i++) masks[i] = table.mask(text[i]!)
  return { text, masks }
}

/** Where a term matched in a field: `[start, end)`, and whether pinyin was needed. */
export interface Hit {
  start: number
  end: number
  pinyin: boolean
}

// Bounds the backtracking on adversarial input; real queries need a few dozen steps.
const STEP_LIMIT = 400

/**
 * The end of a pinyin match of `term[qi…]` starting at `text[i]`, or -1. Each character consumes its
 * own character, or a prefix of one of its readings; the term may end inside a reading (kejig).
 */
function follow(text: string, i: number, term: string, qi: number, table: PinyinTable, budget: { steps: number }): number {
  if (qi === term.length) return i
  if (i >= text.length || --budget.steps < 0) return -1
  const char = text[i]!
  if (char === term[qi]) {
    const end = follow(text, i + 1, term, qi + 1, table, budget)
    if (end >= 0) return end
  }
  const syllables = table.syllables(char)
  if (!syllables) return -1
  for (const syllable of syllables) {
    let common = 0
    while (common < syllable.length && qi + common < term.length && syllable[common] === term[qi + common]) common++
    if (common === 0) continue
    if (qi + common === term.length) return i + 1
    // Longest first: a whole syllable (kejiguan) before an initial (kjg).
    for (let used = common; used >= 1; used--) {
      const end = follow(text, i + 1, term, qi + used, table, budget)
      if (end >= 0) return end
    }
  }
  return -1
}

const isLatin = (char: string | undefined) => char !== undefined && char >= 'a' && char <= 'z'

/** Where `term` occurs in `text`; a Latin term only at the start of a Latin word (hang is not in changji). */
function literalIndex(text: string, term: string): number {
  let at = text.indexOf(term)
  if (!isLatin(term[0])) return at
  while (at > 0 && isLatin(text[at - 1])) at = text.indexOf(term, at + 1)
  return at
}

/** The first place `term` matches in `field`: as a substring, else (for Latin terms) by pinyin. */
export function matchField(field: Field, term: string, latin: boolean, table: PinyinTable): Hit | null {
  const { text, masks } = field
  const at = literalIndex(text, term)
  if (at >= 0) return { start: at, end: at + term.length, pinyin: false }
  if (!latin || !masks) return null
  const first = term[0]!
  const bit = letterBit(first)
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== first && (masks[i]! & bit) === 0) continue
    if (isLatin(text[i]) && isLatin(text[i - 1])) continue
    const end = follow(text, i, term, 0, table, { steps: STEP_LIMIT })
    if (end >= 0) return { start: i, end, pinyin: true }
  }
  return null
}
