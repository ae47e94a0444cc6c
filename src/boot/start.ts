/**
 * Starts the app after the browser has painted the static shell (inlined in place of the entry's
 * <script>). A module script that is already downloaded runs straight after parsing, before any paint, so
 * on a slow phone the shell would never be seen: the screen stayed blank for the ~150 ms (at 4× CPU
 * slowdown) the entry takes to run. The entry is still fetched at once (a modulepreload beside this).
 * requestAnimationFrame does not fire in a background tab, so a timer starts the app there.
 */
import { hintAgendaShards } from './shardHints'

export interface StartOptions {
  /** The hashed entry chunk, e.g. /assets/index-Ab1.js. */
  entry: string
  /** Shown in the loading line when the entry cannot load (offline on a first visit, a broken download). */
  bootFailed: string
}

export default function start({ entry, bootFailed }: StartOptions): void {
  let started = false
  const go = () => {
    if (started) return
    started = true
    hintAgendaShards()
    import(/* @vite-ignore */ entry).catch(() => {
      const line = document.querySelector('#app .loading')
      if (line) line.textContent = bootFailed
    })
  }
  requestAnimationFrame(() => setTimeout(go))
  setTimeout(go, 200)
}
