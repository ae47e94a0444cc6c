/** How much of the map the sheet covers on phones (0 beside the map on wide screens), kept up to date. */
import { computed, shallowRef } from 'vue'

import { useElementHeight } from '@/composables/useElementHeight'

export function useSheetInset() {
  const sheetRef = shallowRef<{ $el: HTMLElement } | null>(null)
  const sheet = computed(() => sheetRef.value?.$el)
  const height = useElementHeight(sheet)
  // Read again whenever the sheet's height changes, which it does when the layout switches at the breakpoint.
  const sheetInset = computed(() =>
    height.value && sheet.value && getComputedStyle(sheet.value).position === 'absolute' ? height.value : 0,
  )
  return { sheetRef, sheetInset }
}
