import { contentText } from '@/components/contentBlock'
import type { Venue } from '@/shared/types'

/**
 * The venue's name in the reader's language where its content file translates it, as the venue page shows it
 * (the planner said 新疆科技馆 in English, Uyghur and Kazakh), else its Chinese name. Not for map searches and
 * addresses: the map apps search the Chinese name.
 */
export const venueName = (venue: Venue): string => contentText(venue, 'name')
