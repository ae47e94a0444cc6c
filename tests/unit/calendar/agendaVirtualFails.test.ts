// @vitest-environment happy-dom
/** A week too big for a plain list whose virtual list cannot load (a release replaced mid-visit): every row still shows. */
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { expect, it, vi } from 'vitest'

import CalendarAgenda from '@/features/calendar/CalendarAgenda.vue'

import { makeEvent } from '../builders'

vi.mock('@/features/calendar/CalendarAgendaVirtual.vue', () => {
  throw new Error('Failed to fetch dynamically imported module')
})

it('shows every row as a plain list when the virtual list cannot load', async () => {
  setActivePinia(createPinia())
  const events = Array.from({ length: 60 }, (_, i) =>
    makeEvent({ id: `e${String(i).padStart(2, '0')}`, start: '2026-12-01T09:00:00+08:00', end: '2026-12-01T10:00:00+08:00' }),
  )
  const agenda = mount(CalendarAgenda, {
    props: { events, from: '2026-12-01', to: '2026-12-01', today: '2026-12-01', regionNames: {}, emptyText: '—' },
    global: { stubs: { RouterLink: RouterLinkStub, EventStarButton: true } },
  })
  // One day's heading and 60 events: 61 rows, the first 40 while the list loads.
  expect(agenda.findAll('.agenda-list > li')).toHaveLength(40)
  await vi.dynamicImportSettled()
  await flushPromises()
  const rows = agenda.findAll('.agenda-list > li')
  expect(rows).toHaveLength(61)
  expect(rows.at(-1)!.text()).toContain('活动 e59')
})
