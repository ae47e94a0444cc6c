/** "My region" as the home page uses it, and the venues known to be open this weekend there. */
import { computed } from 'vue'

import { useToday } from '@/composables/useToday'
import { weekendOpenings } from '@/shared/weekend'
import { useCatalogStore } from '@/stores/catalog'
import { useSettingsStore } from '@/stores/settings'

export function useHomeWeekend() {
  const catalog = useCatalogStore()
  const settings = useSettingsStore()
  const today = useToday()

  // "My region" scopes the page; a region id the content no longer has is treated as none chosen.
  const myRegion = computed(() => (settings.region && catalog.regionsById.has(settings.region) ? settings.region : undefined))
  const myRegionName = computed(() => (myRegion.value ? (catalog.regionNames[myRegion.value] ?? '') : ''))
  const venues = computed(() => catalog.catalog?.venues ?? [])
  const weekend = computed(() => weekendOpenings(venues.value, today.value, myRegion.value))
  // None known open in my region: still offer what is open elsewhere, saying so.
  const weekendElsewhere = computed(() => (myRegion.value && !weekend.value.length ? weekendOpenings(venues.value, today.value) : []))

  return { myRegion, myRegionName, weekend, weekendElsewhere }
}
