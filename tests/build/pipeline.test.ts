import { resolve } from 'node:path'

import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { checkContent, compileContent } from '../../src/build/compile'
import { ContentError, formatProblem } from '../../src/build/errors'
import { renderDataFiles } from '../../src/build/opendata'
import { decodeMonthShard, isMonthShardFile } from '../../src/shared/eventShard'

const root = resolve(__dirname, '../..')
const fixture = (name: string) => ({
  contentDir: resolve(root, 'tests/fixtures', name),
  rootDir: root,
  builtAt: '2026-01-01T00:00:00.000Z',
})

describe('content pipeline on broken content', () => {
  const { problems } = checkContent(fixture('content-broken'))
  const lines = problems.map(formatProblem)
  const dir = 'tests/fixtures/content-broken'

  it.each([
    // Hours in rule form count as published: without their source, 开放中 stood above 未找到公开信息.
    `${dir}/venues/bad-venue.yaml:11: hours.from: 写了开放时间规则 osm，就要写它出自哪条已发布来源（hours.from：sources 里的编号）`,
    `${dir}/venues/bad-venue.yaml:12: hours.osm: 应用只认得星期范围加时间的写法，例如 "Tu-Su 09:30-17:00; Mo off" 或 "24/7"；其他情况请写在 hours.note 里`,
    `${dir}/venues/bad-venue.yaml:14: location.lat: 应填写 34 到 50 之间的数字`,
    `${dir}/venues/bad-venue.yaml:16: location.precision: 只能是以下之一：exact（准确位置）、approximate（大致位置）、city-centre（城市中心，位置不明）`,
    `${dir}/venues/bad-venue.yaml:18: sources: 至少要有一条来源`,
    `${dir}/venues/dup.yaml:1: id: 编号“bad-venue”重复（${dir}/venues/bad-venue.yaml 也用了这个编号）`,
    `${dir}/venues/dup.yaml:1: id: 必须与文件名“dup”相同`,
    `${dir}/venues/dup.yaml:3: region: 找不到地区编号“beta”（没有 content/regions/beta.yaml 这个文件）`,
    `${dir}/venues/dup.yaml:4: category: 只能是以下之一：科技场馆类、教育科研与重大工程类、三农类、企业类、自然资源类、其他类`,
    `${dir}/venues/dup.yaml:8: audiences.0: 只能是以下之一：小学、初中、高中、家庭、老年、公众`,
    `${dir}/venues/dup.yaml:10: hours: 请填写 osm（开放时间规则）或 note（说明，例如 开放时间请咨询场馆）`,
    `${dir}/venues/dup.yaml:13: sources.0.plan: 找不到规划编号“plan-x”（没有 content/plans/plan-x.md 这个文件）`,
    `${dir}/events/bad-event.yaml:4: start: 时间后面要写时区 +08:00（北京时间），例如 2026-05-23T09:30:00+08:00`,
    `${dir}/events/bad-event.yaml:6: status: 只能是以下之一：expected（预计，主办方尚未确认）、confirmed（已确认）、changed（已变更）、cancelled（已取消）`,
    `${dir}/events/bad-event.yaml:9: venue: 找不到场馆编号“missing-venue”（没有 content/venues/missing-venue.yaml 这个文件）`,
    `${dir}/events/bad-event.yaml:13: colour: 不是认识的字段（请对照 content/README.md 检查拼写）`,
    `${dir}/events/bad-event.yaml:15: sources.0.lines: 应填写行号或行号范围，例如 "12" 或 "12-15"`,
    `${dir}/events/bad-event.yaml:16: sources.1.lines: 行号从 1 开始，范围要从小到大，例如 "12-15"`,
    // The plan's text has 10 lines (seedLines): a source citing line 11 cites nothing.
    `${dir}/events/bad-event.yaml:17: sources.2.lines: 第 11 行超出了规划原文（共 10 行）：请对照原文检查行号`,
    `${dir}/events/syntax.yaml:3: (文件): YAML 格式错误：缩进不齐，或方括号 [ ] 没有配对：同一层的字段要对齐，下一层多缩进两个空格（Flow sequence in block collection must be sufficiently indented and end with a ]）`,
    // Issue 18.6: runaway series and impossible years fail with their place, never a silent cut.
    `${dir}/events/runaway-series.yaml:12: rrule: FREQ=SECONDLY 会在一天内重复；请用 DAILY、WEEKLY、MONTHLY 或 YEARLY`,
    `${dir}/events/long-series.yaml:12: rrule: 重复次数超过 1000 次；请减小 COUNT、提前 UNTIL，或拆成几个系列`,
    // A series without an end is told so, once: not also that its endless days are over 1 000.
    `${dir}/events/endless-series.yaml:12: rrule: 重复规则必须有结束：请写 COUNT（次数）或 UNTIL（截止日期）`,
    `${dir}/events/far-future.yaml:4: start: 日期应在 2000 到 2100 年之间`,
    // One occurrence a day at most: occurrence ids (and feed UIDs) are the record id plus the day.
    `${dir}/events/twice-a-day.yaml:12: rrule: BYHOUR 会在一天内重复；每天的时刻由 start 决定，请删掉 BYHOUR`,
    // A series that would show no day at all, and an excluded day the series never has: before, both silent.
    `${dir}/events/empty-series.yaml:12: rrule: 按这条规则和 start（2026-06-06T10:00:00+08:00）一次活动也没有；请检查 UNTIL、COUNT 和排除日期`,
    `${dir}/events/wrong-exdate.yaml:15: exdates.1: “2026-06-08”不是这个系列里的某一天，排除不了任何一次；请写系列中要取消的那天的日期`,
    // Two lines were read as a rule set that repeats from the build's clock; no FREQ was yearly.
    `${dir}/events/two-line-rule.yaml:12: rrule: 重复规则只能写一行；要排除的日期请写在 exdates（排除日期）里`,
    `${dir}/events/no-freq.yaml:12: rrule: 重复规则要写 FREQ（频率）：DAILY、WEEKLY、MONTHLY 或 YEARLY，例如 FREQ=WEEKLY;COUNT=4`,
    // A shift on a day or in a zone that does not exist (before, 30 February became 2 March unsaid).
    `${dir}/events/shift-times.yaml:15: shifts.0.start: 2026-02-30T08:00:00+08:00 不是真实存在的日期`,
    `${dir}/events/shift-times.yaml:16: shifts.0.end: 2026-02-30T12:00:00+08:00 不是真实存在的日期`,
    `${dir}/events/shift-times.yaml:23: shifts.1.start: 2026-03-01T08:00:00+14:59 的时区不存在；北京时间写 +08:00`,
    `${dir}/events/control-chars.yaml:11: summary: 第 3 个字符是看不见的控制字符 U+0000，请删掉`,
    `${dir}/events/not-utf8.yaml:11: (文件): 从这一行起不是 UTF-8 文字；请把文件另存为 UTF-8 编码（不要用 GBK 等其他编码）`,
    `${dir}/venues/too-long.yaml:2: name: 有 83 个字，最多 60 个（每部手机都要下载这段文字）`,
    `${dir}/venues/too-long.yaml:7: summary: 有 720 个字，最多 500 个（每部手机都要下载这段文字）`,
    // Inside the bounding box, outside Xinjiang.
    `${dir}/venues/almaty.yaml:13: location: 43.24, 76.95（纬度, 经度）在新疆以外；请检查坐标（WGS-84）`,
    // Issue 18.7: impossible times, alias bombs and syntax errors at their real line, no stack traces.
    `${dir}/events/bad-times.yaml:4: start: 2026-06-06T25:00:00+08:00 不是有效的时刻（应在 00:00–23:59 之间）`,
    `${dir}/events/bad-times.yaml:5: end: 2026-06-06T12:00:00+99:00 的时区不存在；北京时间写 +08:00`,
    // 19:00 to 00:00: listed on two days, and 进行中 all of the second.
    `${dir}/events/midnight-end.yaml:5: end: 结束在午夜 00:00，会被算到第二天（2026-06-07）；活动当晚结束请写 23:59`,
    `${dir}/events/alias-bomb.yaml:1: (文件): YAML 无法读取：Excessive alias count indicates a resource exhaustion attack`,
    `${dir}/events/late-error.yaml:4: (文件): YAML 格式错误：引号没有配对（Missing closing "quote）`,
    `${dir}/plans/plan-a.md:7: regions.1: 找不到地区编号“nowhere”（没有 content/regions/nowhere.yaml 这个文件）`,
    `${dir}/targets/bad-target.yaml:7: target.value: 应填写数字`,
    `${dir}/campaigns/bad-campaign.yaml:2: eventId: 应填写每年活动的编号，用 {year} 代表年份，例如 tech-week-{year}-changji`,
    `${dir}/campaigns/bad-campaign.yaml:3: title: {city} 不是可用的占位符；可用的有：{year}、{nextYear}、{start}、{end}、{springFestival}、{lanternFestival}`,
    `${dir}/campaigns/bad-campaign.yaml:6: rule.rrule: 必须是每年一次的规则（FREQ=YEARLY;…）`,
    `${dir}/campaigns/bad-campaign.yaml:6: rule: days、until、untilLunar 三项要填且只填一项`,
    `${dir}/campaigns/bad-campaign.yaml:8: rule.until: 不是一年中存在的日期`,
    // 30 February parses and gives no day: the campaign left the calendar without a word.
    `${dir}/campaigns/no-day.yaml:6: rule.rrule: 这条规则一年里一天也没有（请检查月份 BYMONTH 和日期 BYMONTHDAY 是否真实存在）`,
    // A record that fails its schema is still checked across the fields that parsed: every problem in one run,
    // not five now and the end before the start after they are fixed.
    `${dir}/events/in-rounds.yaml:5: end: 不能早于开始时间（2026-06-06T09:30:00+08:00）`,
    `${dir}/events/in-rounds.yaml:15: shifts.0.start: 必须在活动日期之内（2026-06-06 至 2026-06-06）`,
    `${dir}/events/in-rounds.yaml:22: sources.0.title: 必须填写`,
    `${dir}/venues/in-rounds-venue.yaml:15: booking.from.0: “nowhere”不是本条记录 sources 里已发布来源的编号`,
    `${dir}/venues/in-rounds-venue.yaml:17: location: 43.24, 76.95（纬度, 经度）在新疆以外；请检查坐标（WGS-84）`,
    `${dir}/venues/in-rounds-venue.yaml:20: location.address: 要写明地址出自哪条已发布来源（地址依据，location.from）`,
    // What a part cannot tell is not said: sources not written as a list leave the from ids unjudged, a from that is
    // not a list is not also missing, an rrule of the wrong kind is not also absent.
    `${dir}/venues/in-rounds-one-source.yaml:18: location.from: 应为已发布来源的编号列表`,
    `${dir}/venues/in-rounds-one-source.yaml:21: sources: 应为来源列表`,
    `${dir}/events/in-rounds-rrule.yaml:12: rrule: 应填写文字`,
    // A date in the wrong form is told so once: not also "after today" or "查阅日期 before it" by comparing text.
    `${dir}/venues/in-rounds-venue.yaml:27: sources.0.published: 应填写日期 YYYY-MM-DD，例如 2026-05-23（网页只写到月份时填 YYYY-MM）`,
    `${dir}/events/bad-override.yaml:4: campaign: 找不到年度活动编号“no-such-campaign”（没有 content/campaigns/no-such-campaign.yaml 这个文件）`,
  ])('reports %s', (line) => {
    expect(lines).toContain(line)
  })

  it('checks a record that failed across what parsed, and says nothing the part cannot tell', () => {
    // hours.from names the source whose date is wrong: the source exists, so that is not a second problem.
    expect(lines.filter((line) => line.includes('/in-rounds-venue.yaml:'))).toHaveLength(4)
    expect(lines.filter((line) => line.includes('/in-rounds.yaml:'))).toHaveLength(7)
    expect(lines.filter((line) => line.includes('/in-rounds-one-source.yaml:'))).toHaveLength(2)
    expect(lines.filter((line) => line.includes('/in-rounds-rrule.yaml:'))).toHaveLength(1)
  })

  it('tells a series without an end that it must end, and nothing about its count', () => {
    expect(lines.filter((line) => line.includes('/endless-series.yaml:'))).toHaveLength(1)
  })

  it('reports every problem, one line each, and nothing else', () => {
    expect(lines).toHaveLength(65)
    for (const line of lines) expect(line).toMatch(/^tests\/fixtures\/content-broken\/\w+\/[\w-]+\.(yaml|md):\d+: \S+: .+$/)
  })

  it('throws a ContentError listing all problems from compileContent', () => {
    expect(() => compileContent(fixture('content-broken'))).toThrow(ContentError)
    try {
      compileContent(fixture('content-broken'))
    } catch (error) {
      expect((error as ContentError).problems).toHaveLength(65)
      expect((error as Error).message).toContain('内容有 65 处问题')
    }
  })
})

describe('content pipeline on valid content', () => {
  const compiled = compileContent(fixture('content-valid'))

  it('derives the plans that cover a region', () => {
    expect(compiled.catalog.regions[0]!.plans).toEqual(['plan-a'])
  })

  it('expands RRULE series in Beijing time, honouring exdates', () => {
    const caravan = compiled.events.filter((e) => e.recordId === 'caravan-a')
    // First Saturdays from June 2026, three in all, July's removed by exdate.
    expect(caravan.map((e) => e.start)).toEqual(['2026-06-06T10:00:00+08:00', '2026-08-01T10:00:00+08:00'])
    expect(caravan.map((e) => e.id)).toEqual(['caravan-a-20260606', 'caravan-a-20260801'])
    expect(caravan[0]!.end).toBe('2026-06-06T12:00:00+08:00')
  })

  it('puts a multi-day event in every month shard it spans, sorted by start', () => {
    expect([...compiled.shards.keys()]).toEqual(['2026-05', '2026-06', '2026-08'])
    expect(compiled.shards.get('2026-05')!.events.map((e) => e.id)).toEqual(['week-a'])
    expect(compiled.shards.get('2026-06')!.events.map((e) => e.id)).toEqual(['week-a', 'caravan-a-20260606'])
    expect(compiled.eventIndex['week-a']).toBe('2026-05')
    expect(compiled.catalog.months).toEqual({ '2026-05': 1, '2026-06': 2, '2026-08': 1 })
  })

  it('lists a plan’s events in as few bytes as its page needs: no allDay, no count for a single event', () => {
    // The catalog is precached whole (≤ 1 MB with the app): the plan page shows days, not times.
    expect(compiled.catalog.plans.find((p) => p.id === 'plan-a')!.events).toEqual([
      {
        id: 'week-a',
        title: expect.any(String),
        kind: expect.any(String),
        start: '2026-05-30',
        end: '2026-06-02',
        datePrecision: 'day',
        status: expect.any(String),
        region: expect.any(String),
      },
    ])
  })

  it('lists, per venue, the months whose shards hold its events and those they start in, as runs', () => {
    // week-a (museum-a) starts in May and runs into June; the caravan has no venue.
    expect(compiled.catalog.venueMonths).toEqual({ 'museum-a': { touched: [['2026-05', '2026-06']], started: [['2026-05', '2026-05']] } })
  })

  it('renders plan Markdown to sanitised HTML', () => {
    const html = compiled.catalog.plans[0]!.summaryHtml
    expect(html).toContain('<strong>科技馆</strong>')
    expect(html).not.toContain('<script')
    expect(html).not.toContain('javascript:')
    expect(html).toContain('href="https://example.org"')
  })

  describe('open data', () => {
    const files = renderDataFiles(compiled, { origin: 'https://kepu.test' })

    it('publishes every documented file', () => {
      expect([...files.keys()].sort()).toEqual([
        '/data/app/agenda/2026-05.json',
        '/data/app/agenda/2026-06.json',
        '/data/app/agenda/2026-08.json',
        '/data/app/catalog.json',
        '/data/app/event-index.json',
        '/data/app/events/2026-05.json',
        '/data/app/events/2026-06.json',
        '/data/app/events/2026-08.json',
        '/data/app/search-index.json',
        '/data/events.ics',
        '/data/events.json',
        '/data/plans.json',
        '/data/targets.json',
        '/data/venues.geojson',
      ])
    })

    it('writes compact month shards that the app decodes back to the compiled occurrences', () => {
      for (const [month, shard] of compiled.shards) {
        const file: unknown = JSON.parse(files.get(`/data/app/events/${month}.json`)!)
        expect(file).toMatchObject({ month, v: 3 })
        if (!isMonthShardFile(file)) throw new Error(`${month}: not a month shard`)
        expect(decodeMonthShard(file)).toStrictEqual(shard.events)
      }
      // The open-data file keeps full occurrences.
      expect(JSON.parse(files.get('/data/events.json')!).events).toEqual(compiled.events)
    })

    it('writes venues as an RFC 7946 FeatureCollection with [lng, lat] points', () => {
      const geo = JSON.parse(files.get('/data/venues.geojson')!)
      expect(geo.type).toBe('FeatureCollection')
      expect(geo.features[0].geometry).toEqual({ type: 'Point', coordinates: [87.3, 44.0] })
      expect(geo.features[0].properties).toMatchObject({ name: '甲市科技馆', locationPrecision: 'city-centre', regionName: '甲市' })
    })

    it('writes an iCalendar feed that an independent parser reads back', () => {
      const ics = files.get('/data/events.ics')!
      const calendar = new ICAL.Component(ICAL.parse(ics))
      const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
      expect(events).toHaveLength(3)
      const week = events.find((e) => e.uid === 'week-a@kepu-xinjiang')!
      expect(week.summary).toBe('科技活动周（预计）')
      expect(week.startDate.isDate).toBe(true)
      expect(week.startDate.toString()).toBe('2026-05-30')
      // DTEND is exclusive in iCalendar: the inclusive content end 06-02 becomes 06-03.
      expect(week.endDate.toString()).toBe('2026-06-03')
      expect(week.component.getFirstPropertyValue('status')).toBe('TENTATIVE')
      const caravan = events.find((e) => e.uid === 'caravan-a-20260606@kepu-xinjiang')!
      expect(caravan.startDate.toJSDate().toISOString()).toBe('2026-06-06T02:00:00.000Z')
      expect(caravan.component.getFirstPropertyValue('url')).toBe('https://kepu.test/events/caravan-a-20260606')
    })

    it('keeps UIDs stable across builds so a re-import updates instead of duplicating', () => {
      const again = renderDataFiles(compileContent({ ...fixture('content-valid'), builtAt: '2026-02-02T00:00:00.000Z' }))
      const uids = (ics: string) => [...ics.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]!.trim())
      expect(uids(again.get('/data/events.ics')!)).toEqual(uids(files.get('/data/events.ics')!))
    })
  })
})
