/**
 * The map page's state in the URL — filters, 附近, the chosen venue — so a filtered map can be shared
 * and a link `/map?venue=<id>` opens on that venue.
 */
import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'

import { useCatalogStore } from '@/stores/catalog'

import { filtersToQuery, invalidOpenDate, type MapFilters, parseFilters } from './filters'

export function useMapQuery() {
  const route = useRoute()
  const router = useRouter()
  const catalog = useCatalogStore()

  const filters = computed<MapFilters>({
    get: () => parseFilters(route.query),
    set: (value) => void router.replace({ query: filtersToQuery(value, route.query) }),
  })
  const invalidOpen = computed(() => invalidOpenDate(route.query))
  const near = computed(() => route.query.near === '1')
  const selectedId = computed(() => (typeof route.query.venue === 'string' ? route.query.venue : null))
  const selected = computed(() => (selectedId.value ? catalog.venuesById.get(selectedId.value) : undefined))

  function select(id: string | null) {
    void router.replace({ query: { ...route.query, venue: id ?? undefined } })
  }
  function toggleNear() {
    void router.replace({ query: { ...route.query, near: near.value ? undefined : '1' } })
  }
  /** The fallback when the position is refused: a region filter instead of 附近. */
  function chooseRegion(id: string) {
    void router.replace({ query: { ...filtersToQuery({ ...filters.value, region: id }, route.query), near: undefined } })
  }

  return { filters, invalidOpen, near, selectedId, selected, select, toggleNear, chooseRegion }
}

export type MapQuery = ReturnType<typeof useMapQuery>
