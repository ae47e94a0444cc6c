/**
 * On a phone's plain visit to /calendar, draws the agenda's first day of events where the page will list it,
 * from the build's `/data/app/agenda/YYYY-MM.json` (src/shared/agendaHead.ts): the reader sees the day's
 * events while the app is still downloading and starting. Before, they waited for the app's start-up, the
 * catalog and the month shard: at 100 000 events (a megabyte a month) ~1.6 s at 4× CPU (README: Benchmarks).
 *
 * Only where the list's place is known before any app code runs (plainPhoneVisit). Offline the list starts
 * below the app's 当前离线 bar, and the file comes from the service worker's cache (or not at all: then the
 * page loads as before). The list lies over the page, outside the app's root, so the app's mount keeps it;
 * the calendar page removes it once its week has loaded or failed, or the reader has moved on
 * (removeAgendaPreview). Each card is a link to its event, as in the page.
 */
import { AGENDA_PREVIEW_ID, type AgendaHeadFile } from '../shared/agendaHead'
import { agendaHeadUrl, BEIJING_OFFSET_MINUTES } from '../shared/constants'
import type { EventStatus } from '../shared/types'
import { plainPhoneVisit } from './plainPhoneVisit'

export interface AgendaPreviewOptions {
  /** Where the agenda's first day starts on a phone (PHONE_AGENDA_BOX), in CSS px from the page's top. */
  box: { top: number; offlineBar: number; fontSize: number }
  /** The page's words for 今天 and 持续中 (Chinese: the only language drawn). */
  words: { today: string; continuing: string }
  /** The build's time (the catalog's builtAt): a file kept from an earlier build is not drawn. */
  built: string
}

declare global {
  interface Window {
    /** Draws the day once the file is in (appShell's AGENDA_PREVIEW_ATTACH, inlined after the shell, calls it). */
    __kpxjBootAgenda?: () => void
  }
}

/** EventStatusBadge's classes. */
const STATUS_CLASS: Record<EventStatus, string> = {
  expected: 'badge-warn',
  confirmed: '',
  changed: 'badge-info',
  cancelled: 'badge-danger',
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (className) node.className = className
  node.append(...children)
  return node
}

/** Runs in <head>: the file is asked for at once, and drawn once the shell is there and it has arrived. */
export default function drawAgendaPreview({ box, words, built }: AgendaPreviewOptions): void {
  if (!plainPhoneVisit('/calendar', box.fontSize)) return
  const top = box.top + (navigator.onLine ? 0 : box.offlineBar)
  // The reader's today, in Beijing time as the page counts it.
  const today = new Date(Date.now() + BEIJING_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10)
  const file = fetch(agendaHeadUrl(today.slice(0, 7)))
    .then((response) => (response.ok ? (response.json() as Promise<AgendaHeadFile>) : null))
    .catch(() => null)
  window.__kpxjBootAgenda = () => {
    window.__kpxjBootDrawn = file.then((head) => {
      const day = head?.days?.[today]
      // A file the worker kept from an earlier build (it answers from its cache first, then refreshes it): the
      // page would then show other events. The app could not start (start.ts): no calendar is coming. Or too
      // late: the reader has moved on, or the page is already there.
      if (!head || !day || head.built !== built || window.__kpxjBootFailed) return
      if (location.pathname !== '/calendar' || location.search || location.hash || document.querySelector('#app .calendar-page')) return
      const [heading, isToday, count, shown, carried] = day
      const title = el('h2', `boot-agenda-day${isToday ? ' boot-agenda-today' : ''}`, heading)
      if (isToday) title.append(' ', el('span', 'badge', words.today))
      title.append(' ', el('span', 'muted small', count))
      // The bench's Element Timing (scripts/bench-calendar.ts), as on the page's own heading.
      title.setAttribute('elementtiming', 'agenda-day')
      const list = el('ul', 'list-reset')
      const link = (id: string, name: string) => {
        const a = el('a', '', name)
        a.href = `/events/${encodeURIComponent(id)}`
        return a
      }
      // The star's room: titles wrap as on the page.
      const star = () => el('span', 'boot-star')
      for (const index of shown) {
        const event = head.events[index]
        if (!event) continue
        const [id, name, when, time, status, statusLabel, region, kind] = event
        const meta = el('p', 'boot-event-meta', el('span', `badge ${STATUS_CLASS[status] ?? ''}`, statusLabel))
        if (region) meta.append(el('span', 'badge badge-info', region))
        meta.append(el('span', 'badge', kind))
        const whenLine = el('p', 'boot-event-when', el('span', '', when))
        if (time) whenLine.append(el('span', 'boot-event-time', ` ${time}`))
        const card = el(
          'article',
          `card boot-event${status === 'cancelled' ? ' boot-event-cancelled' : ''}`,
          el('div', 'boot-event-body', el('h3', 'boot-event-title', link(id, name)), whenLine, meta),
          star(),
        )
        list.append(el('li', 'boot-agenda-item', card))
      }
      // CalendarContinuing's line: 持续中, then each event carried into the day with its last day (no spaces between
      // the pieces: the page has none).
      const lines = el('ul', 'list-reset')
      for (const [index, until] of carried ?? []) {
        const event = head.events[index]
        if (!event) continue
        const [id, name, , , status, statusLabel] = event
        const cancelled = status === 'cancelled'
        const text = el('span', 'boot-continuing-text')
        if (cancelled) text.append(el('span', 'badge badge-danger boot-continuing-status', statusLabel))
        const a = link(id, name)
        if (cancelled) a.className = 'boot-continuing-cancelled'
        text.append(a, el('span', 'muted small', until))
        lines.append(el('li', '', text, star()))
      }
      if (lines.firstChild)
        list.append(el('li', 'boot-agenda-item', el('div', 'boot-continuing', el('span', 'badge', words.continuing), lines)))
      const preview = el('div', 'boot-agenda', title, list)
      preview.id = AGENDA_PREVIEW_ID
      preview.style.top = `${top}px`
      document.body.append(preview)
      // The reader is using the page (a tap, a key, the search field; not a scroll) or turned the phone: what the page
      // opens or shows then would lie under the drawn day. The page takes it away otherwise (removeAgendaPreview).
      const width = innerWidth
      const listening = new AbortController()
      const leave = (event: Event) => {
        if (!preview.isConnected) listening.abort()
        else if (event.type === 'resize' ? innerWidth !== width : !(event.target instanceof Node && preview.contains(event.target)))
          preview.remove()
      }
      for (const type of ['click', 'keydown', 'focusin', 'resize'])
        addEventListener(type, leave, { capture: true, signal: listening.signal })
    })
  }
}
