/**
 * The language codes and their text direction, apart from the dictionaries: the pre-paint script
 * (src/boot/prePaint.ts) needs these few lines and nothing else of src/i18n.
 */

/** The languages the app offers; zh-CN is the default and the fallback. */
export const LANGUAGES = ['zh-CN', 'ug', 'kk-Arab', 'en'] as const
export type LanguageCode = (typeof LANGUAGES)[number]
export const isLanguage = (v: unknown): v is LanguageCode => LANGUAGES.includes(v as LanguageCode)
/** Uyghur and Kazakh are written in Arabic script, right to left. */
export const dirOf = (code: LanguageCode): 'ltr' | 'rtl' => (code === 'ug' || code === 'kk-Arab' ? 'rtl' : 'ltr')
