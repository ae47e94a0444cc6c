/**
 * 附近 on the map page: ask for the position when the link or the button turns it on, and take the
 * nearest region as "my region" when 附近 is the first thing the user tells us.
 */
import { computed, type Ref, ref, watch } from 'vue'

import { distanceKm } from '@/shared/distance'
import type { Region } from '@/shared/types'
import { useSettingsStore } from '@/stores/settings'

import { useNearMe } from './useNearMe'

export interface UseMapNearbyOptions {
  /** 附近 is on (`?near=1`). */
  near: Ref<boolean>
  regions: Ref<Region[]>
  /** Called when 附近 turns on, to open the list the nearest venues go to. */
  onNear: () => void
}

/** A region centre this close to the user is "my region" when 附近 is the first thing they tell us. */
const REGION_FROM_POSITION_KM = 150

export function useMapNearby({ near, regions, onNear }: UseMapNearbyOptions) {
  const settings = useSettingsStore()
  // The home page links to /map?near=1, a user action, so the permission prompt may follow at once.
  const nearMe = useNearMe()
  watch(
    near,
    (on) => {
      // Asked again after a refusal too: the reader may have allowed it in the browser's settings since (a
      // refusal still in force answers at once, with no prompt).
      if (on && nearMe.state.value !== 'locating' && nearMe.state.value !== 'ready') nearMe.request()
      if (on) onNear()
    },
    { immediate: true },
  )
  const userPosition = computed(() => (near.value ? nearMe.position.value : null))

  /** The short name of the region 附近 has just made "my region" ('' otherwise). */
  const regionTaken = ref('')
  watch(
    () => nearMe.position.value,
    (position) => {
      // Only when the user has neither chosen a region nor declined the question.
      if (!position || settings.region || settings.regionAsked) return
      const nearest = regions.value.map((region) => ({ region, km: distanceKm(position, region.center) })).sort((a, b) => a.km - b.km)[0]
      if (!nearest || nearest.km > REGION_FROM_POSITION_KM) return
      settings.setRegion(nearest.region.id)
      regionTaken.value = nearest.region.shortName
    },
  )

  return { state: nearMe.state, userPosition, regionTaken }
}
