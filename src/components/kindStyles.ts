/**
 * One glyph and colour per venue kind, used by the map markers and by the legend, so they always match.
 * Plain SVG strings: no image requests, and the white glyph on a coloured disc stays legible at 2rem.
 */
import type { VenueKind } from '@/shared/types'

export interface KindStyle {
  color: string
  /** A 24×24 SVG path. */
  path: string
}

export const KIND_STYLES: Record<VenueKind, KindStyle> = {
  科技馆: { color: '#0b6e4f', path: 'M12 2a7 7 0 0 0-4 12.7V17h8v-2.3A7 7 0 0 0 12 2zM9 19h6v2.5H9z' },
  青少年活动中心: { color: '#7b3fa0', path: 'M12 2l3 6.5 7 .8-5.2 4.8 1.4 7L12 17.5l-6.2 3.6 1.4-7L2 9.3l7-.8z' },
  博物馆: { color: '#8a4b08', path: 'M12 2 2 7v2h20V7zM4 10h3v8H4zm6.5 0h3v8h-3zM17 10h3v8h-3zM2 19h20v3H2z' },
  科普教育基地: { color: '#1d5fa8', path: 'M2 5c3.5-1.3 7-1.3 10 1 3-2.3 6.5-2.3 10-1v14c-3.5-1.3-7-1.3-10 1-3-2.3-6.5-2.3-10-1z' },
  研学基地: { color: '#a4161a', path: 'M12 3 1 9l11 6 9-4.9V17h2V9zM5 13.2v4L12 21l7-3.8v-4L12 17z' },
  科研院所: {
    color: '#28536b',
    path: 'M10 2a8 8 0 0 1 6.3 12.9l5.4 5.4-1.4 1.4-5.4-5.4A8 8 0 1 1 10 2zm0 2.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11z',
  },
  流动科普: { color: '#b3541e', path: 'M1 5h13v10h1V8h4.5l3.5 4.5V17h-2a2.5 2.5 0 0 1-5 0H9a2.5 2.5 0 0 1-5 0H1z' },
  企业展厅: { color: '#4a5560', path: 'M2 21V10l6 3.5V10l6 3.5V3h5v18z' },
  其他: { color: '#5b4e8c', path: 'M12 5a7 7 0 1 1 0 14 7 7 0 0 1 0-14z' },
}

/** Inner HTML of a marker: a coloured disc with the kind's glyph. */
export function markerHtml(kind: VenueKind): string {
  const style = KIND_STYLES[kind]
  return `<span class="venue-pin-disc" style="background:${style.color}"><svg viewBox="0 0 24 24" aria-hidden="true"><path fill="#fff" d="${style.path}"/></svg></span>`
}
