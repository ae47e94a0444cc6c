import { onScopeDispose, type Ref, watch } from 'vue'

import { useElementHeight } from './useElementHeight'

/**
 * Room at the end of the page for a bar floating over it (the language offer, the update prompt): while the
 * bar is shown, `--floating-space` on the root holds its height, and the shell adds it to the page's bottom
 * padding (src/styles/shell.css). Without it the last controls of a page — the map's 展开列表 on a
 * 360×640 phone — sat under the bar and could not be scrolled clear of it until the bar was answered.
 * Only the scroll length changes: nothing on screen moves when the bar comes or goes.
 */
const heights = new Map<symbol, number>()
const GAP_PX = 12

function apply() {
  const tallest = Math.max(0, ...heights.values())
  const root = document.documentElement.style
  if (tallest > 0) root.setProperty('--floating-space', `${Math.ceil(tallest) + GAP_PX}px`)
  else root.removeProperty('--floating-space')
}

export function useFloatingSpace(el: Readonly<Ref<HTMLElement | null | undefined>>) {
  const key = Symbol('floating bar')
  function set(height: number) {
    if (height) heights.set(key, height)
    else heights.delete(key)
    apply()
  }
  watch(useElementHeight(el), set, { immediate: true })
  onScopeDispose(() => set(0))
}
