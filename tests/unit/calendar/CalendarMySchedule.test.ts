// @vitest-environment happy-dom
/**
 * 我的日程 while its starred events are looked up: loading, not 没有即将进行的活动 with the download greyed
 * (on a slow connection the lookups of event-index.json and the shards take seconds).
 */
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { expect, it, vi } from 'vitest'
import { shallowRef } from 'vue'

import type { ScheduledItem } from '@/features/calendar/useScheduledEvents'

import { makeScheduleEntry } from '../builders'

const scheduled = vi.hoisted(() => ({ items: undefined as never, resolving: undefined as never }))
vi.mock('@/features/calendar/useScheduledEvents', () => ({ useScheduledEvents: () => ({ ...scheduled, events: { value: [] } }) }))

it('says it is loading until the saved entries are resolved, then lists them', async () => {
  setActivePinia(createPinia())
  const items = shallowRef<ScheduledItem[]>([])
  const resolving = shallowRef(true)
  Object.assign(scheduled, { items, resolving })
  const { useMyScheduleStore } = await import('@/stores/mySchedule')
  const mine = useMyScheduleStore()
  const entry = makeScheduleEntry({ id: 'talk' })
  mine.entries = new Map([[entry.id, entry]])
  mine.state = 'ready'
  const { default: CalendarMySchedule } = await import('@/features/calendar/CalendarMySchedule.vue')
  const wrapper = mount(CalendarMySchedule, {
    props: { today: '2026-11-26', regionNames: {}, planTitles: {}, venueNames: {} },
    global: { stubs: { RouterLink: RouterLinkStub, EventStarButton: true } },
  })
  expect(wrapper.text()).toContain('正在加载')
  expect(wrapper.text()).not.toContain('没有即将进行的活动')

  items.value = [{ entry, problem: 'unavailable', changes: [] }]
  resolving.value = false
  await flushPromises()
  expect(wrapper.text()).not.toContain('正在加载')
  expect(wrapper.text()).toContain('活动 test-event')
  // Offline, it cannot go into the schedule's file: said beside the download.
  expect(wrapper.get('[data-testid="mine-left-out"]').text()).toBe('1 项离线时读取不到，没有写进文件；联网后再下载一次。')
})
