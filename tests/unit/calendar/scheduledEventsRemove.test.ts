// @vitest-environment happy-dom
/**
 * 我的日程 follows the stars: an event unstarred there leaves the list (and its clashes and download) at once.
 * The store changes its Map in place and triggers the shallow ref; a watcher of storeToRefs' copy of it never
 * fired, and the page kept every removed event until it was opened again.
 */
import 'fake-indexeddb/auto'

import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { expect, it, vi } from 'vitest'
import { effectScope } from 'vue'

import { makeEvent } from '../builders'

vi.mock('@/stores/events', () => ({ useEventsStore: () => ({ find: async (id: string) => makeEvent({ id }) }) }))

it('drops an event unstarred on the page from its list at once', async () => {
  setActivePinia(createPinia())
  const { useMyScheduleStore } = await import('@/stores/mySchedule')
  const { useScheduledEvents } = await import('@/features/calendar/useScheduledEvents')
  const mine = useMyScheduleStore()
  await mine.load()
  await mine.add(makeEvent({ id: 'talk' }))
  await mine.add(makeEvent({ id: 'fair' }))
  const scope = effectScope()
  const { items } = scope.run(() => useScheduledEvents())!
  await flushPromises()
  expect(items.value.map((i) => i.entry.id).sort()).toEqual(['fair', 'talk'])
  await mine.remove('talk')
  await flushPromises()
  expect(items.value.map((i) => i.entry.id)).toEqual(['fair'])
  await mine.add(makeEvent({ id: 'night' }))
  await flushPromises()
  expect(items.value.map((i) => i.entry.id).sort()).toEqual(['fair', 'night'])
  scope.stop()
})
