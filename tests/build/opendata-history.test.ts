/** History in the open data: the 十三五 work the plans report is marked as history and is no feed entry. */
import { resolve } from 'node:path'

import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { compileContent } from '../../src/build/compile'
import { renderDataFiles } from '../../src/build/opendata'
import { TEST_TODAY } from '../fixtures/testDay'

const root = resolve(__dirname, '../..')
const HISTORY_ID = 'community-kepu-2016-2020-changji'

describe('open data on the real content', () => {
  const compiled = compileContent({ contentDir: resolve(root, 'content'), rootDir: root, today: TEST_TODAY })
  const files = renderDataFiles(compiled, { today: TEST_TODAY })
  const events = (
    JSON.parse(files.get('/data/events.json')!) as { events: { id: string; end: string; datePrecision: string; history?: boolean }[] }
  ).events

  it('marks past-period work as history in events.json, and nothing else', () => {
    expect(events.find((e) => e.id === HISTORY_ID)).toMatchObject({ history: true })
    const marked = events.filter((e) => e.history).map((e) => e.id)
    expect(marked.length).toBeGreaterThan(0)
    // Only year- or period-long work that ended before the build day.
    for (const e of events.filter((e) => e.history)) {
      expect(['year', 'period']).toContain(e.datePrecision)
      expect(e.end.slice(0, 10) < TEST_TODAY).toBe(true)
    }
    expect(events.find((e) => e.id.startsWith('keji-zhidong-2026-changji'))?.history).toBeUndefined()
  })

  it('leaves history and year-long work out of the subscribable .ics feed: events on days only', () => {
    const uids = new ICAL.Component(ICAL.parse(files.get('/data/events.ics')!))
      .getAllSubcomponents('vevent')
      .map((v) => String(v.getFirstPropertyValue('uid')))
    expect(uids.some((uid) => uid.includes(HISTORY_ID))).toBe(false)
    expect(uids.some((uid) => uid.includes('keji-zhidong-2026-changji'))).toBe(true)
    // 全年开展 work was an all-day entry on 1 January with a 明天开始 reminder: a day nobody gave.
    const onDays = events.filter((e) => !e.history && !['year', 'period'].includes(e.datePrecision))
    expect(onDays.length).toBeGreaterThan(10)
    expect(uids).toHaveLength(onDays.length)
  })
})
