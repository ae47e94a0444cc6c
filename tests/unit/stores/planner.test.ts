/** The visit planner's store against a real (in-memory) IndexedDB: plans and the school survive a reload. */
import { describe, expect, it } from 'vitest'

import { makePlan } from '../builders'
import { openApp, useFreshDevice } from './device'

const NOW = new Date('2026-11-26T10:00:00+08:00')

describe('planner store', () => {
  useFreshDevice(NOW)

  it('saves plans by date (undated last), stamps them, and keeps them across a reload', async () => {
    const app = await openApp()
    await app.planner.load()
    await app.planner.save(makePlan({ id: 'late', date: '2026-12-20' }))
    await app.planner.save(makePlan({ id: 'undated', date: '' }))
    await app.planner.save(makePlan({ id: 'soon', date: '2026-12-03', updatedAt: '2020-01-01T00:00:00.000Z' }))

    const again = await openApp()
    await again.planner.load()
    expect(again.planner.plans.map((p) => p.id)).toEqual(['soon', 'late', 'undated'])
    expect(again.planner.get('soon')).toEqual(makePlan({ id: 'soon', date: '2026-12-03', updatedAt: NOW.toISOString() }))
  })

  it('duplicates a plan for another class and removes one, on the device too', async () => {
    const app = await openApp()
    await app.planner.load()
    await app.planner.save(makePlan({ id: 'p1', done: ['letter'] }))
    const copy = await app.planner.duplicate('p1')
    expect(copy).toMatchObject({ venueId: 'xinjiang-science-museum', date: '2026-12-02', className: '', students: 0, done: [] })
    expect(copy!.id).not.toBe('p1')
    await app.planner.remove('p1')

    const again = await openApp()
    await again.planner.load()
    expect(again.planner.plans.map((p) => p.id)).toEqual([copy!.id])
  })

  it('refuses to write a plan its next read would hide, and keeps the one saved before', async () => {
    const app = await openApp()
    await app.planner.load()
    await app.planner.save(makePlan({ id: 'p1', notes: '带水' }))
    // Notes pasted past 2000 characters, a year typed 2206: before, saved, then gone after a reload.
    await expect(app.planner.save(makePlan({ id: 'p1', notes: '名单'.repeat(1001) }))).rejects.toThrow('notes')
    await expect(app.planner.save(makePlan({ id: 'p1', date: '2206-12-02' }))).rejects.toThrow('date')
    expect(app.planner.get('p1')?.notes).toBe('带水')

    const again = await openApp()
    await again.planner.load()
    expect(again.planner.skipped).toBe(0)
    expect(again.planner.get('p1')).toMatchObject({ notes: '带水', date: '2026-12-02' })
  })

  it('does not save over a plan another page (a second tab) saved since this one read it', async () => {
    const first = await openApp()
    await first.planner.load()
    const read = await first.planner.save(makePlan({ id: 'p1', notes: '' }))
    // A second tab of the app, open on the same plan, saves a change a minute later.
    const second = await openApp()
    await second.planner.load()
    // The same clock reading in both tabs (saves within a millisecond): told apart all the same.
    const theirs = await second.planner.save({ ...second.planner.get('p1')!, notes: '带水' }, read)
    expect(theirs.updatedAt).toBe(read.updatedAt)

    // The first tab's save, from the plan it read: refused, with what is saved now; its own list learns it.
    const refused = first.planner.save({ ...read, className: '一班' }, read)
    // (Each openApp has its own copy of the store's module: the error's class is matched by its name.)
    await expect(refused).rejects.toMatchObject({ name: 'PlanChangedError' })
    await expect(refused).rejects.toMatchObject({ current: theirs })
    expect(first.planner.get('p1')).toEqual(theirs)
    // From the plan saved now it goes through.
    await first.planner.save({ ...theirs, className: '一班' }, theirs)

    const again = await openApp()
    await again.planner.load()
    expect(again.planner.get('p1')).toMatchObject({ notes: '带水', className: '一班' })
  })

  it('keeps the school location until it is cleared', async () => {
    const school = { lat: 44.01, lng: 87.27, source: 'region' as const, region: 'changji', label: '昌吉市' }
    const app = await openApp()
    await app.planner.load()
    await app.planner.setSchool(school)

    const again = await openApp()
    await again.planner.load()
    expect(again.planner.school).toEqual(school)
    await again.planner.setSchool(null)

    const third = await openApp()
    await third.planner.load()
    expect(third.planner.school).toBeNull()
  })
})
