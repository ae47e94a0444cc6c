import type { Venue } from '@/shared/types'

/** A small valid venue; override what a test is about. */
export function makeVenue(overrides: Partial<Venue> = {}): Venue {
  return {
    id: 'test-venue',
    name: '测试科技馆',
    region: 'changji',
    category: '科技场馆类',
    kind: '科技馆',
    inPlans: true,
    summary: '测试用场馆。',
    audiences: ['小学', '公众'],
    topics: [],
    activities: [],
    fee: 'unknown',
    hours: { note: '开放时间请咨询场馆' },
    location: { lat: 44.01, lng: 87.27, precision: 'city-centre', note: '位置为大致位置' },
    mobile: false,
    closures: [],
    sources: [{ general: '测试' }],
    ...overrides,
  }
}
