/**
 * Starts the app after the browser has painted the static shell (inlined in place of the entry's
 * <script>). A module script that is already downloaded runs straight after parsing, before any paint, so
 * on a slow phone the shell would never be seen: the screen stayed blank for the ~150 ms (at 4× CPU
 * slowdown) the entry takes to run. The entry is still fetched at once (a modulepreload beside this).
 * requestAnimationFrame does not fire in a background tab, so a timer starts the app there.
 */
import { AGENDA_PREVIEW_ID } from '../shared/agendaHead'
import { hintAgendaShards } from './shardHints'

/** How long the app waits for a preview drawn in the shell (the map's tiles, the agenda's first day), at most. */
const HOLD_FOR_PREVIEW_MS = 300

export interface StartOptions {
  /** The hashed entry chunk, e.g. /assets/index-Ab1.js. */
  entry: string
  /** Shown in the loading line when the entry cannot load (offline on a first visit, a broken download). */
  bootFailed: string
  /** Shown instead when the browser cannot read the app's code (an old engine): no network would help. */
  oldBrowser: string
}

declare global {
  interface Window {
    /** Set as this script starts: index.html's last check (OLD_BROWSER_CHECK) tells an engine that never ran it. */
    __kpxjStart?: true
  }
}

export default function start({ entry, bootFailed, oldBrowser }: StartOptions): void {
  window.__kpxjStart = true
  let started = false
  const go = () => {
    if (started) return
    started = true
    hintAgendaShards()
    import(/* @vite-ignore */ entry).catch((error: unknown) => {
      // The agenda's day drawn over the page (agendaPreview.ts), now or when its file comes, would read as if the
      // calendar had come.
      window.__kpxjBootFailed = true
      document.getElementById(AGENDA_PREVIEW_ID)?.remove()
      const line = document.querySelector('#app .loading')
      // A download that failed rejects with a TypeError; code the engine cannot parse, with a SyntaxError.
      if (line) line.textContent = error instanceof SyntaxError ? oldBrowser : bootFailed
    })
  }
  // What index.html drew (the map's opening tiles, the agenda's first day) is painted first, 300 ms at most:
  // the app's start is one long task on a slow phone, and its mount replaces the shell, tiles and all. The second frame
  // callback comes after the frame that painted them has been shown, as MapStage's `settle` counts it.
  const drawn = window.__kpxjBootDrawn
  const held = drawn ? Promise.race([drawn, new Promise((done) => setTimeout(done, HOLD_FOR_PREVIEW_MS))]) : null
  const afterPaint = () => requestAnimationFrame(() => setTimeout(go))
  if (held) void held.then(() => requestAnimationFrame(afterPaint))
  else afterPaint()
  setTimeout(go, 200 + (drawn ? HOLD_FOR_PREVIEW_MS : 0))
}
