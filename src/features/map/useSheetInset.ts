/** How much of the map the sheet covers on phones (0 beside the map on wide screens), kept up to date. */
import { onScopeDispose, ref, shallowRef, watch } from 'vue'

export function useSheetInset() {
  const sheetRef = shallowRef<{ $el: HTMLElement } | null>(null)
  const sheetInset = ref(0)
  const resizeObserver = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => measureSheet())
  function measureSheet() {
    const el = sheetRef.value?.$el
    sheetInset.value = el && getComputedStyle(el).position === 'absolute' ? el.offsetHeight : 0
  }
  watch(sheetRef, (sheet, old) => {
    if (old) resizeObserver?.unobserve(old.$el)
    if (sheet) resizeObserver?.observe(sheet.$el)
    // The observer reports the first size after layout; measuring here would force an extra layout.
    if (!resizeObserver) measureSheet()
  })
  onScopeDispose(() => resizeObserver?.disconnect())

  return { sheetRef, sheetInset }
}
