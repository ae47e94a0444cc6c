/**
 * Translation completeness. Lists, per language, the keys that still show Chinese; fails on any in a
 * language marked `reviewed: true` (src/i18n/languages.ts), and in every language on keys Chinese does not
 * have or on {placeholders} that differ from the Chinese text.
 */
import '@/i18n/zh-CN/calendar'
import '@/i18n/zh-CN/lazy'
import '@/i18n/zh-CN/myData'
import '@/i18n/zh-CN/targets'
import '@/i18n/zh-CN/targetsChart'

import { describe, expect, it } from 'vitest'

import type { Translation } from '@/i18n'
import { en } from '@/i18n/en'
import { kkArab } from '@/i18n/kk-Arab'
import { LANGUAGE_INFO } from '@/i18n/languages'
import { ug } from '@/i18n/ug'
import { zhCN } from '@/i18n/zh-CN'
import { planner } from '@/i18n/zh-CN/planner'
import { volunteer } from '@/i18n/zh-CN/volunteer'

const TRANSLATIONS: Record<string, Translation> = { ug, 'kk-Arab': kkArab, en }

function leaves(node: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value)
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v)
  }
  return out
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

const zh = leaves(zhCN)

/** The keys a language still lacks (they show the Chinese text), for translators. */
function untranslatedKeys(code: string): string[] {
  const have = leaves(TRANSLATIONS[code]!.messages)
  return [...zh.keys()].filter((key) => !have.has(key))
}

describe('translations', () => {
  it('the Chinese dictionary on the first route has the same text as the lazily added pages', () => {
    expect(zh.get('planner.title')).toBe(planner.title)
    expect(zh.get('planner.venueLink')).toBe(planner.venueLink)
    expect(zh.get('planner.meLinkHint')).toBe(planner.meLinkHint)
    expect(zh.get('volunteer.title')).toBe(volunteer.title)
    expect(zh.get('volunteer.meLinkHint')).toBe(volunteer.meLinkHint)
    expect(zh.get('planner.finder.title')).toBe(planner.finder.title)
  })

  it.each(LANGUAGE_INFO.filter((l) => l.code !== 'zh-CN').map((l) => [l.code, l] as const))(
    '%s: untranslated keys listed; none when reviewed; no unknown keys; same placeholders',
    (code, info) => {
      const missing = untranslatedKeys(code)
      const counts = new Map<string, number>()
      for (const key of missing) counts.set(key.split('.')[0]!, (counts.get(key.split('.')[0]!) ?? 0) + 1)
      const byNamespace = [...counts].map(([ns, n]) => `${ns} ${n}`)
      console.info(`${code}: ${missing.length} of ${zh.size} keys untranslated${missing.length ? ` (${byNamespace.join(', ')})` : ''}`)
      if (info.reviewed) expect(missing).toEqual([])

      const have = leaves(TRANSLATIONS[code]!.messages)
      expect([...have.keys()].filter((key) => !zh.has(key))).toEqual([])
      // A message with a form for one (`{n} result|{n} results`): the last form has every placeholder of the
      // Chinese, the first no other.
      const wrongParams = [...have]
        .filter(([key, text]) => {
          const want = placeholders(zh.get(key)!)
          const forms = text.split('|')
          return placeholders(forms.at(-1)!).join() !== want.join() || !placeholders(forms[0]!).every((p) => want.includes(p))
        })
        .map(([key]) => key)
      expect(wrongParams).toEqual([])
      // Only English nouns change after a number; two forms at most, and only where a count {n} picks one.
      const badForms = [...have]
        .filter(([key, text]) => text.includes('|') && (code !== 'en' || text.split('|').length !== 2 || !zh.get(key)!.includes('{n}')))
        .map(([key]) => key)
      expect(badForms).toEqual([])
    },
  )

  it('Chinese messages have one form: no `|` that would be read as a plural', () => {
    expect([...zh].filter(([, text]) => text.includes('|')).map(([key]) => key)).toEqual([])
  })

  it('ships twelve month and seven weekday names per language', () => {
    for (const { dates } of Object.values(TRANSLATIONS)) {
      expect(dates.months).toHaveLength(12)
      expect(dates.weekdays).toHaveLength(7)
      expect(dates.weekdaysShort).toHaveLength(7)
    }
  })
})
