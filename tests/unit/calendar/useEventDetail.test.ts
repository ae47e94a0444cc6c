// @vitest-environment happy-dom
/** An event page shows the event last opened, whichever load ends first. */
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'

import { useEventDetail } from '@/features/calendar/useEventDetail'
import type { EventItem } from '@/shared/types'
import { useEventsStore } from '@/stores/events'

import { makeEvent } from '../builders'

describe('useEventDetail', () => {
  it('keeps the event opened last when the one before it loads later', async () => {
    setActivePinia(createPinia())
    const events = useEventsStore()
    const first = makeEvent({ id: 'first', title: '第一个活动' })
    const second = makeEvent({ id: 'second', title: '第二个活动' })
    let slow!: (e: EventItem) => void
    vi.spyOn(events, 'find').mockImplementation((id: string) =>
      id === 'first' ? new Promise<EventItem>((done) => (slow = done)) : Promise.resolve(second),
    )
    const id = ref('first')
    const scope = effectScope()
    const detail = scope.run(() => useEventDetail(id))!
    // A link on the page opens another event before the first has loaded.
    id.value = 'second'
    await vi.waitFor(() => expect(detail.event.value?.id).toBe('second'))
    slow(first)
    await nextTick()
    await new Promise((done) => setTimeout(done))
    expect(detail.event.value?.id).toBe('second')
    expect(detail.state.value).toBe('ready')
    scope.stop()
  })
})
