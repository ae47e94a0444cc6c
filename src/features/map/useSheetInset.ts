/** How much of the map the sheet covers on phones (0 beside the map on wide screens), kept up to date. */
import { computed, shallowRef } from 'vue'

import { useElementHeight } from '@/composables/useElementHeight'
import { useMediaQuery } from '@/composables/useMediaQuery'

export function useSheetInset() {
  const sheetRef = shallowRef<{ $el: HTMLElement } | null>(null)
  const sheet = computed(() => sheetRef.value?.$el)
  const height = useElementHeight(sheet)
  // From MapStage's 56rem the sheet stands beside the map (positioned absolutely there too, so its position
  // said nothing): it covers none of it. Taken for the map's whole height, it shrank the legend to 3rem and
  // the space the map fits its venues into to nothing.
  const wide = useMediaQuery('(min-width: 56rem)')
  const sheetInset = computed(() => (height.value && sheet.value && !wide.value ? height.value : 0))
  return { sheetRef, sheetInset }
}
