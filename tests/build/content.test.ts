/** The real content: it compiles, and the key figures of the plans are what the plans say. */
import { resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { compileContent } from '../../src/build/compile'
import type { Target } from '../../src/shared/types'

const root = resolve(__dirname, '../..')
const { catalog, events } = compileContent({ contentDir: resolve(root, 'content'), rootDir: root })
const target = (id: string): Target => {
  const found = catalog.targets.find((t) => t.id === id)
  if (!found) throw new Error(`no target ${id}`)
  return found
}

describe('key figures', () => {
  it('第五师双河市: 公民具备科学素质的比例 12.5% (2024) → 力争 17% (2030), with the table wording noted', () => {
    const t = target('shuanghe-science-literacy')
    expect(t).toMatchObject({
      plan: 'shuanghe-15',
      unit: '%',
      baseline: { value: 12.5, year: 2024 },
      target: { value: 17, year: 2030, qualifier: '力争' },
    })
    expect(t.indicator).toBe('公民具备科学素质的比例')
    expect(t.wordingNote).toContain('公民具备基本科学素质的比例')
  })

  it('昌吉市: 13%以上, 力争14% by 2025, with no baseline', () => {
    const t = target('changji-science-literacy')
    expect(t.baseline ?? null).toBeNull()
    expect(t.target).toEqual({ value: 13, year: 2025, qualifier: '以上' })
    expect(t.stretch).toEqual({ value: 14, year: 2025, qualifier: '力争' })
  })

  it.each([
    ['changji-kepu-bases', 15, '个'],
    ['changji-micro-science-museums', 5, '家'],
    ['changji-kepu-volunteer-organisations', 20, '支'],
    ['changji-registered-kepu-volunteers', 600, '人'],
  ])('昌吉 %s: %i %s by 2025', (id, value, unit) => {
    expect(target(id)).toMatchObject({ unit, target: { value, year: 2025 } })
  })

  it('昌吉 600+ volunteers keeps its 以上 qualifier as data', () => {
    expect(target('changji-registered-kepu-volunteers').target?.qualifier).toBe('以上')
  })

  it('national comparison figures are general knowledge, not plan facts', () => {
    const survey = target('national-science-literacy-survey')
    expect(survey.scope).toBe('national')
    expect(survey.observations).toEqual(
      expect.arrayContaining([
        { year: 2020, value: 10.56 },
        { year: 2024, value: 15.37 },
      ]),
    )
    for (const t of catalog.targets.filter((x) => x.scope === 'national')) {
      expect(t.sources.every((s) => 'general' in s)).toBe(true)
    }
  })
})

describe('coverage and honesty', () => {
  it('has the five plans and the five plan regions, each region covered by a plan', () => {
    expect(catalog.plans.map((p) => p.id).sort()).toEqual(['changji-14', 'kashgar-14', 'shuanghe-15', 'urumqi-2025', 'xinxing-14'])
    expect(catalog.regions.map((r) => r.id).sort()).toEqual(['changji', 'kashgar', 'shuanghe', 'urumqi', 'xinxing'])
    for (const region of catalog.regions) expect(region.plans.length).toBeGreaterThan(0)
  })

  it('states what the plans state about documents, and null where they are silent', () => {
    const byId = Object.fromEntries(catalog.plans.map((p) => [p.id, p]))
    expect(byId['xinxing-14']).toMatchObject({ docNumber: '师市办发〔2022〕12号', issued: '2022-04-07' })
    expect(byId['changji-14']).toMatchObject({ docNumber: '昌市政发〔2023〕34号', issued: '2023-07-12' })
    expect(byId['shuanghe-15']).toMatchObject({ docNumber: null, issued: null })
  })

  it('marks the region’s main science museum as outside the plans, with the published visitor rules', () => {
    const museum = catalog.venues.find((v) => v.id === 'xinjiang-science-museum')!
    expect(museum.inPlans).toBe(false)
    expect(museum.hours.osm).toBe('We-Su 11:00-13:30,15:00-17:30')
    expect(museum.booking).toMatchObject({ groupMin: 10, groupMax: 30, leadDays: 1, letterRequired: true })
    expect(museum.sources.every((s) => 'url' in s)).toBe(true)
  })

  it('never invents addresses, and says so for every venue that is not exactly placed', () => {
    for (const venue of catalog.venues) {
      if (venue.location.precision !== 'exact') expect(venue.location.note, venue.id).toMatch(/大致位置|城市中心|没有固定地点/)
      expect(venue.location.address ?? null, venue.id).toBeNull()
      expect(venue.hours.osm || venue.hours.note, venue.id).toBeTruthy()
    }
  })

  it('dates recurring national events as expected, with a note on where the date comes from', () => {
    const future = events.filter((e) => e.start >= '2026-12-01')
    expect(future.length).toBeGreaterThan(10)
    for (const event of future) {
      expect(event.status, event.id).toBe('expected')
      expect(event.dateNote.length, event.id).toBeGreaterThan(5)
      expect(event.dateNote, event.id).not.toMatch(/\{\w+\}/)
    }
    // Built as of TEST_TODAY (2026-11-26): the 2027 科技活动周 of all four regions, on the rule's dates.
    const techWeek2027 = events.filter((e) => e.series === 'tech-week' && e.start.startsWith('2027-05'))
    expect(techWeek2027.map((e) => `${e.region} ${e.start}–${e.end}`).sort()).toEqual([
      'changji 2027-05-22–2027-05-29',
      'kashgar 2027-05-22–2027-05-29',
      'shuanghe 2027-05-22–2027-05-29',
      'urumqi 2027-05-22–2027-05-29',
    ])
  })

  it('keeps generating campaigns: a build in any year has the next 18 months', () => {
    for (const today of ['2028-06-01', '2031-02-10']) {
      const later = compileContent({ contentDir: resolve(root, 'content'), rootDir: root, today }).events
      const upcoming = later.filter((e) => e.end >= today && e.start <= `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`)
      const kinds = new Set(upcoming.map((e) => e.kind))
      for (const kind of ['科技活动周', '科普月', '科技之冬', '三下乡'] as const) expect(kinds.has(kind), `${today} ${kind}`).toBe(true)
      for (const event of upcoming.filter((e) => e.status === 'expected'))
        expect(event.dateNote, event.id).toMatch(/推定|表示|固定日期|每年|一般/)
    }
  })

  it('reports the 2024 兵团 main-venue 科技活动周 as history, dated only as precisely as the plan does', () => {
    const past = events.find((e) => e.id === 'tech-week-2024-shuanghe')!
    expect(past.status).toBe('confirmed')
    expect(past.datePrecision).toBe('year')
  })

  it('cites a plan line or general knowledge for every record', () => {
    const all = [...catalog.venues, ...catalog.targets, ...catalog.plans, ...catalog.regions, ...events]
    for (const record of all) expect(record.sources.length, record.id).toBeGreaterThan(0)
  })
})

describe('content truth: nothing beyond what the cited plan line says', () => {
  const event = (series: string, region: string) => {
    const found = events.find((e) => e.series === series && e.region === region && e.status === 'expected')
    if (!found) throw new Error(`no ${series} in ${region}`)
    return found
  }
  const venue = (id: string) => catalog.venues.find((v) => v.id === id)!

  it.each([
    ['disaster-day', 'changji', '防灾减灾日'],
    ['safety-month', 'changji', '安全生产月'],
    ['disaster-day', 'shuanghe', '防灾减灾日'],
    ['cyber-week', 'shuanghe', '网络安全宣传周'],
    ['keji-zhidong', 'kashgar', '科技之冬'],
    ['ip-day', 'changji', '知识产权日'],
  ])('%s in %s: the day is general knowledge, the plan names only the topic', (series, region, day) => {
    const e = event(series, region)
    const general = e.sources.filter((s) => 'general' in s).map((s) => ('general' in s ? s.general : ''))
    expect(
      general.some((note) => note.includes('常识') && /规划.*没有写/.test(note)),
      e.id,
    ).toBe(true)
    expect(e.dateNote, e.id).toMatch(new RegExp(`规划没有提到.*${day.slice(0, 2)}|没有安排${day.slice(0, 2)}`))
    expect(e.summary, e.id).toMatch(/规划.*(只写了|没有写)/)
  })

  it('三下乡 contents (文化、科技、卫生) are general knowledge, not the plan’s words', () => {
    for (const series of ['sanxiaxiang-summer', 'sanxiaxiang-winter']) {
      const e = event(series, 'shuanghe')
      expect(e.summary, e.id).toMatch(/按常识，“三下乡”指文化、科技、卫生下乡/)
      expect(e.summary, e.id).toContain('没有写活动内容')
    }
  })

  it('“红星耀双河”陈列馆 is a 文旅 site in the plan, with no 科普 activities of its own', () => {
    const hall = venue('shuanghe-hongxing-exhibition-hall')
    expect(hall.summary).toContain('文旅载体')
    expect(hall.summary).toContain('没有把它列为科普场馆')
    expect(hall.activities).toEqual([])
  })

  it('only the venues line 95 names offer 研学旅游; the caravan’s topics are line 26’s', () => {
    expect(venue('changji-jiushenghe-kepu-base').activities).not.toContain('研学旅游')
    for (const id of ['changji-tbea-kepu-base', 'changji-xiaochu-kepu-base', 'changji-langqing-kepu-base'])
      expect(venue(id).activities).toContain('研学旅游')
    expect(venue('changji-science-caravan').topics).not.toContain('健康')
  })

  it('双河 科技特派员 do 科技服务 as line 8 says, not 技术培训', () => {
    expect(target('shuanghe-tech-envoys').note).not.toContain('技术培训')
    expect(target('shuanghe-tech-envoys').note).toContain('科技服务')
  })

  it('makes no unsourced claim about two national survey measures', () => {
    const plan = catalog.plans.find((p) => p.id === 'shuanghe-15')!
    const texts = [...plan.defects.map((d) => d.text), target('shuanghe-science-literacy').wordingNote ?? '']
    for (const text of texts) expect(text).not.toMatch(/2024年起|不同口径/)
  })

  it.each([
    ['shuanghe-high-value-patents', 1.6, '力争以上'],
    ['shuanghe-tech-contracts', 2000, '力争以上'],
    ['shuanghe-rd-spending', 2100, '力争以上'],
    ['shuanghe-rd-personnel', 450, '力争以上'],
    ['shuanghe-high-tech-enterprises', 15, '力争以上'],
    ['urumqi-tech-smes', 650, '力争突破'],
    ['urumqi-tech-contracts', 26, '力争突破'],
    ['urumqi-high-tech-enterprises', 1000, '力争'],
    ['urumqi-leading-enterprises', 5, '力争'],
    ['urumqi-rd-intensity', 1.2, '力争'],
  ])('%s keeps the plan’s qualifier: %s %s', (id, value, qualifier) => {
    expect(target(id).target).toMatchObject({ value, qualifier })
  })

  it.each([
    ['changji-kepu-e-stations', 135],
    ['changji-kepu-screens', 34],
    ['changji-kepu-informants', 1527],
    ['changji-caravan-outings', 42],
    ['changji-tutors-region-training', 11],
    ['changji-tutors-prefecture-training', 13],
  ])('昌吉 十三五 statistic %s: %i in 2020, cited to line 26, no target', (id, value) => {
    const t = target(id)
    expect(t.target ?? null).toBeNull()
    expect(t.observations).toEqual([{ year: 2020, value }])
    expect(t.sources).toContainEqual({ plan: 'changji-14', section: '一、（六）', lines: '26' })
  })
})

describe('新疆维吾尔自治区博物馆 (规划外)', () => {
  const museum = catalog.venues.find((v) => v.id === 'xinjiang-museum')!
  const published = (id: string) => museum.sources.find((s) => 'id' in s && s.id === id)

  it('is outside the plans, listed from the 2023 second batch of 自治区科普教育基地 as the report gives it', () => {
    expect(museum.inPlans).toBe(false)
    expect(museum.region).toBe('urumqi')
    expect(museum.summary).toContain('拟认定的103家单位')
    expect(published('xinhua-2023-05-11')).toMatchObject({ publisher: '新华网（经转载网页）', published: '2023-05-11' })
  })

  it('has only the facts the 新疆日报 report gives: 春节 hours in a note, the 除夕 closure, the booking account', () => {
    expect(museum.hours.osm).toBeUndefined()
    expect(museum.hours.note).toContain('10:00—18:30')
    expect(museum.hours.from).toEqual(['xjrb-2026-02-11'])
    expect(museum.closures).toEqual([
      { start: '2026-02-16', end: '2026-02-16', text: expect.stringContaining('除夕闭馆'), from: ['xjrb-2026-02-11'] },
    ])
    expect(museum.contact).toEqual({ channel: '微信公众号“新疆维吾尔自治区博物馆”', from: ['xjrb-2026-02-11'] })
    expect(museum.booking?.required).toBe('unknown')
    expect(museum.fee).toBe('unknown')
    expect(museum.location).toMatchObject({ precision: 'city-centre', address: null })
    expect(published('xjrb-2026-02-11')).toMatchObject({
      url: 'https://ask.aksxw.com/sy/rdxw/xj/202602/t20260211_33028156.html',
      published: '2026-02-11',
    })
  })
})
