// @vitest-environment happy-dom
import { mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, onTestFinished } from 'vitest'

import { EMPTY_FILTERS, type MapFilters as Filters } from '@/features/map/filters'
import MapFilters from '@/features/map/MapFilters.vue'
import VenueMapSheet from '@/features/map/VenueMapSheet.vue'
import VenueHours from '@/features/venues/VenueHours.vue'

import { makeVenue } from '../builders'

const global = { stubs: { RouterLink: RouterLinkStub } }

describe('VenueMapSheet', () => {
  const rows = [
    {
      id: 'a',
      name: '甲馆',
      region: '昌吉',
      kind: '科技馆',
      status: '开放中，13:30 关门',
      statusState: 'open' as const,
      distance: [{ text: '距你约 2.6 公里' }],
    },
    { id: 'b', name: '乙馆', region: '双河', kind: '博物馆', status: '开放时间未知，请咨询场馆', statusState: 'unknown' as const },
  ]

  it('is a labelled region whose toggle reports its state, listing a link and a locate button per venue', async () => {
    // A phone's width: wide screens show the list beside the map and have nothing to fold.
    const { happyDOM } = window as unknown as { happyDOM: { setViewport(v: { width: number }): void } }
    happyDOM.setViewport({ width: 412 })
    onTestFinished(() => happyDOM.setViewport({ width: 1024 }))
    const wrapper = mount(VenueMapSheet, {
      props: { rows, heading: '地图范围内 2 个场馆', emptyText: '无', selectedId: 'b', showAllButton: false },
      global,
    })
    const toggle = wrapper.get('button[aria-controls="map-sheet-body"]')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    await toggle.trigger('click')
    expect(wrapper.emitted('update:expanded')).toEqual([[true]])

    const links = wrapper.findAllComponents(RouterLinkStub)
    expect(links.map((l) => l.props('to'))).toEqual(['/venues/a', '/venues/b'])
    expect(wrapper.text()).toContain('距你约 2.6 公里')
    expect(wrapper.text()).toContain('昌吉 · 科技馆')
    expect(wrapper.findAll('li')[1]!.classes()).toContain('current')

    const locate = wrapper.findAll('.sheet-locate')
    expect(locate[0]!.text()).toContain('甲馆') // accessible name names the venue
    await locate[1]!.trigger('click')
    expect(wrapper.emitted('locate')).toEqual([['b']])
  })

  it('builds no rows and says nothing of them while folded (rows null)', () => {
    const wrapper = mount(VenueMapSheet, {
      props: { rows: null, heading: '地图范围内 2 个场馆', emptyText: '地图范围内没有场馆。', selectedId: null, showAllButton: false },
      global,
    })
    expect(wrapper.get('h2').text()).toBe('地图范围内 2 个场馆')
    expect(wrapper.find('li').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('地图范围内没有场馆。')
  })

  it('shows the empty text and the show-all button', async () => {
    const wrapper = mount(VenueMapSheet, {
      props: { rows: [], heading: 'x', emptyText: '地图范围内没有场馆。', selectedId: null, showAllButton: true },
      global,
    })
    expect(wrapper.text()).toContain('地图范围内没有场馆。')
    await wrapper.get('.sheet-all').trigger('click')
    expect(wrapper.emitted('showAll')).toHaveLength(1)
  })
})

describe('MapFilters', () => {
  const regions = [
    {
      id: 'changji',
      name: '昌吉市',
      shortName: '昌吉',
      kind: '县级市' as const,
      center: { lat: 44, lng: 87 },
      summary: '',
      plans: [],
      sources: [],
    },
  ]
  const mountFilters = (modelValue: Filters) => mount(MapFilters, { props: { modelValue, regions, today: '2026-11-26' } })

  it('emits new filters for each control and clears them all', async () => {
    const wrapper = mountFilters({ ...EMPTY_FILTERS })
    await wrapper.findAll('select')[0]!.setValue('三农类')
    expect(wrapper.emitted('update:modelValue')!.at(-1)).toEqual([{ ...EMPTY_FILTERS, category: '三农类' }])
    await wrapper.findAll('select')[1]!.setValue('changji')
    expect(wrapper.emitted('update:modelValue')!.at(-1)).toEqual([{ ...EMPTY_FILTERS, region: 'changji' }])
    await wrapper.get('input[value="date"]').setValue(true)
    expect(wrapper.emitted('update:modelValue')!.at(-1)).toEqual([{ ...EMPTY_FILTERS, open: '2026-11-26' }])
    // Without a filter set there is nothing to clear: 完成 is the panel's only button.
    expect(wrapper.findAll('button').map((b) => b.text())).toEqual(['完成'])

    const filtered = mountFilters({ ...EMPTY_FILTERS, free: true, open: 'now' })
    expect(filtered.get('summary').text()).toBe('筛选（2）')
    await filtered
      .findAll('button')
      .find((b) => b.text() === '清除筛选')!
      .trigger('click')
    expect(filtered.emitted('update:modelValue')!.at(-1)).toEqual([EMPTY_FILTERS])
  })

  it('folds its panel with 完成, keeping the filters', async () => {
    const wrapper = mountFilters({ ...EMPTY_FILTERS, free: true })
    const details = wrapper.get('details').element as HTMLDetailsElement
    details.open = true
    await wrapper
      .findAll('button')
      .find((b) => b.text() === '完成')!
      .trigger('click')
    expect(details.open).toBe(false)
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()
  })
})

describe('VenueHours', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('shows the status and plain-language hours in Beijing time, or says they are unknown', () => {
    const open = mount(VenueHours, {
      props: {
        venue: makeVenue({ hours: { osm: 'We-Su 11:00-13:30,15:00-17:30', note: '春节前后临时闭馆' } }),
        now: new Date('2026-11-25T12:00:00+08:00'),
        today: '2026-11-25',
      },
    })
    expect(open.text()).toContain('开放中，13:30 关门')
    expect(open.text()).toContain('周三至周日 11:00–13:30、15:00–17:30')
    expect(open.text()).toContain('（北京时间）')
    expect(open.text()).toContain('春节前后临时闭馆')
    // Published hours are never followed by "not published" (it was, unless 新疆时间 was switched on).
    expect(open.text()).not.toContain('未公布')

    expect(open.text()).toContain('未找到公开信息')

    // The venue's note says whom to ask: the line above it only says the hours are not published, and no
    // third line says again that nothing was found (昌吉科技馆 said it three times in three lines).
    const unknown = mount(VenueHours, { props: { venue: makeVenue(), now: new Date('2026-11-25T12:00:00+08:00'), today: '2026-11-25' } })
    expect(unknown.findAll('p').map((p) => p.text())).toEqual(['开放时间未公布', '开放时间请咨询场馆'])
    // Hours the page cannot read, from a published page, still name it.
    const paper = {
      id: 'p',
      url: 'https://example.org/p',
      title: '报道',
      publisher: '某报',
      published: '2026-02-11',
      retrieved: '2026-12-01',
    }
    const sourced = mount(VenueHours, {
      props: {
        venue: makeVenue({ sources: [paper], hours: { note: '春节期间 10:00—18:30', from: ['p'] } }),
        now: new Date('2026-11-25T12:00:00+08:00'),
        today: '2026-11-25',
      },
    })
    expect(sourced.find('.fact-source-line').text()).toContain('某报')
    const noNote = mount(VenueHours, {
      props: { venue: makeVenue({ hours: {} }), now: new Date('2026-11-25T12:00:00+08:00'), today: '2026-11-25' },
    })
    expect(noNote.text()).toContain('开放时间未公布，请咨询场馆')
  })
})
