import type { EventItem } from '@/shared/types'

/** A small event occurrence for tests; override what matters. */
export function makeEvent(overrides: Partial<EventItem> & Pick<EventItem, 'id'>): EventItem {
  const start = overrides.start ?? '2026-05-23'
  return {
    recordId: overrides.id,
    title: `活动 ${overrides.id}`,
    kind: '科技活动周',
    start,
    end: start,
    allDay: /^\d{4}-\d{2}-\d{2}$/.test(start),
    datePrecision: 'day',
    status: 'expected',
    dateNote: '按惯例推定',
    region: 'shuanghe',
    audiences: ['公众'],
    organiser: '科协',
    summary: '摘要',
    sources: [{ general: '测试' }],
    ...overrides,
  }
}
