/**
 * Venues that share one approximate point (the city centre the plans leave us with) are shown as one
 * marker, "昌吉市区 · 9 个场馆", that opens a list — a stack of pins would suggest nine known places.
 */
import { type MessagePart, t, tParts } from '@/i18n'
import type { Region, Venue } from '@/shared/types'

export interface SharedPoint {
  key: string
  lat: number
  lng: number
  /** e.g. 昌吉市区, 新星一带 (for attributes: a marker's title) */
  area: string
  /** The same, its Chinese place name apart (for text: see BaseMessage) */
  areaParts: MessagePart[]
  venues: Venue[]
}

/** The area name for a venue that is not placed exactly: 市区 for a city centre, 一带 otherwise. */
export function areaName(venue: Venue, region: Pick<Region, 'shortName'> | undefined): string {
  return t(areaKey(venue), { name: region?.shortName ?? venue.region })
}

/** areaName in pieces, the place name marked Chinese: "⁨昌吉⁩ شەھەر مەركىزى" in Uyghur. */
export function areaParts(venue: Venue, region: Pick<Region, 'shortName'> | undefined): MessagePart[] {
  return tParts(areaKey(venue), { name: region?.shortName ?? venue.region }, ['name'])
}

const areaKey = (venue: Venue) => (venue.location.precision === 'city-centre' ? 'map.area.cityCentre' : 'map.area.around')

/** Split venues into those drawn alone and groups of two or more sharing an approximate point. */
export function groupSharedPoints(venues: Venue[], regionsById: Map<string, Region>): { singles: Venue[]; groups: SharedPoint[] } {
  const byPoint = new Map<string, Venue[]>()
  const singles: Venue[] = []
  for (const venue of venues) {
    if (venue.location.precision === 'exact') {
      singles.push(venue)
      continue
    }
    const key = `${venue.location.lat},${venue.location.lng}`
    const list = byPoint.get(key)
    if (list) list.push(venue)
    else byPoint.set(key, [venue])
  }
  const groups: SharedPoint[] = []
  for (const [key, list] of byPoint) {
    if (list.length === 1) {
      singles.push(list[0]!)
      continue
    }
    const first = list[0]!
    groups.push({
      key,
      lat: first.location.lat,
      lng: first.location.lng,
      area: areaName(first, regionsById.get(first.region)),
      areaParts: areaParts(first, regionsById.get(first.region)),
      venues: list,
    })
  }
  return { singles, groups }
}
