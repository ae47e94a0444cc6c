/**
 * A tiny typed message lookup. A full i18n runtime would cost ~40 KB gzip on the first route; the app
 * needs keys, `{param}` interpolation and a text direction, which fit in a few lines.
 * Chinese is built in; the other languages are lazy chunks (src/i18n/<code>.ts) loaded before the app
 * mounts, so the Chinese first route carries none of them. A key a language lacks shows the Chinese text.
 */
import { type DateWords, setDateWords } from '../shared/time'
import { dirOf, type LanguageCode } from './languageCodes'
import { zhCN } from './zh-CN'

export type Messages = typeof zhCN
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]
type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> }

/** Every message key, e.g. `nav.home`. */
export type MessageKey = Leaves<Messages>
/** A translation: any subset of the Chinese keys (missing ones fall back to Chinese). */
export type PartialMessages = DeepPartial<Messages>

export { dirOf, isLanguage, type LanguageCode, LANGUAGES } from './languageCodes'

/** What a language file (src/i18n/ug.ts …) exports. */
export interface Translation {
  messages: PartialMessages
  dates: DateWords
}

export interface Locale {
  code: LanguageCode
  dir: 'ltr' | 'rtl'
  messages: PartialMessages
}

export const locale: Locale = { code: 'zh-CN', dir: 'ltr', messages: zhCN }

// One lazy chunk per language; the service worker keeps the one a user chose (not precached for all).
const LOADERS: Record<Exclude<LanguageCode, 'zh-CN'>, () => Promise<Translation>> = {
  ug: () => import('./ug').then((m) => m.ug),
  'kk-Arab': () => import('./kk-Arab').then((m) => m.kkArab),
  en: () => import('./en').then((m) => m.en),
}

/** Fetch a language's chunk (also to have it cached before a reload) without switching to it. */
export const fetchLanguage = (code: Exclude<LanguageCode, 'zh-CN'>) => LOADERS[code]()

/** Switch the lookup to a language (before the app mounts) and set `<html lang dir>`. */
export async function applyLanguage(code: LanguageCode): Promise<void> {
  if (code !== 'zh-CN') {
    const { messages, dates } = await fetchLanguage(code)
    Object.assign(locale, { code, dir: dirOf(code), messages })
    setDateWords(dates)
  }
  document.documentElement.lang = code
  document.documentElement.dir = locale.dir
}

const lookup = (root: unknown, key: string) => {
  let node = root
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  return typeof node === 'string' ? node : undefined
}

/**
 * A word of the content's fixed vocabulary (a venue kind or category, an audience, a subject) in the reader's
 * language: `博物馆` → `Museum`. Any other text comes back as it is.
 */
export function term(word: string): string {
  return lookup(locale.messages, `terms.${word}`) ?? word
}

let pluralRules: Intl.PluralRules | undefined
/**
 * A message with forms for one and for more, `{n} result|{n} results` (English), picked by the count `n`.
 * Chinese, Uyghur and Kazakh nouns do not change after a number: their messages have one form.
 */
function plural(text: string, n: string | number | undefined): string {
  const bar = text.indexOf('|')
  if (bar < 0) return text
  if (pluralRules?.resolvedOptions().locale !== locale.code) pluralRules = new Intl.PluralRules(locale.code)
  return n !== undefined && pluralRules.select(Number(n)) === 'one' ? text.slice(0, bar) : text.slice(bar + 1)
}

/**
 * `zh-CN` for text written in Chinese (a region or a venue without a translation, a roster's role) when the UI
 * is in another language: a screen reader then reads it with a Chinese voice. Nothing for other text.
 */
export function textLang(text: string | undefined): 'zh-CN' | undefined {
  return locale.code !== 'zh-CN' && text && hasHan(text) ? 'zh-CN' : undefined
}
const hasHan = (text: string) => /\p{Script=Han}/u.test(text)

/** A piece of a filled-in message: text of the reader's language, or a Chinese parameter (see tParts). */
export interface MessagePart {
  text: string
  /** A parameter named in tParts' `zh`: content in Chinese, to be marked `lang="zh-CN"` and isolated. */
  zh?: true
}

const messageText = (key: MessageKey, n: string | number | MessagePart[] | undefined) =>
  plural(lookup(locale.messages, key) ?? lookup(zhCN, key) ?? key, Array.isArray(n) ? undefined : n)
const isolate = (value: string) => (locale.dir === 'rtl' ? `\u2068${value}\u2069` : value)
/** Quotes inside quotes are single: “‘科技之冬’·昌吉市”, never ““科技之冬”·昌吉市”. */
const inQuotes = (text: string, at: number, value: string) => (text[at - 1] === '“' ? value.replace(/“/g, '‘').replace(/”/g, '’') : value)

/**
 * Look up a message and fill in `{name}` parameters. In a right-to-left language each parameter (a
 * number, a time, a Chinese name) is isolated (U+2068 … U+2069), so "09:00–17:00" never reads backwards.
 */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = messageText(key, params.n)
  return text.replace(/\{(\w+)\}/g, (whole, name: string, at: number) =>
    params[name] === undefined ? whole : isolate(inQuotes(text, at, String(params[name]))),
  )
}

/**
 * t() in pieces, the parameters named in `zh` apart: Chinese content (a region, a publisher) inside a
 * sentence of the reader's language, which BaseMessage marks `lang="zh-CN"` so a screen reader reads it with
 * a Chinese voice. Its element isolates it, as t()'s U+2068 … U+2069 would. A parameter may itself be pieces
 * (another tParts: "⁨昌吉⁩ شەھەر مەركىزى" inside "… · 9 سورۇن"), spliced in and isolated as a whole.
 */
export function tParts(key: MessageKey, params: Record<string, string | number | MessagePart[]>, zh: readonly string[]): MessagePart[] {
  const text = messageText(key, params.n)
  const parts: MessagePart[] = []
  let plain = ''
  let last = 0
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    const [whole, name] = match as unknown as [string, string]
    plain += text.slice(last, match.index)
    last = match.index + whole.length
    const param = params[name]
    if (param === undefined) {
      plain += whole
      continue
    }
    if (Array.isArray(param)) {
      const [open, close] = locale.dir === 'rtl' ? ['\u2068', '\u2069'] : ['', '']
      plain += open
      for (const part of param) {
        if (!part.zh) plain += part.text
        else {
          if (plain) parts.push({ text: plain })
          plain = ''
          parts.push(part)
        }
      }
      plain += close
      continue
    }
    const value = inQuotes(text, match.index, String(param))
    // Content named in `zh` that has no Chinese in it (a region's translated name) is the reader's language.
    if (!zh.includes(name) || !hasHan(value)) {
      plain += isolate(value)
      continue
    }
    if (plain) parts.push({ text: plain })
    plain = ''
    parts.push({ text: value, zh: true })
  }
  plain += text.slice(last)
  if (plain) parts.push({ text: plain })
  return parts
}
