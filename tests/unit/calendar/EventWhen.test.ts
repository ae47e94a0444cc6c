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

  it('says 全天 over a few days, not over a season of activities with hours of their own', () => {
    const fair = makeEvent({ start: '2026-05-17', end: '2026-05-23', allDay: true, datePrecision: 'day' })
    expect(
      mount(EventWhen, { props: { event: fair } })
        .find('.when-time')
        .text(),
    ).toBe('全天（北京时间）')
    // 科技之冬, 15 November to 31 March: "全天" under it read as if the venues stayed open day and night.
    const season = mount(EventWhen, { props: { event: { ...fair, start: '2026-11-15', end: '2027-03-31' } } })
    expect(season.find('.when-date').text()).toContain('2027年3月31日')
    expect(season.find('.when-time').exists()).toBe(false)
  })
})
