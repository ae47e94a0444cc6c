// @vitest-environment happy-dom
import { mount, RouterLinkStub } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'

import CalendarMonthGrid from '@/features/calendar/CalendarMonthGrid.vue'

import { makeEvent } from '../builders'

describe('CalendarMonthGrid', () => {
  const events = [
    makeEvent({ id: 'winter', start: '2026-11-15', end: '2027-03-31' }),
    makeEvent({ id: 'talk', start: '2026-11-20T09:30:00+08:00', end: '2026-11-20T11:30:00+08:00' }),
    makeEvent({ id: 'year', start: '2026-01-01', end: '2026-12-31', datePrecision: 'year' }),
  ]
  const wrapper = mount(CalendarMonthGrid, {
    props: { month: '2026-11', events, selected: '2026-11-20', today: '2026-11-26' },
    global: { stubs: { RouterLink: RouterLinkStub } },
  })
  const cell = (day: string) => wrapper.get(`button[data-day="${day}"]`)

  it('labels each day with its count, for screen readers and at a glance', () => {
    expect(cell('2026-11-14').attributes('aria-label')).toBe('2026年11月14日，无活动')
    expect(cell('2026-11-15').attributes('aria-label')).toBe('2026年11月15日，1 项活动，有持续中的活动季')
    expect(cell('2026-11-20').attributes('aria-label')).toBe('2026年11月20日，1 项活动，有持续中的活动季')
    expect(cell('2026-11-20').text()).toBe('201')
  })

  it('shows a season once, above the grid, and as a band on the days it covers', () => {
    expect(wrapper.get('.grid-seasons').text()).toContain('持续中（1）：')
    // Its dates in brackets without weekdays, which would nest brackets: （11月15日（周日） 至 …）.
    expect(wrapper.get('.grid-seasons .date-range').text()).toMatch(/^（11月15日\s*至\s*3月31日）$/)
    expect(wrapper.findAll('.grid-seasons a')).toHaveLength(1)
    expect(cell('2026-11-14').classes()).not.toContain('cell-season')
    expect(cell('2026-11-16').classes()).toContain('cell-season')
    expect(cell('2026-11-16').text()).toBe('16')
    expect(cell('2026-11-16').attributes('aria-label')).toBe('2026年11月16日，有持续中的活动季')
  })

  it('marks the selected day and today, and emits the day tapped', async () => {
    expect(cell('2026-11-20').attributes('aria-pressed')).toBe('true')
    // Today is said, not only coloured.
    expect(cell('2026-11-26').attributes('aria-current')).toBe('date')
    expect(cell('2026-11-26').attributes('aria-label')).toBe('2026年11月26日，今天，有持续中的活动季')
    expect(cell('2026-11-25').attributes('aria-current')).toBeUndefined()
    expect(cell('2026-11-26').classes()).toContain('cell-today')
    await cell('2026-11-30').trigger('click')
    expect(wrapper.emitted('select')).toEqual([['2026-11-30']])
  })
})

describe('CalendarMonthGrid in 长辈模式', () => {
  const events = [
    makeEvent({ id: 'winter', start: '2026-11-15', end: '2027-03-31' }),
    makeEvent({ id: 'talk', start: '2026-11-20T09:30:00+08:00', end: '2026-11-20T11:30:00+08:00' }),
    makeEvent({ id: 'walk', start: '2026-11-20T15:00:00+08:00', end: '2026-11-20T16:00:00+08:00' }),
    makeEvent({ id: 'late', start: '2026-12-01T09:00:00+08:00', end: '2026-12-01T10:00:00+08:00' }),
  ]
  const wrapper = mount(CalendarMonthGrid, {
    props: { month: '2026-11', events, selected: '2026-11-03', today: '2026-11-26', large: true },
    global: { stubs: { RouterLink: RouterLinkStub } },
  })

  it('lists the busy days of the month, today and the chosen day as rows, not seven narrow columns', () => {
    expect(wrapper.find('table').exists()).toBe(false)
    const rows = wrapper.findAll('.day-list button')
    // 15 (the season's first day counts), 20 (two events), the chosen 3rd and today; 1 Dec is another month.
    expect(rows.map((row) => row.attributes('data-day'))).toEqual(['2026-11-03', '2026-11-15', '2026-11-20', '2026-11-26'])
    // Each row's name is its words, apart: a screen reader hears 周五，2 项活动, not 周五2 项活动.
    expect(rows.map((row) => row.attributes('aria-label'))).toEqual([
      '11月3日 周二，这天没有活动',
      '11月15日 周日，1 项活动',
      '11月20日 周五，2 项活动',
      // Inside the winter season, which has no dated event that day: said, as the grid's cell says it.
      '11月26日 周四，今天，有持续中的活动季',
    ])
    expect(rows[0]!.attributes('aria-pressed')).toBe('true')
    expect(rows[2]!.text()).toBe('11月20日 周五2 项活动')
    expect(rows[3]!.attributes('aria-current')).toBe('date')
    expect(rows[2]!.attributes('aria-current')).toBeUndefined()
    expect(wrapper.get('.day-list-title').text()).toBe('2026年11月有活动的日子')
  })

  it('emits the day tapped', async () => {
    await wrapper.get('button[data-day="2026-11-20"]').trigger('click')
    expect(wrapper.emitted('select')).toEqual([['2026-11-20']])
  })

  it('says so when the month has no dated event', () => {
    const quiet = mount(CalendarMonthGrid, {
      props: { month: '2026-10', events, selected: '2026-10-01', today: '2026-11-26', large: true },
      global: { stubs: { RouterLink: RouterLinkStub } },
    })
    expect(quiet.get('.day-list-title').text()).toBe('这段时间暂无活动')
    expect(quiet.findAll('.day-list button').map((row) => row.attributes('aria-label'))).toEqual(['10月1日 周四，这天没有活动'])
  })

  it('says nothing about the events of a month that is not at hand', () => {
    const offline = mount(CalendarMonthGrid, {
      props: { month: '2026-11', events: [], unknownMonths: ['2026-11'], selected: '2026-11-26', today: '2026-11-26', large: true },
      global: { stubs: { RouterLink: RouterLinkStub } },
    })
    expect(offline.get('button[data-day="2026-11-26"]').attributes('aria-label')).toBe('11月26日 周四，今天')
    expect(offline.find('.day-list-title').exists()).toBe(false)
  })
})

describe('CalendarMonthGrid in December, whose grid ends on 3 January', () => {
  const events = [
    makeEvent({ id: 'winter', start: '2026-11-15', end: '2027-03-31' }),
    makeEvent({ id: 'new-year-caravan', start: '2027-01-01', end: '2027-02-20' }),
  ]
  const props = { month: '2026-12', events, selected: '2026-12-05', today: '2026-12-05' }
  const stubs = { RouterLink: RouterLinkStub }

  it('names only the seasons of December above the grid, and bands January’s days as well', () => {
    const grid = mount(CalendarMonthGrid, { props, global: { stubs } })
    expect(grid.get('.grid-seasons').text()).toContain('持续中（1）：')
    expect(grid.findAll('.grid-seasons a').map((a) => a.text())).toEqual(['活动 winter'])
    expect(grid.get('button[data-day="2027-01-02"]').classes()).toContain('cell-season')
  })

  it('in 长辈模式, does not say 暂无活动 under a season that is on', () => {
    const list = mount(CalendarMonthGrid, { props: { ...props, large: true }, global: { stubs } })
    expect(list.find('.day-list-title').exists()).toBe(false)
    expect(list.findAll('.day-list button').map((row) => row.attributes('aria-label'))).toEqual(['12月5日 周六，今天，有持续中的活动季'])
  })
})
