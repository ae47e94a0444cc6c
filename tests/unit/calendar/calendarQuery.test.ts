// @vitest-environment happy-dom
/** The calendar's state in the URL: a `?month=` link keeps its month when the view changes. */
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'

import { type CalendarQuery, useCalendarQuery } from '@/features/calendar/useCalendarQuery'

it('a ?month= link switched to another view stays on its month (it jumped to today)', async () => {
  let query!: CalendarQuery
  const Page = defineComponent({
    setup() {
      query = useCalendarQuery()
      return () => h('div')
    },
  })
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/calendar', component: Page }] })
  await router.push('/calendar?month=2027-06&view=month')
  mount({ render: () => h(Page) }, { global: { plugins: [router, createPinia()] } })
  expect(query.month.value).toBe('2027-06')

  query.setView('agenda')
  await flushPromises()
  expect(router.currentRoute.value.query).toEqual({ view: 'agenda', date: '2027-06-01' })
  expect(query.date.value).toBe('2027-06-01')

  // A month that is no month shows today's, as before: nothing to carry.
  await router.push('/calendar?month=2027-13')
  query.setView('month')
  await flushPromises()
  expect(router.currentRoute.value.query).toEqual({ view: 'month' })
})
