// @vitest-environment happy-dom
import { mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { expect, it, vi } from 'vitest'
import { nextTick } from 'vue'

import CalendarAgenda from '@/features/calendar/CalendarAgenda.vue'

import { makeEvent } from '../builders'

it('lists under 常年开展 the year-long work of the days shown, not that of the next year', () => {
  setActivePinia(createPinia())
  // A December month grid's events reach 3 January: the 2027 programme is among them.
  const events = [
    makeEvent({ id: 'work-2026', start: '2026-01-01', end: '2026-12-31', datePrecision: 'year' }),
    makeEvent({ id: 'work-2027', start: '2027-01-01', end: '2027-12-31', datePrecision: 'year' }),
  ]
  const agenda = mount(CalendarAgenda, {
    props: { events, from: '2026-12-05', to: '2026-12-05', today: '2026-12-05', regionNames: {}, emptyText: '—' },
    global: { stubs: { RouterLink: RouterLinkStub, EventStarButton: true } },
  })
  expect(agenda.get('.ongoing summary').text()).toBe('常年开展（1）')
  expect(agenda.findAll('.ongoing li')).toHaveLength(1)
  expect(agenda.get('.ongoing li').text()).toContain('活动 work-2026')
})

const mountWeek = (count: number) => {
  setActivePinia(createPinia())
  const events = Array.from({ length: count }, (_, i) =>
    makeEvent({
      id: `e${String(i).padStart(4, '0')}`,
      start: `2026-12-0${1 + (i % 7)}T09:00:00+08:00`,
      end: `2026-12-0${1 + (i % 7)}T10:00:00+08:00`,
    }),
  )
  return mount(CalendarAgenda, {
    props: { events, from: '2026-12-01', to: '2026-12-07', today: '2026-12-01', regionNames: {}, emptyText: '—' },
    global: { stubs: { RouterLink: RouterLinkStub, EventStarButton: true } },
  })
}

it('lays out a week of a few dozen rows as a plain list, every row in place from the start', () => {
  // 7 days and 21 events: 28 rows. The virtual list placed them by a guess and moved them once measured.
  const rows = mountWeek(21).findAll('.agenda-list > li')
  expect(rows).toHaveLength(28)
  expect(rows.every((row) => !row.attributes('style'))).toBe(true)
  expect(rows[0]!.get('h2').text()).toContain('12月1日')
  expect(rows.at(-1)!.text()).toContain('活动 e0020')
  // The date and the time with a space between them (a template's line break had run them together).
  expect(rows[1]!.get('.event-item-when').element.textContent).toBe('12月1日（周二） 09:00–10:00')
})

it('keeps a virtual list for a week of thousands of events: only the rows on screen are made', async () => {
  const agenda = mountWeek(2_000)
  // virtua comes in a chunk of its own: until it has, the week's first 40 rows are a plain list.
  const first = agenda.findAll('.agenda-list > li')
  expect(first).toHaveLength(40)
  expect(first[0]!.get('h2').text()).toContain('12月1日')
  await vi.dynamicImportSettled()
  await nextTick()
  const list = agenda.get('.agenda-list')
  expect(list.findAll('li').length).toBeLessThan(100)
  // Sized for every row (7 days and 2 000 events) at the list's first guess of 96 px a row.
  expect(list.attributes('style')).toContain(`height: ${2_007 * 96}px`)
})
