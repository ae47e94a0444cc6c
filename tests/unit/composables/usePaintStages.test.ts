// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'

import { usePaintStages } from '@/composables/usePaintStages'
import { restoreScroll, scrollHolds } from '@/router/scrollRestore'

const Probe = defineComponent(() => {
  const stage = usePaintStages(3)
  return () => h('p', String(stage.value))
})

const loaded = ref(false)
const Waiting = defineComponent(() => {
  const stage = usePaintStages(2, () => loaded.value)
  return () => h('p', String(stage.value))
})

describe('usePaintStages', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('counts one stage per task, starting after the first frame has been painted', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] })
    const wrapper = mount(Probe)
    expect(wrapper.text()).toBe('0')
    vi.advanceTimersToNextFrame()
    await nextTick()
    expect(wrapper.text(), 'still inside the first frame').toBe('0')
    vi.advanceTimersToNextFrame()
    await nextTick()
    expect(wrapper.text(), 'the second frame, before its timer').toBe('0')
    const seen: string[] = []
    for (let i = 0; i < 4; i++) {
      vi.advanceTimersToNextTimer()
      await nextTick()
      seen.push(wrapper.text())
    }
    expect(seen.slice(0, 3), 'one stage per timer').toEqual(['1', '2', '3'])
    expect(seen[3], 'and no further').toBe('3')
  })

  it('does not wait forever in a background tab, where frames never come', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    vi.stubGlobal('requestAnimationFrame', () => 0)
    const wrapper = mount(Probe)
    vi.advanceTimersByTime(499)
    await nextTick()
    expect(wrapper.text()).toBe('0')
    vi.advanceTimersByTime(1)
    await nextTick()
    expect(wrapper.text()).toBe('1')
    vi.runAllTimers()
    await nextTick()
    expect(wrapper.text()).toBe('3')
  })

  it('starts only once its data is ready, after a frame that shows it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] })
    const wrapper = mount(Waiting)
    vi.advanceTimersByTime(2000)
    await nextTick()
    expect(wrapper.text(), 'no data, no stages, not even after the fallback').toBe('0')
    loaded.value = true
    await nextTick()
    vi.advanceTimersToNextFrame()
    await nextTick()
    expect(wrapper.text(), 'still inside the frame that shows the data').toBe('0')
    vi.advanceTimersByTime(40)
    await nextTick()
    expect(wrapper.text()).toBe('2')
  })

  it('holds back’s scroll restore until its last stage, or until the page is left', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] })
    loaded.value = false
    const wrapper = mount(Waiting)
    let position: unknown = null
    void restoreScroll({ left: 0, top: 900 }).then((p) => (position = p))
    await vi.advanceTimersByTimeAsync(100)
    expect(position, 'the page is still loading').toBeNull()
    wrapper.unmount()
    await vi.advanceTimersByTimeAsync(20)
    expect(position, 'a page left while loading holds nothing').toEqual({ left: 0, top: 900 })
  })

  it('leaves no hold behind once built or left: forward visits do not pile them up between restores', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] })
    scrollHolds.length = 0
    for (let visit = 0; visit < 3; visit++) {
      const wrapper = mount(Probe)
      expect(scrollHolds, 'held while its stages are built').toHaveLength(1)
      await vi.advanceTimersByTimeAsync(100)
      expect(wrapper.text()).toBe('3')
      expect(scrollHolds, 'built: nothing left to wait for').toHaveLength(0)
      wrapper.unmount()
    }
    loaded.value = false
    mount(Waiting).unmount()
    await vi.advanceTimersByTimeAsync(0)
    expect(scrollHolds, 'left before its data came').toHaveLength(0)
  })
})
