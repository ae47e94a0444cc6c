import { locale } from '@/i18n'
import type { Venue } from '@/shared/types'

/**
 * The venue's name in the reader's language where its content file translates it, as the venue page shows it
 * (the planner said 新疆科技馆 in English, Uyghur and Kazakh), else its Chinese name. Not for map searches and
 * addresses: the map apps search the Chinese name.
 */
export function venueName(venue: Venue): string {
  if (locale.code === 'zh-CN') return venue.name
  const own = venue.i18n?.[locale.code as keyof NonNullable<Venue['i18n']>]?.name
  return typeof own === 'string' && own ? own : venue.name
}
