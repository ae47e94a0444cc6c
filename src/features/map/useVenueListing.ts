/**
 * The venues the map page lists: filtered, nearest first when 附近 has a position, else those in view,
 * a page at a time; with the sheet's heading and the chosen venue's card.
 */
import { computed, onScopeDispose, type Ref, ref, watch } from 'vue'

import { contentBlockAttrs, contentText } from '@/components/contentBlock'
import { useNow } from '@/composables/useNow'
import { type MessagePart, t, term, tParts } from '@/i18n'
import { formatAreaKm, formatKm, sortNearby } from '@/shared/distance'
import { formatStatus, venueHoursStatus } from '@/shared/hours'
import { inParens } from '@/shared/time'
import type { LatLng, Venue } from '@/shared/types'
import { useCatalogStore } from '@/stores/catalog'

import { activeFilterCount, type MapFilters, matchesFilters } from './filters'
import { areaParts } from './groups'
import { type BoundsBox, boundsContain } from './types'
import type { SheetRow } from './VenueMapSheet.vue'

export interface UseVenueListingOptions {
  filters: Ref<MapFilters>
  /** The user's position while 附近 is on. */
  userPosition: Ref<LatLng | null>
  /** The part of the map on screen; null before the map has drawn. */
  bounds: Ref<BoundsBox | null>
  selected: Ref<Venue | undefined>
  /** This month's events per venue id. */
  eventsPerVenue: Ref<Map<string, number>>
  /** Whether the list is on screen (opened on a phone, beside the map on a wide screen): rows are built then. */
  listOpen: Ref<boolean>
}

/** Long lists render a page at a time: thousands of rows would stall a cheap phone. */
const PAGE = 50
/** Rows built in the task that opens the list: more than an opened sheet shows on a tall phone. */
const FIRST_ROWS = 10

export function useVenueListing({ filters, userPosition, bounds, selected, eventsPerVenue, listOpen }: UseVenueListingOptions) {
  const catalog = useCatalogStore()
  const now = useNow()
  const venues = computed(() => catalog.catalog?.venues ?? [])

  /** The clock only matters to "open now": reading it otherwise would refilter every minute. */
  const filterContext = computed(() => ({
    now: filters.value.open === 'now' ? now.value : new Date(0),
    venuesWithEvents: new Set(eventsPerVenue.value.keys()),
  }))
  const filtered = computed(() => {
    const context = filterContext.value
    return venues.value.filter((v) => matchesFilters(v, filters.value, context))
  })
  /** With an opening-time filter, venues that publish no hours are left out: say how many. */
  const hoursUnknownCount = computed(() =>
    filters.value.open
      ? venues.value.filter((v) => !v.hours.osm && matchesFilters(v, { ...filters.value, open: null }, filterContext.value)).length
      : 0,
  )

  const byDistance = computed(() => (userPosition.value ? sortNearby(filtered.value, userPosition.value) : null))
  /** "距你约 1.2 公里" for an exact point; "在昌吉市区，约 2 公里" when only the area is known. */
  function distanceLabel(venue: Venue, km: number): MessagePart[] {
    if (venue.location.precision === 'exact') return [{ text: t('map.near.distance', { d: formatKm(km) }) }]
    const area = areaParts(venue, catalog.regionsById.get(venue.region))
    return tParts('map.near.areaDistance', { area, d: formatAreaKm(km) }, [])
  }
  const inView = computed(() => (bounds.value ? filtered.value.filter((v) => boundsContain(bounds.value!, v.location)) : filtered.value))

  function row(venue: Venue, km?: number): SheetRow {
    const status = venueHoursStatus(venue, now.value)
    return {
      id: venue.id,
      name: contentText(venue, 'name'),
      nameLang: contentBlockAttrs(venue.i18n, 'name').lang,
      region: catalog.regionNames[venue.region] ?? venue.region,
      kind: term(venue.kind),
      status: formatStatus(status),
      statusState: status.state,
      distance: km === undefined ? undefined : distanceLabel(venue, km),
    }
  }
  const limit = ref(PAGE)
  watch([filtered, bounds, userPosition], () => (limit.value = PAGE))
  const more = () => (limit.value += PAGE)
  const listed = computed(() => byDistance.value ?? inView.value.map((item) => ({ item, km: undefined })))
  // A folded list builds no rows (up to 50, each with its opening hours worked out): not with the page,
  // whose first render they lengthened, nor again each time the map moves or the minute changes behind it.
  // Opened, it builds what fills the sheet at once and the rest after that frame is painted: all 50 in
  // the tap's own task kept its next paint waiting ~210 ms at 4× CPU (bench:interactions).
  const built = ref(0)
  let frame = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  const cancel = () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
  watch(
    listOpen,
    (open) => {
      cancel()
      built.value = open ? FIRST_ROWS : 0
      if (open) frame = requestAnimationFrame(() => (timer = setTimeout(() => (built.value = Infinity))))
    },
    { immediate: true },
  )
  onScopeDispose(cancel)
  const rows = computed(() =>
    built.value ? listed.value.slice(0, Math.min(limit.value, built.value)).map((d) => row(d.item, d.km)) : null,
  )

  /** What the sheet shows: plain display data. */
  const sheet = computed(() => ({
    rows: rows.value,
    // Every venue in view (the map as it opens): one count, not "16 in view (16 in all)", which took four
    // lines beside 展开列表 in Uyghur 长辈模式 on a 360 px phone.
    heading: byDistance.value
      ? t('map.sheet.nearest')
      : inView.value.length < filtered.value.length
        ? t('map.sheet.inView', { n: inView.value.length }) + inParens(t('map.sheet.total', { n: filtered.value.length }))
        : t(activeFilterCount(filters.value) ? 'map.sheet.matching' : 'map.sheet.all', { n: filtered.value.length }),
    emptyText: filtered.value.length ? t('map.sheet.emptyInView') : t('map.sheet.empty'),
    showAllButton: !byDistance.value && inView.value.length < filtered.value.length,
    moreCount: Math.max(0, listed.value.length - limit.value),
  }))

  /** The chosen venue's card, with its distance while 附近 is on. */
  const card = computed(() => {
    const venue = selected.value
    if (!venue) return null
    const found = byDistance.value?.find((d) => d.item.id === venue.id)
    return {
      venue,
      regionName: catalog.regionNames[venue.region] ?? venue.region,
      status: venueHoursStatus(venue, now.value),
      distance: found ? distanceLabel(found.item, found.km) : null,
      eventsThisMonth: eventsPerVenue.value.get(venue.id) ?? 0,
    }
  })

  return { filtered, hoursUnknownCount, byDistance, sheet, more, card }
}
