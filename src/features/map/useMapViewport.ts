/**
 * Where the map looks without the user panning it: on the venue a shared link names, on "my region"
 * at first, on the user and the nearest venues when 附近 finds a position.
 */
import { computed, type Ref, watch } from 'vue'

import type { LatLng, Venue } from '@/shared/types'
import { useCatalogStore } from '@/stores/catalog'
import { useSettingsStore } from '@/stores/settings'

import type { MapFilters } from './filters'

/** What the view may ask of the drawn map (VenueMap's exposed methods). */
export interface MapHandle {
  focus: (venueId: string) => void
  fitPoints: (points: LatLng[]) => void
}

export interface UseMapViewportOptions {
  map: Readonly<Ref<MapHandle | null>>
  userPosition: Ref<LatLng | null>
  /** Venues nearest first while 附近 has a position. */
  byDistance: Ref<{ item: Venue }[] | null>
  selectedId: Ref<string | null>
  near: Ref<boolean>
  filters: Ref<MapFilters>
}

// Two frames: the sheet has opened and been measured, so the points land in the part of the map left visible.
const afterLayout = (fn: () => void) => requestAnimationFrame(() => requestAnimationFrame(fn))

export function useMapViewport({ map, userPosition, byDistance, selectedId, near, filters }: UseMapViewportOptions) {
  const catalog = useCatalogStore()
  const settings = useSettingsStore()

  // Fit the map once per new position (not on every list change, which would undo the user's panning).
  watch([userPosition, map], ([position, m]) => {
    if (!position || !m) return
    afterLayout(() => {
      if (byDistance.value) m.fitPoints([position, ...byDistance.value.slice(0, 2).map((d) => d.item.location)])
    })
  })

  // My region: the first view shows it, unless the link asks for a venue, 附近 or a region filter.
  const myRegion = computed(() => {
    const region = settings.region ? catalog.regionsById.get(settings.region) : undefined
    return region && !selectedId.value && !near.value && !filters.value.region ? region : undefined
  })
  let firstViewDone = false
  watch(
    [map, () => catalog.catalog],
    ([m]) => {
      if (!m || firstViewDone) return
      firstViewDone = true
      const region = myRegion.value
      if (!region) return
      const venues = catalog.catalog?.venues ?? []
      const points = [region.center, ...venues.filter((v) => v.region === region.id).map((v) => v.location)]
      afterLayout(() => m.fitPoints(points))
    },
    { flush: 'post' },
  )

  // A shared link `/map?venue=<id>` (e.g. from the venue page) opens on that venue: after the opening view.
  let focusedFromUrl = false
  watch(
    [map, selectedId],
    ([m, id]) => {
      if (m && id && !focusedFromUrl) {
        focusedFromUrl = true
        m.focus(id)
      }
    },
    { flush: 'post' },
  )

  /** The map's first view is the one that fits its venues (not 附近's, not my region's). */
  return { opensOnVenues: computed(() => !near.value && !myRegion.value) }
}
