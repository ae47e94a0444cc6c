// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'

import ShiftCard from '@/features/volunteer/ShiftCard.vue'
import { useSettingsStore } from '@/stores/settings'

import { makeShift } from '../builders'

describe('ShiftCard', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('says a shift from a phone calendar (its event title is its role) once', () => {
    const card = mount(ShiftCard, {
      props: { shift: makeShift({ role: '周六导览', eventTitle: '周六导览' }), clashesWith: [], clashesMore: 0 },
    })
    expect(card.text().split('周六导览')).toHaveLength(2)
  })

  it('names the event under the role when they differ', () => {
    const card = mount(ShiftCard, {
      props: { shift: makeShift({ role: '现场引导', eventTitle: '科技之冬' }), clashesWith: [], clashesMore: 0 },
    })
    expect(card.text()).toContain('现场引导')
    expect(card.text()).toContain('科技之冬')
  })

  it('isolates roster text, so a right-to-left page keeps a title that starts with a year in order', () => {
    const card = mount(ShiftCard, {
      props: { shift: makeShift({ role: '现场引导', eventTitle: '2026—2027年度“科技之冬”' }), clashesWith: [], clashesMore: 0 },
    })
    // The team leader's name too, before the phone number.
    expect(card.findAll('bdi').map((b) => b.text())).toEqual(['现场引导', '09:30–12:00', '2026—2027年度“科技之冬”', '主办方'])
  })

  it('gives the shift’s hours on 新疆时间 too when 我的 asks for it', () => {
    const shift = makeShift()
    const plain = mount(ShiftCard, { props: { shift, clashesWith: [], clashesMore: 0 } })
    expect(plain.text()).not.toContain('新疆时间')
    useSettingsStore().showXinjiangTime = true
    const card = mount(ShiftCard, { props: { shift, clashesWith: [], clashesMore: 0 } })
    expect(card.get('.shift-xj').text()).toBe('≈ 新疆时间 07:30–10:00（北京时间减2小时）')
  })
})
