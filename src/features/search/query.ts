/**
 * Tokenising what the user typed. Chinese has no spaces, so a term that does not match as a whole is
 * also tried as its words (Intl.Segmenter, or two-character chunks where the browser lacks it):
 * 乌鲁木齐科技馆 finds 新疆科技馆 in 乌鲁木齐 although no text contains the whole string.
 */
import { foldText, isHan } from '../../shared/search'
import { isTimeWord } from '../../shared/searchWords'

export interface QueryTerm {
  /** Folded term: lower case, half-width, toneless pinyin. */
  text: string
  /** Whether the term has Latin letters, i.e. may be pinyin. */
  latin: boolean
  /** Words of a Chinese term, tried when the whole term does not match; null when it is one word. */
  words: string[] | null
  /** A time word (周末, 寒假): matches what happens or is open then, as well as the text itself. */
  time?: true
}

const MAX_TERMS = 6
const MAX_TERM_LENGTH = 40
/**
 * Separators users type between words, half- and full-width (full-width ones are folded first), the Arabic
 * script's comma, semicolon and question mark (Uyghur, Kazakh) and the corner brackets (「科技馆」).
 */
const SEPARATORS = /[\s,.;:!?"'()[\]{}<>、。·“”‘’《》【】「」『』〈〉〔〕…—/\\|+*&^%$#@~`=_،؛؟-]+/

type WordSplitter = (text: string) => string[]

let segmenter: Intl.Segmenter | null | undefined
/** Words of a Chinese string: Intl.Segmenter when available, else two-character chunks. */
export const splitWords: WordSplitter = (text) => {
  if (segmenter === undefined)
    segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh-CN', { granularity: 'word' }) : null
  if (!segmenter) return chunkWords(text)
  const words: string[] = []
  for (const part of segmenter.segment(text)) if (part.isWordLike) words.push(part.segment)
  return words
}

/** Fallback splitter: two characters at a time (most Chinese words are two characters long). */
export function chunkWords(text: string): string[] {
  const chars = [...text]
  const words: string[] = []
  for (let i = 0; i < chars.length; i += 2) words.push(chars.slice(i, i + 2).join(''))
  return words
}

/** Fold a typed string: full-width to half-width, lower case, tone marks dropped, `ü` typed as `v`. */
export function foldQuery(raw: string): string {
  const toneless = raw
    .normalize('NFD')
    .replace(/[uU]\u0308/g, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
  return foldText(toneless)
}

export interface ParseOptions {
  split?: WordSplitter
}

/** The terms of a query; every term must match somewhere in a document. */
export function parseQuery(raw: string, options: ParseOptions = {}): QueryTerm[] {
  const split = options.split ?? splitWords
  const terms: QueryTerm[] = []
  for (const piece of foldQuery(raw).split(SEPARATORS)) {
    const text = piece.slice(0, MAX_TERM_LENGTH)
    if (!text || terms.some((t) => t.text === text)) continue
    const latin = /[a-z]/.test(text)
    const han = [...text].filter(isHan).length
    let words: string[] | null = null
    if (han >= 3 && !latin) {
      // One-character words (的, 日, 在) match nearly everything; leave them out.
      const parts = split(text).filter((w) => w.length > 1)
      if (parts.length > 1) words = parts
    }
    if (isTimeWord(text)) terms.push({ text, latin, words: null, time: true })
    else terms.push({ text, latin, words })
    if (terms.length === MAX_TERMS) break
  }
  return terms
}
