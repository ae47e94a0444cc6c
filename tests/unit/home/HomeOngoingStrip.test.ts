// @vitest-environment happy-dom
import { mount, RouterLinkStub } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'

import HomeOngoingStrip from '@/features/home/HomeOngoingStrip.vue'

import { makeEvent } from '../builders'

describe('HomeOngoingStrip', () => {
  it('puts a season’s region and end under its title, starting with the region, not a separator', () => {
    const wrapper = mount(HomeOngoingStrip, {
      props: {
        events: [makeEvent({ id: 'winter', title: '科技之冬·昌吉市', region: 'changji', start: '2026-11-15', end: '2027-03-31' })],
        regionNames: { changji: '昌吉' },
      },
      global: { stubs: { RouterLink: RouterLinkStub } },
    })
    const meta = wrapper.get('.ongoing-list li .muted')
    expect(meta.text()).toMatch(/^昌吉 · 至 3月31日/)
  })
})
