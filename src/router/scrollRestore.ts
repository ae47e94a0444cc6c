/**
 * Back and forward restore the page's scroll position. Pages that build their lower parts after the first
 * frame (usePaintStages) were too short when the router restored it: going back to /targets from a plan
 * opened far down the page landed near its top. Such a page holds the restore until its parts are built,
 * and lays everything out while it waits (no `content-visibility` estimates: the position is measured in
 * real heights). On the first route: kept small, its JavaScript budget is nearly full.
 */
import { ref } from 'vue'

type Position = { left: number; top: number }

/** True from a back or forward navigation until its scroll position has been restored. Read only. */
export const restoringScroll = ref(false)

/**
 * Pages with parts built after their first frame push a promise here: the next restore waits for them (and
 * then empties the list). A page settles its promise when it is built or left, and a settled promise leaves
 * the list: a hold of a page left while loading must not delay the next restore. An array, not a function:
 * this module is on the first route.
 */
export const scrollHolds: Promise<unknown>[] = []

/** The router's scrollBehavior for a saved position: resolves with it once the page has been built. */
export function restoreScroll(saved: Position): Promise<Position> {
  restoringScroll.value = true
  // At most 2 s: a page whose data never comes (offline, an error) still gets its position. The holds end
  // frames after the re-render this flag asks for, so the page is laid out without estimates by then.
  return Promise.race([Promise.all(scrollHolds), new Promise((resolve) => setTimeout(resolve, 2000))]).then(() => {
    scrollHolds.length = 0
    // After the router has scrolled (it does so when this promise resolves).
    setTimeout(() => (restoringScroll.value = false))
    return saved
  })
}
