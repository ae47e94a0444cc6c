import { describe, expect, it } from 'vitest'

import { agendaHeadFile } from '../../src/build/agendaHead'
import { AGENDA_HEAD_EVENTS } from '../../src/shared/agendaHead'
import { monthsBetween } from '../../src/shared/time'
import type { EventItem, MonthShard } from '../../src/shared/types'
import { makeEvent } from '../unit/builders'

/** Shards as compile.ts makes them: an occurrence in every month it touches, in start order. */
function shardsOf(events: EventItem[]): Map<string, MonthShard> {
  const shards = new Map<string, MonthShard>()
  for (const event of events) {
    for (const month of monthsBetween(event.start.slice(0, 10), event.end.slice(0, 10))) {
      if (!shards.has(month)) shards.set(month, { month, events: [] })
      shards.get(month)!.events.push(event)
    }
  }
  return shards
}

const regions = { shuanghe: '双河', xinxing: '新星' }
const BUILT = '2026-12-06T12:00:00.000Z'

describe('the agenda’s first screen for each day (/data/app/agenda/YYYY-MM.json)', () => {
  it('gives each day its week’s first day with events, drawn as the page’s cards', () => {
    const talk = makeEvent({
      id: 'talk',
      title: '周末科普讲堂',
      kind: '科普进社区',
      status: 'confirmed',
      region: 'xinxing',
      start: '2026-12-10T09:30:00+08:00',
      end: '2026-12-10T11:00:00+08:00',
      allDay: false,
    })
    const fair = makeEvent({ id: 'fair', start: '2026-12-10', status: 'cancelled' })
    const file = agendaHeadFile('2026-12', shardsOf([fair, talk]), regions, BUILT)!
    expect(file).toMatchObject({ month: '2026-12', v: 1, built: BUILT })
    // From 12-04 to 12-10 the week's first day with events is 12-10, not today; from 12-10 on it is today.
    expect(Object.keys(file.days)).toEqual([
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
    ])
    expect(file.days['2026-12-04']).toEqual(['12月10日 周四', 0, '2 项活动', [0, 1], []])
    expect(file.days['2026-12-10']).toEqual(['12月10日 周四', 1, '2 项活动', [0, 1], []])
    // In the shard's order (start, then id): the all-day fair before the talk at 09:30.
    expect(file.events).toEqual([
      ['fair', '活动 fair', '12月10日（周四）', '', 'cancelled', '已取消', '双河', '科技活动周'],
      ['talk', '周末科普讲堂', '12月10日（周四）', '09:30–11:00', 'confirmed', '已确认', '新星', '科普进社区'],
    ])
  })

  it('reads the next month’s shard for a week that runs into it, and stops at the events carried over', () => {
    const newYear = makeEvent({ id: 'new-year', start: '2027-01-02' })
    const winter = makeEvent({ id: 'winter', start: '2026-12-01', end: '2027-03-31', kind: '科技之冬' })
    const file = agendaHeadFile('2026-12', shardsOf([winter, newYear]), regions, BUILT)!
    // 12-01: the season starts that day, a card of its own.
    expect(file.days['2026-12-01']).toEqual(['12月1日 周二', 1, '1 项活动', [0], []])
    // 12-31: the season is carried over (the page's 持续中 line); new-year's own day is in January's shard.
    expect(file.days['2026-12-31']).toEqual(['12月31日 周四', 1, '1 项活动', [], [[0, '（持续到 3月31日）']]])
    expect(file.events.map(([id]) => id)).toEqual(['winter'])
    // The last days of November see the season's first day in their week; October sees nothing.
    expect(Object.keys(agendaHeadFile('2026-11', shardsOf([winter, newYear]), regions, BUILT)!.days)).toEqual([
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
    ])
    expect(agendaHeadFile('2026-10', shardsOf([winter, newYear]), regions, BUILT)).toBeNull()
  })

  it('shows at most the first events of the day; year-long work is no card (the page lists it under 常年开展)', () => {
    const many = Array.from({ length: AGENDA_HEAD_EVENTS + 3 }, (_, i) =>
      makeEvent({ id: `e${i}`, start: `2026-12-15T${String(8 + i).padStart(2, '0')}:00:00+08:00`, allDay: false }),
    )
    many.forEach((e) => (e.end = e.start))
    const yearLong = makeEvent({ id: 'year-work', start: '2026-01-01', end: '2026-12-31', datePrecision: 'year' })
    const file = agendaHeadFile('2026-12', shardsOf([yearLong, ...many]), regions, BUILT)!
    expect(file.days['2026-12-15']).toEqual(['12月15日 周二', 1, `${many.length} 项活动`, [0, 1, 2, 3, 4, 5], []])
    expect(file.events.map(([id]) => id)).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5'])
    expect(file.days['2026-12-07']).toBeUndefined()
  })
})
