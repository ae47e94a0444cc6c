/** What 朗读 says on a venue page: its name, when it is open and where it is, in a few sentences. */
import { forSpeech } from '@/composables/useReadAloud'
import { t } from '@/i18n'
import { closedOn, describeHours, formatStatus, hoursStatus, parseHours } from '@/shared/hours'
import type { Venue } from '@/shared/types'

export function venueEssentials(venue: Venue, regionName: string, now: Date): string {
  const parsed = venue.hours.osm ? parseHours(venue.hours.osm) : null
  const hours = parsed
    ? `${formatStatus(hoursStatus(parsed, now, closedOn(venue.closures)))}，${describeHours(parsed).join('，')}`
    : t('map.venue.hoursUnknown')
  const place = venue.location.address || regionName
  return forSpeech(t('elder.readAloud.venue', { name: venue.name, hours, place }))
}
