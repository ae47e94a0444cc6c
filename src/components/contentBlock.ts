/**
 * The attributes of a block (a paragraph) that shows one content field: when the field has no translation
 * in the UI language, the Chinese original lays out left to right and aligns to its own start, not to the
 * right edge of a right-to-left page. Kept out of BaseContentText, which the first route carries.
 */
import { locale } from '@/i18n'
import type { Translations } from '@/shared/types'

/**
 * A content field as plain text (a list row, a button's name): the UI language's translation where the
 * record's file has one, else the Chinese original. The venue page shows the same (BaseContentText), so a
 * name tapped in a list opens a page with that name.
 */
export function contentText<F extends string>(record: Record<F, string> & { i18n?: Translations<F> }, field: F): string {
  const translated = locale.code === 'zh-CN' ? undefined : record.i18n?.[locale.code]?.[field]
  return typeof translated === 'string' ? translated : record[field]
}

export function contentBlockAttrs(translations: Partial<Record<string, object>> | undefined, field: string) {
  if (locale.code === 'zh-CN') return {}
  const translated = (translations?.[locale.code] as Record<string, unknown> | undefined)?.[field]
  return typeof translated === 'string' ? {} : { lang: 'zh-CN', dir: 'ltr' }
}
