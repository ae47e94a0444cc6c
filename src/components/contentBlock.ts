/**
 * The attributes of a block (a paragraph) that shows one content field: when the field has no translation
 * in the UI language, the Chinese original lays out left to right and aligns to its own start, not to the
 * right edge of a right-to-left page. Kept out of BaseContentText, which the first route carries.
 */
import { locale } from '@/i18n'

export function contentBlockAttrs(translations: Partial<Record<string, object>> | undefined, field: string) {
  if (locale.code === 'zh-CN') return {}
  const translated = (translations?.[locale.code] as Record<string, unknown> | undefined)?.[field]
  return typeof translated === 'string' ? {} : { lang: 'zh-CN', dir: 'ltr' }
}
