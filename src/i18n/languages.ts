/**
 * The language menu: each language's own name, and whether a native speaker has reviewed its text.
 * `reviewed: false` shows "未经审校 / not yet reviewed" in the menu and lets the missing-keys test pass
 * with keys left out; set it to true only after a review, and the test then requires every key
 * (tests/unit/i18n/missingKeys.test.ts). Loaded with /me and the first-visit offer, never on the Chinese first route.
 */
import type { LanguageCode } from '.'

export interface LanguageInfo {
  code: LanguageCode
  /** The language's name in itself. */
  name: string
  reviewed: boolean
  /** "Not yet reviewed", in the language itself. */
  unreviewed: string
  /** The first-visit offer, in the language itself, so a reader of it understands it. */
  offer: string
  accept: string
  dismiss: string
}

export const LANGUAGE_INFO: readonly LanguageInfo[] = [
  { code: 'zh-CN', name: '中文', reviewed: true, unreviewed: '', offer: '', accept: '', dismiss: '' },
  {
    code: 'ug',
    name: 'ئۇيغۇرچە',
    reviewed: false,
    unreviewed: 'تەكشۈرۈلمىگەن',
    offer: 'بۇ ئەپنى ئۇيغۇرچە كۆرسىتەمدۇ؟',
    accept: 'ئۇيغۇرچە',
    dismiss: 'ياق',
  },
  {
    code: 'kk-Arab',
    name: 'قازاقشا',
    reviewed: false,
    unreviewed: 'تەكسەرىلمەگەن',
    offer: 'قولدانبانى قازاقشا كورسەتەيىن بە؟',
    accept: 'قازاقشا',
    dismiss: 'جوق',
  },
  {
    code: 'en',
    name: 'English',
    reviewed: false,
    unreviewed: 'not yet reviewed',
    offer: 'Show this app in English?',
    accept: 'English',
    dismiss: 'No',
  },
]

/** The language a browser prefers among ours (navigator.languages order), or null for Chinese or none. */
export function preferredLanguage(languages: readonly string[]): Exclude<LanguageCode, 'zh-CN'> | null {
  for (const tag of languages.map((l) => l.toLowerCase())) {
    if (tag.startsWith('zh')) return null
    if (tag === 'ug' || tag.startsWith('ug-')) return 'ug'
    // Kazakh in Xinjiang is written in the Arabic script; Cyrillic Kazakh readers still read it more easily than Chinese.
    if (tag === 'kk' || tag.startsWith('kk-')) return 'kk-Arab'
    if (tag === 'en' || tag.startsWith('en-')) return 'en'
  }
  return null
}
