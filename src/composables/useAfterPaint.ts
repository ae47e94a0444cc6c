import { onMounted, readonly, type Ref, ref } from 'vue'

/**
 * True once the browser has painted the component's first frame. For heavy work that must not hold up
 * what the user sees first (Leaflet on the map page): a lazy chunk requested during mount is downloaded
 * and run before the page's text is painted on a slow phone.
 */
export function useAfterPaint(): Readonly<Ref<boolean>> {
  const painted = ref(false)
  onMounted(() => {
    const done = () => (painted.value = true)
    // A frame callback runs just before its paint; the second one, and its timer, after the first frame
    // has been painted and shown.
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))
    // requestAnimationFrame does not run in a background tab.
    setTimeout(done, 500)
  })
  return readonly(painted)
}
