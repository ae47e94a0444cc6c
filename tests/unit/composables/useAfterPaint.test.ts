// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'

import { useAfterPaint } from '@/composables/useAfterPaint'

const Probe = defineComponent(() => {
  const painted = useAfterPaint()
  return () => h('p', painted.value ? 'painted' : 'first frame')
})

describe('useAfterPaint', () => {
  afterEach(() => vi.useRealTimers())

  it('turns true only after the first frame has been painted', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] })
    const wrapper = mount(Probe)
    expect(wrapper.text()).toBe('first frame')
    vi.advanceTimersToNextFrame()
    await nextTick()
    expect(wrapper.text(), 'still inside the first frame').toBe('first frame')
    // Two frames later, long before the 500 ms fallback.
    vi.advanceTimersByTime(40)
    await nextTick()
    expect(wrapper.text()).toBe('painted')
  })

  it('does not wait forever in a background tab, where frames never come', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    vi.stubGlobal('requestAnimationFrame', () => 0)
    const wrapper = mount(Probe)
    vi.advanceTimersByTime(499)
    await nextTick()
    expect(wrapper.text()).toBe('first frame')
    vi.advanceTimersByTime(1)
    await nextTick()
    expect(wrapper.text()).toBe('painted')
    vi.unstubAllGlobals()
  })
})
