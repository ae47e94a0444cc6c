// @vitest-environment happy-dom
import { mount, RouterLinkStub } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'

import PlannerVenueResult from '@/features/planner/PlannerVenueResult.vue'

import { makeMuseum, makeUnknownVenue } from '../builders'

const hoursText = (venue: ReturnType<typeof makeMuseum>) =>
  mount(PlannerVenueResult, {
    props: { result: { venue, km: null, criteria: [], fit: 'unknown' }, regionName: '昌吉' },
    global: { stubs: { RouterLink: RouterLinkStub } },
  })
    .find('p.small:not(.planner-result-meta)')
    .text()

describe('PlannerVenueResult hours', () => {
  it('says unknown hours once when the venue’s note already says to ask', () => {
    expect(hoursText(makeUnknownVenue({ hours: { note: '开放时间请咨询场馆' } }))).toBe('开放时间：开放时间请咨询场馆')
  })
  it('keeps "unknown" before a note that gives only part of the hours', () => {
    expect(hoursText(makeUnknownVenue({ hours: { note: '周一闭馆' } }))).toBe('开放时间：未知，请向场馆确认（周一闭馆）')
  })
  it('gives published hours as they are', () => {
    expect(hoursText(makeMuseum())).not.toContain('未知')
  })
})
