/**
 * The attributes of a block (a paragraph) that shows one content field: when the field has no translation
 * in the UI language, the Chinese original lays out left to right and aligns to its own start, not to the
 * right edge of a right-to-left page. Kept out of BaseContentText, which the first route carries.
 */
import { locale } from '@/i18n'
import type { Translations } from '@/shared/types'

/** A record's translation of one field into the UI language, if its content file has one (none in Chinese). */
function translation(translations: Partial<Record<string, object>> | undefined, field: string): string | undefined {
  if (locale.code === 'zh-CN') return undefined
  const value = (translations?.[locale.code] as Record<string, unknown> | undefined)?.[field]
  return typeof value === 'string' ? value : undefined
}

/**
 * A content field as plain text (a list row, a button's name): the UI language's translation where the
 * record's file has one, else the Chinese original. The venue page shows the same (BaseContentText), so a
 * name tapped in a list opens a page with that name.
 */
export function contentText<F extends string>(record: Record<F, string> & { i18n?: Translations<F> }, field: F): string {
  return translation(record.i18n, field) ?? record[field]
}

export function contentBlockAttrs(translations: Partial<Record<string, object>> | undefined, field: string) {
  if (locale.code === 'zh-CN' || translation(translations, field) !== undefined) return {}
  return { lang: 'zh-CN', dir: 'ltr' }
}
