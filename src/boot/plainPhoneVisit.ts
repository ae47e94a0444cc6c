/**
 * Whether this is a phone's plain visit, whose first screen's layout is known before any app code runs: a
 * phone held upright (by touch; no scroll bar taking width), no query or hash (filters, a day, a view change
 * the page), Chinese at the standard size (prePaint has applied a saved 长辈模式 and language; a phone's own
 * larger text moves everything too), no saved region (the pages open on it) and no WeChat hint above the page
 * (its height depends on how its text wraps). index.html's previews draw only then (mapPreview, agendaPreview).
 * Runs in <head> before the stylesheet: the window's size costs no layout yet, and the font size read is the
 * browser's own.
 */
import { SETTINGS_MIRROR_KEY, WECHAT_HINT_DISMISSED_KEY } from '../shared/constants'
import { isWeChat } from '../shared/environment'

declare global {
  interface Window {
    /**
     * Settles once what a preview drew into the shell can be painted, or has failed: the map's opening tiles
     * (mapPreview.ts), the agenda's first day (agendaPreview.ts). start.ts starts the app after that frame.
     */
    __kpxjBootDrawn?: Promise<unknown>
    /** Set by start.ts when the app's code cannot load: nothing drawn later should suggest the page is coming. */
    __kpxjBootFailed?: true
  }
}

export function plainPhoneVisit(path: string, fontSize: number): boolean {
  if (location.pathname !== path || location.search || location.hash) return false
  if (!(innerWidth >= 360 && innerWidth <= 480 && innerHeight >= 600 && matchMedia('(pointer: coarse)').matches)) return false
  const html = document.documentElement
  if ('elder' in html.dataset || html.lang !== 'zh-CN') return false
  if (getComputedStyle(html).fontSize !== `${fontSize}px`) return false
  try {
    if ((JSON.parse(localStorage.getItem(SETTINGS_MIRROR_KEY) || '{}') as { region?: unknown }).region) return false
    return !isWeChat(navigator.userAgent) || sessionStorage.getItem(WECHAT_HINT_DISMISSED_KEY) === '1'
  } catch {
    return false // a damaged mirror, or storage refused: the app decides
  }
}
