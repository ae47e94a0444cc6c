import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { campaignInstance, expandCampaign, fillTemplate, instanceYear, springFestival } from '../../src/build/campaigns'
import { checkContent, compileContent } from '../../src/build/compile'
import { formatProblem } from '../../src/build/errors'
import { campaignSchema } from '../../src/build/schema'
import { buildToday } from '../../src/build/today'

const root = resolve(__dirname, '../..')
const fixture = resolve(root, 'tests/fixtures/content-campaigns')
const compile = (today: string) => compileContent({ contentDir: fixture, rootDir: root, builtAt: '2026-01-01T00:00:00.000Z', today })

const campaign = (rule: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  campaignSchema.parse({
    id: 'c',
    eventId: 'c-{year}',
    title: '{year}年活动',
    kind: '科技活动周',
    rule,
    dateNote: '推定为{start}至{end}',
    region: 'alpha',
    audiences: ['公众'],
    organiser: '科协',
    summary: '摘要',
    sources: [{ general: '测试' }],
    ...extra,
  })

describe('campaign rules', () => {
  it('finds the Saturday of the 科技活动周 rule and counts its days inclusively', () => {
    const techWeek = campaign({ rrule: 'FREQ=YEARLY;BYMONTH=5;BYDAY=SA;BYMONTHDAY=18,19,20,21,22,23,24', days: 8 })
    expect(campaignInstance(techWeek, 2025)).toEqual({ year: 2025, start: '2025-05-24', end: '2025-05-31' })
    expect(campaignInstance(techWeek, 2027)).toEqual({ year: 2027, start: '2027-05-22', end: '2027-05-29' })
    expect(campaignInstance(techWeek, 2028)).toEqual({ year: 2028, start: '2028-05-20', end: '2028-05-27' })
  })

  it('ends a winter campaign on its month-day of the next year; 02-29 falls back in common years', () => {
    const winter = campaign({ rrule: 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15', until: '03-31' })
    expect(campaignInstance(winter, 2026)).toMatchObject({ start: '2026-11-15', end: '2027-03-31' })
    const leap = campaign({ rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=1', until: '02-29' })
    expect(campaignInstance(leap, 2028)!.end).toBe('2028-02-29')
    expect(campaignInstance(leap, 2027)!.end).toBe('2027-02-28')
  })

  it('reads 元宵节 from the Chinese calendar (the published 2026–2029 dates)', () => {
    expect(springFestival(2026)).toEqual({ newYear: '2026-02-17', lantern: '2026-03-03' })
    expect(springFestival(2027)).toEqual({ newYear: '2027-02-06', lantern: '2027-02-20' })
    expect(springFestival(2028)).toEqual({ newYear: '2028-01-26', lantern: '2028-02-09' })
    const winter = campaign({ rrule: 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1', untilLunar: '01-15' })
    expect(campaignInstance(winter, 2029)).toMatchObject({ start: '2029-01-01', end: '2029-02-27' })
  })

  it('fills every placeholder, and maps instance ids to years both ways', () => {
    const c = campaign({ rrule: 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1', untilLunar: '01-15' }, { eventId: 'spring-{year}-alpha' })
    const text = fillTemplate('{year}—{nextYear}：{start}至{end}，春节{springFestival}，元宵{lanternFestival}', campaignInstance(c, 2027)!)
    expect(text).toBe('2027—2028：1月1日至2月20日，春节2月6日，元宵2月20日')
    expect(instanceYear(c, 'spring-2027-alpha')).toBe(2027)
    expect(instanceYear(c, 'spring-2027-beta')).toBeNull()
  })

  it('generates only the instances that touch [today, today + 18 months], within from / to', () => {
    const c = campaign({ rrule: 'FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=1', until: '09-30' }, { from: 2026, to: 2029 })
    expect(expandCampaign(c, { today: '2026-12-01' }).map((e) => e.id)).toEqual(['c-2027'])
    expect(expandCampaign(c, { today: '2027-04-01' }).map((e) => e.id)).toEqual(['c-2027', 'c-2028'])
    expect(expandCampaign(c, { today: '2027-09-30' }).map((e) => e.id)).toEqual(['c-2027', 'c-2028'])
    expect(expandCampaign(c, { today: '2027-10-01' }).map((e) => e.id)).toEqual(['c-2028'])
    expect(expandCampaign(c, { today: '2029-10-01' })).toEqual([])
    expect(expandCampaign(c, { today: '2025-01-01' })).toEqual([])
    expect(expandCampaign(c, { today: '2025-04-01' }).map((e) => e.id)).toEqual(['c-2026'])
    const [first] = expandCampaign(c, { today: '2026-12-01' })
    expect(first).toMatchObject({
      status: 'expected',
      title: '2027年活动',
      dateNote: '推定为9月1日至9月30日',
      start: '2027-09-01',
      end: '2027-09-30',
    })
  })
})

describe('campaigns in the pipeline', () => {
  it('keeps a running winter campaign and replaces an overridden year with its event file', () => {
    const { events, eventIndex } = compile('2026-12-01')
    const winter = events.filter((e) => e.series === 'winter')
    expect(winter.map((e) => [e.id, e.start, e.end, e.status])).toEqual([
      ['winter-2026-alpha', '2026-11-20', '2027-03-20', 'confirmed'],
      ['winter-2027-alpha', '2027-11-15', '2028-03-31', 'expected'],
    ])
    // A running event is indexed under the build month, whose shard the service worker precaches.
    expect(eventIndex['winter-2026-alpha']).toBe('2026-12')
    expect(eventIndex['winter-2027-alpha']).toBe('2027-11')
    const spring = events.find((e) => e.id === 'spring-2027-alpha')!
    expect(spring).toMatchObject({
      end: '2027-02-20',
      venue: 'museum-a',
      dateNote: '元旦至元宵节（2027年春节为2月6日，元宵节为2月20日）。',
    })
  })

  it('a build years later still has a full calendar', () => {
    const ids = compile('2031-06-15').events.map((e) => e.id)
    expect(ids).toEqual(expect.arrayContaining(['winter-2031-alpha', 'spring-2032-alpha']))
    expect(ids).not.toContain('winter-2029-alpha')
  })

  it('rejects an override whose id is not a year of its campaign, naming the expected form', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpxj-campaign-'))
    try {
      cpSync(fixture, dir, { recursive: true })
      const file = join(dir, 'events/winter-2026-alpha.yaml')
      writeFileSync(
        join(dir, 'events/winter-alpha-special.yaml'),
        readFileSync(file, 'utf8').replace('id: winter-2026-alpha', 'id: winter-alpha-special'),
      )
      rmSync(file)
      const lines = checkContent({ contentDir: dir, rootDir: dir, today: '2026-12-01' }).problems.map(formatProblem)
      expect(lines).toEqual([
        'events/winter-alpha-special.yaml:1: id: 必须是年度活动“winter-alpha”某一年的编号（winter-{year}-alpha，例如 winter-2027-alpha）',
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the build day', () => {
  it('is KEPU_TODAY when set, else the Beijing date of the clock', () => {
    expect(buildToday({ KEPU_TODAY: '2028-03-01' })).toBe('2028-03-01')
    expect(buildToday({}, Date.parse('2026-11-30T17:00:00Z'))).toBe('2026-12-01')
    expect(() => buildToday({ KEPU_TODAY: '2028-02-30' })).toThrow('KEPU_TODAY: "2028-02-30" is not a real date')
    expect(() => buildToday({ KEPU_TODAY: 'tomorrow' })).toThrow(/YYYY-MM-DD/)
  })
})
