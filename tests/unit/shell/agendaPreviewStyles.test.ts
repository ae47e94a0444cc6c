/**
 * index.html draws the agenda's first day with its own classes (src/boot/agendaPreview.ts, styled in shell.css:
 * the page's scoped styles do not reach markup drawn before the app). They must stay the page's styles, or the
 * drawn day and the page's own would differ when one replaces the other: each drawn rule is its page rule's twin.
 */
import { readFileSync } from 'node:fs'

import { expect, it } from 'vitest'

/** Selector → its declarations, in order, of a stylesheet's plain rules (no at-rules in these files' rules). */
function rules(css: string): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const [, selector, body] of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g))
    out.set(
      selector!.trim().replace(/\s+/g, ' '),
      body!
        .split(';')
        .map((d) => d.trim().replace(/\s+/g, ' '))
        .filter(Boolean),
    )
  return out
}
const read = (file: string) => readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8')
const styleOf = (file: string) => rules(/<style scoped>([\s\S]*?)<\/style>/.exec(read(file))![1]!)

it('draws the first day with the page’s own styles', () => {
  const drawn = rules(read('src/styles/shell.css'))
  const page = new Map([
    ...styleOf('src/features/calendar/CalendarAgendaRow.vue'),
    ...styleOf('src/components/EventListItem.vue'),
    ...styleOf('src/features/calendar/CalendarContinuing.vue'),
  ])
  const twins: [page: string, drawn: string][] = [
    ['.agenda-day', '.boot-agenda-day'],
    ['.agenda-today', '.boot-agenda-today'],
    ['.agenda-item', '.boot-agenda-item'],
    ['.event-item', '.boot-event'],
    ['.event-item-body', '.boot-event-body'],
    ['.event-item-title', '.boot-event-title'],
    ['.event-item-title a', '.boot-event-title a'],
    ['.event-item-title a::after', '.boot-event-title a::after'],
    ['.event-item-cancelled .event-item-title a', '.boot-event-cancelled .boot-event-title a'],
    ['.event-item-when', '.boot-event-when'],
    ['.event-item-time', '.boot-event-time'],
    ['.event-item-meta', '.boot-event-meta'],
    ['.continuing', '.boot-continuing'],
    ['.continuing .badge', '.boot-continuing .badge'],
    ['.continuing ul', '.boot-continuing ul'],
    ['.continuing li', '.boot-continuing li'],
    ['.continuing-text', '.boot-continuing-text'],
    ['.continuing-status', '.boot-continuing-status'],
    ['.continuing-cancelled', '.boot-continuing-cancelled'],
  ]
  for (const [own, twin] of twins) {
    expect(page.get(own), own).toBeDefined()
    expect([twin, drawn.get(twin)]).toEqual([twin, page.get(own)])
  }
  // The star's room: the page's star is 2.75rem square (EventStarButton), its card's actions pulled 0.5rem out.
  expect(styleOf('src/features/calendar/EventStarButton.vue').get('.star')).toEqual(
    expect.arrayContaining(['min-inline-size: 2.75rem', 'min-block-size: 2.75rem']),
  )
  expect(page.get('.event-item-actions')).toContain('margin-inline-end: -0.5rem')
  expect(drawn.get('.boot-star')).toEqual(['flex: none', 'inline-size: 2.75rem', 'block-size: 2.75rem'])
  expect(drawn.get('.boot-event .boot-star')).toEqual(['block-size: 0', 'margin-inline-end: -0.5rem'])
})
