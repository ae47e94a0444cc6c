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
    `${dir}/venues/bad-venue.yaml:12: hours.osm: the app reads only weekday ranges and times, e.g. "Tu-Su 09:30-17:00; Mo off" or "24/7"; put anything else in hours.note`,
    `${dir}/venues/bad-venue.yaml:14: location.lat: must be a number between 34 and 50`,
    `${dir}/venues/bad-venue.yaml:16: location.precision: must be one of: exact, approximate, city-centre`,
    `${dir}/venues/bad-venue.yaml:18: sources: at least one source is required`,
    `${dir}/venues/dup.yaml:1: id: duplicate id "bad-venue" (also in ${dir}/venues/bad-venue.yaml)`,
    `${dir}/venues/dup.yaml:1: id: must equal the file name "dup"`,
    `${dir}/venues/dup.yaml:3: region: unknown region id "beta" (no content/regions/beta.yaml)`,
    `${dir}/venues/dup.yaml:4: category: must be one of: 科技场馆类, 教育科研与重大工程类, 三农类, 企业类, 自然资源类, 其他类`,
    `${dir}/venues/dup.yaml:8: audiences.0: must be one of: 小学, 初中, 高中, 家庭, 老年, 公众`,
    `${dir}/venues/dup.yaml:10: hours: give osm opening_hours or a note such as 开放时间请咨询场馆`,
    `${dir}/venues/dup.yaml:13: sources.0.plan: unknown plan id "plan-x" (no content/plans/plan-x.md)`,
    `${dir}/events/bad-event.yaml:4: start: must carry an explicit time zone offset, e.g. 2026-05-23T09:30:00+08:00`,
    `${dir}/events/bad-event.yaml:6: status: must be one of: expected, confirmed, changed, cancelled`,
    `${dir}/events/bad-event.yaml:9: venue: unknown venue id "missing-venue" (no content/venues/missing-venue.yaml)`,
    `${dir}/events/bad-event.yaml:13: colour: is not a known field (check its spelling in content/README.md)`,
    `${dir}/events/bad-event.yaml:15: sources.0.lines: must be a line number or range, e.g. "12" or "12-15"`,
    `${dir}/events/syntax.yaml:3: (file): YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    // Issue 18.6: runaway series and impossible years fail with their place, never a silent cut.
    `${dir}/events/runaway-series.yaml:12: rrule: FREQ=SECONDLY repeats within a day; use DAILY, WEEKLY, MONTHLY or YEARLY`,
    `${dir}/events/long-series.yaml:12: rrule: gives more than 1000 occurrences; lower COUNT or UNTIL, or split the series`,
    `${dir}/events/far-future.yaml:4: start: must be a date between 2000 and 2100`,
    // One occurrence a day at most: occurrence ids (and feed UIDs) are the record id plus the day.
    `${dir}/events/twice-a-day.yaml:12: rrule: BYHOUR can repeat within a day; the time of day comes from start`,
    `${dir}/events/control-chars.yaml:11: summary: contains the control character U+0000 (character 3); remove it`,
    `${dir}/events/not-utf8.yaml:11: (file): is not valid UTF-8 text from this line on; save the file as UTF-8 (not GBK or another encoding)`,
    `${dir}/venues/too-long.yaml:2: name: is 83 characters long; keep it to 60 (it is sent to every phone)`,
    `${dir}/venues/too-long.yaml:7: summary: is 720 characters long; keep it to 500 (it is sent to every phone)`,
    // Inside the bounding box, outside Xinjiang.
    `${dir}/venues/almaty.yaml:13: location: 43.24, 76.95 (lat, lng) lies outside Xinjiang; check the coordinates (WGS-84)`,
    // Issue 18.7: impossible times, alias bombs and syntax errors at their real line, no stack traces.
    `${dir}/events/bad-times.yaml:4: start: 2026-06-06T25:00:00+08:00 is not a real time of day (00:00–23:59)`,
    `${dir}/events/bad-times.yaml:5: end: 2026-06-06T12:00:00+99:00 has an impossible offset; Beijing time is +08:00`,
    `${dir}/events/alias-bomb.yaml:1: (file): YAML: Excessive alias count indicates a resource exhaustion attack`,
    `${dir}/events/late-error.yaml:4: (file): YAML syntax: Missing closing "quote`,
    `${dir}/plans/plan-a.md:7: regions.1: unknown region id "nowhere" (no content/regions/nowhere.yaml)`,
    `${dir}/targets/bad-target.yaml:7: target.value: must be a number`,
    `${dir}/campaigns/bad-campaign.yaml:2: eventId: must be the id of each year's event, with {year}, e.g. tech-week-{year}-changji`,
    `${dir}/campaigns/bad-campaign.yaml:3: title: {city} is not a placeholder; use {year}, {nextYear}, {start}, {end}, {springFestival}, {lanternFestival}`,
    `${dir}/campaigns/bad-campaign.yaml:6: rule.rrule: must be a yearly rule (FREQ=YEARLY;…): one instance a year`,
    `${dir}/campaigns/bad-campaign.yaml:6: rule: give exactly one of days, until or untilLunar`,
    `${dir}/campaigns/bad-campaign.yaml:8: rule.until: is not a day of the year`,
    `${dir}/events/bad-override.yaml:4: campaign: unknown campaign id "no-such-campaign" (no content/campaigns/no-such-campaign.yaml)`,
  ])('reports %s', (line) => {
    expect(lines).toContain(line)
  })

  it('reports every problem, one line each, and nothing else', () => {
    expect(lines).toHaveLength(38)
    for (const line of lines) expect(line).toMatch(/^tests\/fixtures\/content-broken\/\w+\/[\w-]+\.(yaml|md):\d+: \S+: .+$/)
  })

  it('throws a ContentError listing all problems from compileContent', () => {
    expect(() => compileContent(fixture('content-broken'))).toThrow(ContentError)
    try {
      compileContent(fixture('content-broken'))
    } catch (error) {
      expect((error as ContentError).problems).toHaveLength(38)
      expect((error as Error).message).toContain('38 content problems')
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
