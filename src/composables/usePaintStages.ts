import { onMounted, readonly, type Ref, ref } from 'vue'

/**
 * Counts from 0 to `stages`: 1 once the browser has painted the component's first frame, then one more
 * per task. A page whose lower sections are built one per stage never holds the main thread for all of
 * them at once (a long task on a slow phone: input waits, Lighthouse counts it as blocking time).
 */
export function usePaintStages(stages: number): Readonly<Ref<number>> {
  const stage = ref(0)
  onMounted(() => {
    let started = false
    const next = () => {
      stage.value++
      if (stage.value < stages) setTimeout(next)
    }
    const start = () => {
      if (started) return
      started = true
      next()
    }
    // A frame callback runs just before its paint; the second one, and its timer, after the first frame
    // has been painted and shown.
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start)))
    // requestAnimationFrame does not run in a background tab; timers do.
    setTimeout(start, 500)
  })
  return readonly(stage)
}
