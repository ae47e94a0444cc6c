/** Great-circle distances for the 附近 lists, and how a distance is written in the reader's language. */
import { dateWords, fillDate, ltr } from './time'
import type { LatLng } from './types'

const EARTH_RADIUS_KM = 6371.0088

/** Haversine distance in kilometres. */
export function distanceKm(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLng = (b.lng - a.lng) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** The number stays left to right inside right-to-left text. */
const kilometres = (n: string) => fillDate(dateWords.km, { n: ltr(n) })

/** `0.8 公里`, `12 公里`, `1,230 公里` (`12 km` in English): one decimal below 10 km, whole kilometres above. */
export function formatKm(km: number): string {
  if (km < 10) return kilometres(Math.max(0.1, Math.round(km * 10) / 10).toFixed(1))
  return kilometres(Math.round(km).toLocaleString('en-US'))
}

/** Items sorted by distance from `origin`, each with its distance. Stable for equal distances. */
export function sortByDistance<T>(items: T[], origin: LatLng, at: (item: T) => LatLng): { item: T; km: number }[] {
  return items
    .map((item, i) => ({ item, km: distanceKm(origin, at(item)), i }))
    .sort((a, b) => a.km - b.km || a.i - b.i)
    .map(({ item, km }) => ({ item, km }))
}

/** Whole kilometres for an area, never finer than the point is known. */
export const formatAreaKm = (km: number) => kilometres(Math.max(1, Math.round(km)).toLocaleString('en-US'))

/**
 * The 附近 order: every venue by its distance, but venues without an exact point are placed by their
 * area's distance and, within an area, by name — never as if their shared point told them apart.
 */
export function sortNearby<T extends { name: string; location: LatLng & { precision: string } }>(
  items: T[],
  origin: LatLng,
): { item: T; km: number }[] {
  return items
    .map((item) => ({ item, km: distanceKm(origin, item.location), exact: item.location.precision === 'exact' }))
    .sort((a, b) => {
      const ka = a.exact ? a.km : Math.round(a.km)
      const kb = b.exact ? b.km : Math.round(b.km)
      if (ka !== kb) return ka - kb
      if (a.exact !== b.exact) return a.exact ? -1 : 1
      return a.item.name.localeCompare(b.item.name, 'zh-CN')
    })
    .map(({ item, km }) => ({ item, km }))
}
