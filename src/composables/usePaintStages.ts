import { onMounted, onUnmounted, readonly, type Ref, ref, watch } from 'vue'

import { scrollHolds } from '@/router/scrollRestore'

/**
 * Counts from 0 to `stages`: 1 once the browser has painted a frame of the component with `ready()` true
 * (its data arrived), then one more per task. A page whose lower parts are built one per stage never holds
 * the main thread for all of them at once (a long task on a slow phone: input waits, Lighthouse counts it
 * as blocking time). Back and forward wait for the last stage before they restore the scroll position.
 */
export function usePaintStages(stages: number, ready: () => boolean = () => true): Readonly<Ref<number>> {
  const stage = ref(0)
  let built!: () => void
  const hold = new Promise<void>((resolve) => (built = resolve))
  scrollHolds.push(hold)
  // Settled, it holds nothing back: out of the list, which otherwise grew by one per visit until a restore.
  void hold.then(() => {
    const at = scrollHolds.indexOf(hold)
    if (at >= 0) void scrollHolds.splice(at, 1)
  })
  onUnmounted(() => built())
  let started = false
  const next = () => {
    stage.value++
    if (stage.value < stages) setTimeout(next)
    else built()
  }
  const start = () => {
    if (started) return
    started = true
    next()
  }
  let scheduled = false
  onMounted(() => {
    watch(
      ready,
      (isReady) => {
        if (!isReady || scheduled) return
        scheduled = true
        // A frame callback runs just before its paint; the second one, and its timer, after that frame
        // has been painted and shown.
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start)))
        // requestAnimationFrame does not run in a background tab; timers do.
        setTimeout(start, 500)
      },
      { immediate: true, flush: 'post' },
    )
  })
  return readonly(stage)
}
