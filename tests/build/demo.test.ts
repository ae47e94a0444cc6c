/** Samples are samples: the 示例 rosters live in the demo data set, built in only where demo data is on. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { checkContent, compileContent } from '../../src/build/compile'
import { demoEnabled } from '../../src/build/demo'
import { formatProblem } from '../../src/build/errors'
import { TEST_TODAY } from '../fixtures/testDay'

const root = resolve(__dirname, '../..')
const real = { contentDir: resolve(root, 'content'), rootDir: root, today: TEST_TODAY }

describe('the demo data switch', () => {
  it('a production build publishes no sample roster: no roster at all until an organiser publishes one', () => {
    const { catalog, events } = compileContent(real)
    expect(catalog.rosters).toEqual({})
    expect(events.flatMap((e) => e.shifts ?? [])).toEqual([])
  }, 30_000)

  it('the demo build (npm start, the tests) carries the sample rosters, each shift marked sample', () => {
    const { catalog, events } = compileContent({ ...real, demo: true })
    expect(Object.keys(catalog.rosters).sort()).toEqual([
      'keji-zhidong-2026-changji',
      'science-month-2027-changji',
      'tech-week-2027-changji',
    ])
    const shifts = events.flatMap((e) => e.shifts ?? [])
    expect(shifts.length).toBeGreaterThan(0)
    expect(shifts.every((s) => s.sample)).toBe(true)
  }, 30_000)

  it('is on for the dev server, off for a build, and KEPU_DEMO decides either way', () => {
    expect(demoEnabled('serve', {})).toBe(true)
    expect(demoEnabled('build', {})).toBe(false)
    expect(demoEnabled('build', { KEPU_DEMO: '1' })).toBe(true)
    expect(demoEnabled('serve', { KEPU_DEMO: '0' })).toBe(false)
  })
})

describe('checks on rosters and samples', () => {
  const fixture = () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpxj-demo-'))
    cpSync(resolve(root, 'tests/fixtures/content-valid'), dir, { recursive: true })
    mkdirSync(join(dir, 'demo/events'), { recursive: true })
    return dir
  }
  const shift = (extra: string) =>
    `  - id: s1\n    role: 引导\n    start: 2026-05-30T09:00:00+08:00\n    end: 2026-05-30T12:00:00+08:00\n    meetingPoint: 门口\n    team: 队\n    lead: 队长\n${extra}`

  it('a sample in a published event, a demo roster for no event and a demo shift outside its event are named', () => {
    const dir = fixture()
    writeFileSync(join(dir, 'demo/events/nothing-here.yaml'), `id: nothing-here\nshifts:\n${shift('    sample: true\n')}`)
    writeFileSync(
      join(dir, 'demo/events/week-a.yaml'),
      `id: week-a\nshifts:\n${shift('    sample: true\n').replace('2026-05-30T09', '2026-07-01T09').replace('2026-05-30T12', '2026-07-01T12')}`,
    )
    const { problems } = checkContent({ contentDir: dir, rootDir: dir, today: TEST_TODAY, demo: true })
    const lines = problems.map(formatProblem)
    expect(lines).toEqual([
      'demo/events/nothing-here.yaml:1: id: 找不到活动编号“nothing-here”（没有 content/events/nothing-here.yaml 这个文件）',
      'demo/events/week-a.yaml:5: shifts.0.start: 必须在活动日期之内（2026-05-30 至 2026-06-02）',
    ])
    // An event file with a problem of its own: that problem is told, its sample roster is not called missing.
    const eventFile = join(dir, 'events/week-a.yaml')
    const original = readFileSync(eventFile, 'utf8')
    writeFileSync(eventFile, original.replace(/^status: .*$/m, 'status: maybe'))
    const broken = checkContent({ contentDir: dir, rootDir: dir, today: TEST_TODAY, demo: true }).problems.map(formatProblem)
    expect(broken.some((l) => l.startsWith('events/week-a.yaml:') && l.includes('status:'))).toBe(true)
    expect(broken.filter((l) => l.startsWith('demo/events/week-a.yaml'))).toEqual([])
    // What the sample says of itself is still told in the same run (not after the event is fixed).
    const demoFile = join(dir, 'demo/events/week-a.yaml')
    writeFileSync(demoFile, `id: week-a\nshifts:\n${shift('    sample: false\n')}`)
    const both = checkContent({ contentDir: dir, rootDir: dir, today: TEST_TODAY, demo: true }).problems.map(formatProblem)
    expect(both.filter((l) => l.startsWith('demo/events/week-a.yaml'))).toEqual([
      'demo/events/week-a.yaml:10: shifts.0.sample: 必须是 true：演示数据里的排班都是示例',
    ])
    writeFileSync(eventFile, original)
    // The same file set in a published event: a sample there is refused.
    writeFileSync(
      join(dir, 'events/week-a.yaml'),
      `${readFileSync(join(dir, 'events/week-a.yaml'), 'utf8')}shifts:\n${shift('    sample: true\n')}`,
    )
    const again = checkContent({ contentDir: dir, rootDir: dir, today: TEST_TODAY }).problems.map(formatProblem)
    expect(again.some((l) => l.startsWith('events/week-a.yaml:') && l.includes('shifts.0.sample: 正式发布的排班不是示例'))).toBe(true)
  })
})
