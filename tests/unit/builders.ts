/**
 * The one module of test data builders: small valid records with sensible defaults, each overridden
 * where a test is about something (`makeEvent({ start })`). Plain data, no mocks.
 */
// Relative imports: build tests (tests/build, without the '@' alias) use these builders too.
import type { EventItem, Target, Venue } from '../../src/shared/types'
import type { MyShift, ScheduleEntry, VisitPlan } from '../../src/shared/userData'

/** A small event occurrence (a day at 双河); override what matters. `recordId` follows `id`. */
export function makeEvent(overrides: Partial<EventItem> = {}): EventItem {
  const id = overrides.id ?? 'test-event'
  const start = overrides.start ?? '2026-05-23'
  return {
    id,
    recordId: id,
    title: `活动 ${id}`,
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

export function makeMuseum(overrides: Partial<Venue> = {}): Venue {
  return makeVenue({
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
  })
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

/** A starred event as 我的日程 saves it. */
export function makeScheduleEntry(overrides: Partial<ScheduleEntry> = {}): ScheduleEntry {
  return {
    id: 'test-event',
    addedAt: '2026-11-20T02:00:00.000Z',
    seen: { title: '活动 test-event', start: '2026-12-05', end: '2026-12-05', status: 'expected', region: 'shuanghe' },
    ...overrides,
  }
}

/** A volunteer shift taken from a content roster. */
export function makeShift(overrides: Partial<MyShift> = {}): MyShift {
  const role = overrides.role ?? '引导员'
  const start = overrides.start ?? '2026-12-05T09:30:00+08:00'
  const end = overrides.end ?? '2026-12-05T12:00:00+08:00'
  const meetingPoint = overrides.meetingPoint ?? '北门'
  return {
    id: 'content:test-event:s1',
    origin: 'content',
    eventId: 'test-event',
    eventTitle: '活动 test-event',
    role,
    start,
    end,
    meetingPoint,
    team: '志愿者一组',
    lead: '主办方',
    bring: [],
    sample: true,
    addedAt: '2026-11-20T02:00:00.000Z',
    updatedAt: '2026-11-20T02:00:00.000Z',
    seen: { role, start, end, meetingPoint },
    ...overrides,
  }
}

/** A plan target with sensible defaults; override what a test is about. */
export function makeTarget(overrides: Partial<Target> = {}): Target {
  return {
    id: 'alpha-literacy',
    plan: 'alpha-15',
    scope: 'plan',
    region: 'alpha',
    group: '科学素质',
    indicator: '公民具备科学素质的比例',
    wording: '公民具备科学素质比例',
    unit: '%',
    baseline: null,
    target: null,
    stretch: null,
    observations: [],
    nature: null,
    note: null,
    sources: [{ plan: 'alpha-15', section: '第二章', lines: '31' }],
    ...overrides,
  }
}

export const shuanghe = makeTarget({
  id: 'shuanghe-science-literacy',
  plan: 'shuanghe-15',
  region: 'shuanghe',
  baseline: { value: 12.5, year: 2024 },
  target: { value: 17, year: 2030, qualifier: '力争' },
})
export const changji = makeTarget({
  id: 'changji-science-literacy',
  plan: 'changji-14',
  region: 'changji',
  target: { value: 13, year: 2025, qualifier: '以上' },
  stretch: { value: 14, year: 2025, qualifier: '力争' },
})
export const survey = makeTarget({
  id: 'national-science-literacy-survey',
  plan: undefined,
  scope: 'national',
  region: undefined,
  observations: [
    { year: 2020, value: 10.56 },
    { year: 2022, value: 12.93 },
    { year: 2023, value: 14.14 },
    { year: 2024, value: 15.37 },
  ],
  sources: [{ general: '中国科协调查' }],
})
export const outline2025 = makeTarget({
  id: 'national-outline-2025',
  plan: undefined,
  scope: 'national',
  region: undefined,
  target: { value: 15, year: 2025, qualifier: '以上' },
  sources: [{ general: '纲要' }],
})
export const outline2035 = makeTarget({
  id: 'national-outline-2035',
  plan: undefined,
  scope: 'national',
  region: undefined,
  target: { value: 25, year: 2035 },
  sources: [{ general: '纲要' }],
})
