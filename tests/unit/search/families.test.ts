import { describe, expect, it } from 'vitest'

import { createSearchEngine } from '@/features/search/engine'
import { audienceWords, isEventWord, timeWindow } from '@/shared/searchWords'

import { makeDoc, makeIndex } from './fixtures'

// Tuesday 1 December 2026: the coming weekend is 5–6 December.
const TODAY = '2026-12-01'

const engine = createSearchEngine(
  makeIndex([
    makeDoc({ k: 'venue', id: 'museum', t: '新疆科技馆', w: '科技馆 小学 家庭', wd: '03456' }),
    makeDoc({ k: 'venue', id: 'weekdays', t: '农业科普基地', w: '三农 老年 老人 长辈', wd: '12345' }),
    makeDoc({ k: 'venue', id: 'unknown', t: '流动科普站', w: '科普日 流动科普' }),
    makeDoc({
      k: 'event',
      id: 'saturday',
      t: '亲子科学课',
      w: '昌吉 家庭',
      o: [
        ['saturday-1', '2026-11-28', '2026-11-28'],
        ['saturday-2', '2026-12-05', '2026-12-05'],
        ['saturday-3', '2026-12-12', '2026-12-12'],
      ],
    }),
    makeDoc({ k: 'event', id: 'winter', t: '寒假科学营', w: '青少年', o: [['winter', '2027-01-20', '2027-01-25']] }),
    makeDoc({ k: 'event', id: 'month', t: '全国科普月', w: '科普日', o: [['month', '2027-09-01', '2027-09-30']] }),
  ]),
)
const ids = (query: string) =>
  engine.search(query, { today: TODAY }).groups.flatMap((g) => g.results.map((r) => `${g.kind}:${r.href.split('/').pop()}`))

describe('time words', () => {
  it('mean days relative to the clock', () => {
    expect(timeWindow('周末', TODAY)).toEqual({ from: '2026-12-05', to: '2026-12-06' })
    expect(timeWindow('下周末', TODAY)).toEqual({ from: '2026-12-12', to: '2026-12-13' })
    // On a Sunday, the weekend is what is left of it.
    expect(timeWindow('周末', '2026-12-06')).toEqual({ from: '2026-12-06', to: '2026-12-06' })
    expect(timeWindow('寒假', TODAY)).toEqual({ from: '2027-01-10', to: '2027-02-28' })
    expect(timeWindow('寒假', '2027-02-01')).toEqual({ from: '2027-02-01', to: '2027-02-28' })
    expect(timeWindow('暑假', '2026-09-01')).toEqual({ from: '2027-07-01', to: '2027-08-31' })
    expect(timeWindow('科技馆', TODAY)).toBeNull()
  })

  it('周末 finds events on those days, linked to that occurrence, and venues open then', () => {
    const outcome = engine.search('周末', { today: TODAY })
    expect(outcome.window).toEqual({ from: '2026-12-05', to: '2026-12-06', word: '周末' })
    expect(ids('周末')).toEqual(['event:saturday-2', 'venue:museum'])
  })

  it('weekend, typed on the English pages, finds what 周末 finds', () => {
    expect(engine.search('Weekend', { today: TODAY }).window).toEqual({ from: '2026-12-05', to: '2026-12-06', word: 'weekend' })
    expect(ids('weekend')).toEqual(ids('周末'))
    expect(timeWindow('tomorrow', TODAY)).toEqual({ from: '2026-12-02', to: '2026-12-02' })
  })

  it('寒假 and 暑假 find events then and venues with published hours, never one without', () => {
    expect(ids('寒假')).toEqual(['event:winter', 'venue:museum', 'venue:weekdays'])
    expect(ids('暑假')).toEqual(['venue:museum', 'venue:weekdays'])
  })

  it('combine with other words: 周末 亲子', () => {
    expect(ids('周末 亲子')).toEqual(['event:saturday-2', 'venue:museum'])
  })

  it('typing on from 周 to 周末 gives what a fresh search gives', () => {
    engine.search('周', { today: TODAY })
    expect(ids('周末')).toEqual(['event:saturday-2', 'venue:museum'])
  })
})

describe('audience words', () => {
  it('map everyday words to audiences', () => {
    expect(audienceWords(['小学'])).toEqual(expect.arrayContaining(['亲子', '儿童', '孩子', '小学生']))
    expect(audienceWords(['老年'])).toEqual(expect.arrayContaining(['老人', '长辈']))
    expect(audienceWords(['公众'])).toEqual([])
  })

  it('find documents through their keywords', () => {
    expect(ids('孩子')).toContain('venue:museum')
    expect(ids('长辈')).toEqual(['venue:weekdays'])
  })
})

describe('event words', () => {
  it('put events before venues', () => {
    expect(isEventWord('科普日')).toBe(true)
    expect(isEventWord('科技馆')).toBe(false)
    expect(engine.search('科普日', { today: TODAY }).groups.map((g) => g.kind)).toEqual(['event', 'venue'])
    expect(engine.search('科普', { today: TODAY }).groups[0]!.kind).toBe('venue')
  })
})
