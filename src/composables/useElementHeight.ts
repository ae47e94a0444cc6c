import { onScopeDispose, type Ref, type ShallowRef, shallowRef, watch } from 'vue'

/**
 * The height of an element (its border box), kept up to date while it is shown and 0 while it is not: for
 * what other parts of the page make room for (useFloatingSpace, the map's no-tiles notice and list sheet).
 */
export function useElementHeight(el: Readonly<Ref<HTMLElement | null | undefined>>): Readonly<ShallowRef<number>> {
  const height = shallowRef(0)
  const observer =
    typeof ResizeObserver === 'function' ? new ResizeObserver(([entry]) => (height.value = entry!.borderBoxSize[0]?.blockSize ?? 0)) : null
  watch(
    el,
    (node, _old, onCleanup) => {
      if (!node) return void (height.value = 0)
      // The observer reports the first size after layout, before paint; measuring here would force a layout.
      if (!observer) return void (height.value = node.getBoundingClientRect().height)
      observer.observe(node)
      onCleanup(() => observer.unobserve(node))
    },
    { immediate: true, flush: 'post' },
  )
  onScopeDispose(() => observer?.disconnect())
  return height
}
