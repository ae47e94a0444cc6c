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

  it('asks before removing a shift; 取消 keeps it', async () => {
    const card = mount(ShiftCard, {
      props: { shift: makeShift({ role: '现场引导' }), clashesWith: [], clashesMore: 0 },
      attachTo: document.body,
    })
    const button = (name: string) => card.findAll('button').find((b) => b.text() === name)
    await button('移除')!.trigger('click')
    expect(card.emitted('remove')).toBeUndefined()
    expect(card.get('[role=group]').text()).toContain('从这部手机上移除“现场引导”这个班次吗？')
    // The answer that removes has the focus, as the plan's does: a keyboard reader is told what they are on.
    expect(document.activeElement?.textContent?.trim()).toBe('确定移除')
    await button('取消')!.trigger('click')
    expect(card.find('[role=group]').exists()).toBe(false)
    expect(card.emitted('remove')).toBeUndefined()
    await button('移除')!.trigger('click')
    await button('确定移除')!.trigger('click')
    expect(card.emitted('remove')).toHaveLength(1)
    card.unmount()
  })
})
