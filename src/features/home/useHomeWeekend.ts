/** "My region" as the home page uses it, and the venues known to be open this weekend there. */
import { computed } from 'vue'

import { useNow } from '@/composables/useNow'
import { beijingDay } from '@/shared/time'
import { nextWeekendStart, weekendDays, weekendOpenings } from '@/shared/weekend'
import { useCatalogStore } from '@/stores/catalog'
import { useSettingsStore } from '@/stores/settings'

export function useHomeWeekend() {
  const catalog = useCatalogStore()
  const settings = useSettingsStore()
  // The minute matters: on Sunday evening the hours that have ended leave the list.
  const now = useNow()

  // "My region" scopes the page; a region id the content no longer has is treated as none chosen.
  const myRegion = computed(() => (settings.region && catalog.regionsById.has(settings.region) ? settings.region : undefined))
  const myRegionName = computed(() => (myRegion.value ? (catalog.regionNames[myRegion.value] ?? '') : ''))
  const venues = computed(() => catalog.catalog?.venues ?? [])
  const weekend = computed(() => weekendOpenings(venues.value, now.value, myRegion.value))
  // None known open in my region: still offer what is open elsewhere, saying so.
  const weekendElsewhere = computed(() => (myRegion.value && !weekend.value.length ? weekendOpenings(venues.value, now.value) : []))
  // This weekend's hours all behind (Sunday evening): next weekend's, with its dates, rather than "none published".
  // Only when they are behind: a weekend closed by notices (春节) said 本周末的开放时间已经过去 on Sunday morning.
  const nextStart = computed(() =>
    weekend.value.length || weekendElsewhere.value.length || weekendOpenings(venues.value, now.value, undefined, { closures: false }).length
      ? null
      : nextWeekendStart(now.value),
  )
  const weekendNext = computed(() => (nextStart.value ? weekendOpenings(venues.value, nextStart.value, myRegion.value) : []))
  const weekendNextDays = computed(() => (nextStart.value ? weekendDays(beijingDay(nextStart.value)) : []))

  return { myRegion, myRegionName, weekend, weekendElsewhere, weekendNext, weekendNextDays }
}
