/** What 朗读 says on an event page: its title, a status worth hearing, when (Beijing time) and where. */
import { forSpeech } from '@/composables/useReadAloud'
import { t } from '@/i18n'
import { formatDateRange } from '@/shared/eventFormat'
import type { EventItem } from '@/shared/types'

import { timeOfDay } from './eventTime'

export function eventEssentials(event: EventItem, place: string): string {
  // Confirmed needs no word; cancelled, changed and expected dates must be heard before the date.
  const status = event.status === 'confirmed' ? '' : `${t(`event.status.${event.status}`)}。`
  const time = timeOfDay(event)
  const when = `${formatDateRange(event, { withYear: true })}${time ? `，${time}` : ''}`
  return forSpeech(t('elder.readAloud.event', { title: event.title, status, when, place }))
}
