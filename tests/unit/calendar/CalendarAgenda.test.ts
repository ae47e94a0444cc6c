// @vitest-environment happy-dom
import { mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { expect, it } from 'vitest'

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
