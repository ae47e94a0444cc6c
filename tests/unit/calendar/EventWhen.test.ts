// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'

import EventWhen from '@/features/calendar/EventWhen.vue'

import { makeEvent } from '../builders'

describe('an event page’s date card', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('says 全天 for an event dated to the day, and no time of day for one dated only to its year', () => {
    const day = makeEvent({ start: '2026-09-19', end: '2026-09-19', allDay: true, datePrecision: 'day' })
    expect(
      mount(EventWhen, { props: { event: day } })
        .find('.when-time')
        .text(),
    ).toBe('全天（北京时间）')
    // 2026年全年 above "全天（北京时间）" read as if it ran day and night all year.
    const year = mount(EventWhen, { props: { event: { ...day, start: '2026-01-01', end: '2026-12-31', datePrecision: 'year' } } })
    expect(year.find('.when-date').text()).toBe('2026年全年')
    expect(year.find('.when-time').exists()).toBe(false)
  })
})
