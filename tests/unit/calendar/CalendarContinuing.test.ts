// @vitest-environment happy-dom
/** The 持续中 row marks a cancelled event as the event list does: 已取消, its title struck through. */
import { mount, RouterLinkStub } from '@vue/test-utils'
import { expect, it } from 'vitest'

import CalendarContinuing from '@/features/calendar/CalendarContinuing.vue'

import { makeEvent } from '../builders'

it('says 已取消 beside a cancelled event and strikes its title through; an event that is on has neither', () => {
  const wrapper = mount(CalendarContinuing, {
    props: {
      events: [
        makeEvent({ id: 'winter', title: '科技之冬', start: '2026-11-15', end: '2027-03-31', status: 'cancelled' }),
        makeEvent({ id: 'week', title: '科普周', start: '2026-11-20', end: '2026-11-30', status: 'confirmed' }),
      ],
    },
    global: { stubs: { RouterLink: RouterLinkStub, EventStarButton: true } },
  })
  const [cancelled, on] = wrapper.findAll('li')
  expect(cancelled!.text()).toContain('已取消')
  expect(cancelled!.find('a').classes()).toContain('continuing-cancelled')
  expect(on!.text()).not.toContain('已取消')
  expect(on!.find('a').classes()).not.toContain('continuing-cancelled')
})
