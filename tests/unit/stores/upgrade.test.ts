/**
 * An app update that finds the user's data saved by the previous version. The database is created as
 * version 1 created it (stores written out in device.ts, not the app's own migration) and filled with
 * a schedule, plans, shifts and the school; then the current app opens it — running its upgrade steps
 * when DB_VERSION is higher — and every record is still there and readable. While DB_VERSION is 1 this
 * checks that the current code reads what version 1 wrote; the day a step is added, it checks that step.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { makePlan, makeScheduleEntry, makeShift } from '../builders'
import { createV1Stores, newDevice, openApp, seed, warmUp } from './device'

const school = { lat: 43.83, lng: 87.62, source: 'device', label: '我的学校' }

describe('user database upgrade', () => {
  beforeAll(warmUp, 60_000)
  beforeEach(newDevice)

  it('keeps the schedule, plans, shifts and school saved by version 1', async () => {
    await seed('kpxj-user', 1, createV1Stores, {
      kv: [{ key: 'planner:school', value: school }],
      schedule: [makeScheduleEntry({ id: 'e1' }), makeScheduleEntry({ id: 'e2', addedAt: '2026-11-21T02:00:00.000Z' })],
      visitPlans: [makePlan({ id: 'p1' })],
      // A shift with a field this version does not know: it must survive, not be stripped.
      shifts: [{ ...makeShift({ id: 'import:a', origin: 'import' }), note: '来自新版' }],
    })

    const app = await openApp()
    expect(app.db.DB_NAME).toBe('kpxj-user')
    expect(app.db.DB_VERSION).toBeGreaterThanOrEqual(1)
    await Promise.all([app.mySchedule.load(), app.planner.load(), app.volunteer.load()])

    expect([...app.mySchedule.entries.keys()]).toEqual(['e1', 'e2'])
    expect(app.planner.plans).toEqual([makePlan({ id: 'p1' })])
    expect(app.planner.school).toEqual(school)
    expect(app.volunteer.shifts).toEqual([{ ...makeShift({ id: 'import:a', origin: 'import' }), note: '来自新版' }])
    expect([app.mySchedule.skipped, app.planner.skipped, app.volunteer.skipped]).toEqual([0, 0, 0])
    const db = await app.db.getDb()
    expect(db.version).toBe(app.db.DB_VERSION)
    expect([...db.objectStoreNames].sort()).toEqual(['kv', 'schedule', 'shifts', 'visitPlans'])
  })

  it('opens a device that never ran the app with every store, empty', async () => {
    const app = await openApp()
    await Promise.all([app.mySchedule.load(), app.planner.load(), app.volunteer.load()])
    expect([app.mySchedule.state, app.planner.state, app.volunteer.state]).toEqual(['ready', 'ready', 'ready'])
    expect([app.mySchedule.entries.size, app.planner.plans.length, app.volunteer.shifts.length]).toEqual([0, 0, 0])
  })
})
