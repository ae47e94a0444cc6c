import type { EventItem, Venue } from '@/shared/types'
import type { VisitPlan } from '@/features/planner/types'

/** 新疆科技馆 as content describes it: We–Su two sessions, groups 10–30, one day ahead, 公函. */
export function makeMuseum(overrides: Partial<Venue> = {}): Venue {
  return {
    id: 'xinjiang-science-museum',
    name: '新疆科技馆',
    region: 'urumqi',
    category: '科技场馆类',
    kind: '科技馆',
    inPlans: false,
    summary: '测试用。',
    audiences: ['小学', '初中', '高中', '家庭', '老年', '公众'],
    topics: ['综合科普', '物理', '信息技术'],
    activities: [],
    fee: 'unknown',
    booking: { required: true, note: '微信公众号预约', leadDays: 1, groupMin: 10, groupMax: 30, letterRequired: true },
    hours: { osm: 'We-Su 11:00-13:30,15:00-17:30', note: '周一、周二闭馆' },
    location: { lat: 43.83, lng: 87.62, precision: 'city-centre', note: '位置为大致位置（城市中心）', address: null },
    mobile: false,
    closures: [],
    sources: [{ general: '测试' }],
    ...overrides,
  }
}

/** A venue the plans name without any visiting rules (most of them). */
export function makeUnknownVenue(overrides: Partial<Venue> = {}): Venue {
  return makeMuseum({
    id: 'changji-science-museum',
    name: '昌吉科技馆',
    region: 'changji',
    topics: ['综合科普', '物理'],
    booking: { required: 'unknown' },
    hours: { note: '开放时间请咨询场馆' },
    location: { lat: 44.01, lng: 87.27, precision: 'city-centre', note: '位置为大致位置' },
    ...overrides,
  })
}

export function makePlan(overrides: Partial<VisitPlan> = {}): VisitPlan {
  return {
    id: 'p1',
    createdAt: '2026-11-26T02:00:00.000Z',
    updatedAt: '2026-11-26T02:00:00.000Z',
    venueId: 'xinjiang-science-museum',
    date: '2026-12-02',
    session: '11:00-13:30',
    school: '第一中学',
    className: '八年级（3）班',
    grade: 'junior',
    students: 26,
    teachers: 2,
    contact: { name: '王老师', phone: '13800000000' },
    notes: '',
    done: [],
    ...overrides,
  }
}

export function makeEvent(overrides: Partial<EventItem> = {}): EventItem {
  return {
    id: 'tech-week-2026-urumqi',
    recordId: 'tech-week-2026-urumqi',
    title: '2026年乌鲁木齐市科技活动周系列活动',
    kind: '科技活动周',
    start: '2026-05-23',
    end: '2026-05-30',
    allDay: true,
    datePrecision: 'day',
    status: 'expected',
    dateNote: '',
    region: 'urumqi',
    audiences: ['公众'],
    organiser: '市科协',
    summary: '',
    sources: [{ general: '测试' }],
    ...overrides,
  }
}
