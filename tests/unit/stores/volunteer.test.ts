/**
 * The volunteer's shifts against a real (in-memory) IndexedDB: taken and imported shifts survive a
 * reload, a re-import keeps what the volunteer last saw, undo puts things back, and a content-roster
 * change is merged only into shifts read from the device.
 */
import { describe, expect, it } from 'vitest'

import { dumpUserData } from '@/data/db'
import { makeUserDataFile, parseUserDataFile } from '@/data/userDataFile'
import { LIMITS } from '@/shared/userRecords'
import { TooManyShiftsError } from '@/stores/volunteer'

import { makeEvent, makeShift } from '../builders'
import { openApp, useFreshDevice } from './device'

const NOW = new Date('2026-11-26T10:00:00+08:00')

const rosterEvent = makeEvent({
  id: 'winter-fair',
  start: '2026-12-05',
  title: '冬季科普集市',
  shifts: [
    {
      id: 's1',
      role: '引导员',
      start: '2026-12-05T09:30:00+08:00',
      end: '2026-12-05T12:00:00+08:00',
      meetingPoint: '北门',
      team: '一组',
      lead: '主办方',
      bring: [],
      sample: true,
    },
  ],
})

describe('volunteer store', () => {
  useFreshDevice(NOW)

  it('keeps a shift taken from a content roster across a reload, in start order', async () => {
    const app = await openApp()
    await app.volunteer.load()
    await app.volunteer.importShifts([
      makeShift({ id: 'import:late', start: '2026-12-06T09:00:00+08:00', end: '2026-12-06T10:00:00+08:00' }),
    ])
    await app.volunteer.take(rosterEvent, rosterEvent.shifts![0]!)
    expect(app.volunteer.has('content:winter-fair:s1')).toBe(true)

    const again = await openApp()
    expect(again.volunteer.state).toBe('idle')
    await again.volunteer.load()
    expect(again.volunteer.state).toBe('ready')
    expect(again.volunteer.shifts.map((s) => s.id)).toEqual(['content:winter-fair:s1', 'import:late'])
    expect(again.volunteer.shifts[0]).toMatchObject({ origin: 'content', eventTitle: '冬季科普集市', addedAt: NOW.toISOString() })
  })

  it('merges a re-imported roster, keeping what was last seen, and undoes the import', async () => {
    const app = await openApp()
    const first = makeShift({ id: 'import:a', origin: 'import', addedAt: '2026-11-20T02:00:00.000Z' })
    expect(await app.volunteer.importShifts([first])).toEqual({ added: 1, updated: 0, unchanged: 0 })
    const moved = makeShift({ id: 'import:a', origin: 'import', meetingPoint: '南门', addedAt: NOW.toISOString() })
    const added = makeShift({ id: 'import:b', origin: 'import' })

    const again = await openApp()
    // Not loaded yet: the import reads what is saved first, or it would take the re-import for a new shift.
    expect(await again.volunteer.importShifts([moved, added])).toEqual({ added: 1, updated: 1, unchanged: 0 })
    expect(again.volunteer.shifts.find((s) => s.id === 'import:a')).toMatchObject({
      meetingPoint: '南门',
      addedAt: '2026-11-20T02:00:00.000Z',
      seen: { meetingPoint: '北门' },
    })
    await again.volunteer.acknowledge('import:a')

    const third = await openApp()
    await third.volunteer.load()
    expect(third.volunteer.shifts.find((s) => s.id === 'import:a')!.seen.meetingPoint).toBe('南门')

    // The same roster sent again: nothing updated, each record as it was (updatedAt too).
    const before = third.volunteer.shifts.find((s) => s.id === 'import:a')!
    const resent = { ...before, addedAt: NOW.toISOString(), updatedAt: NOW.toISOString(), seen: { ...before.seen, role: '?' } }
    expect(await third.volunteer.importShifts([resent])).toEqual({ added: 0, updated: 0, unchanged: 1 })
    expect(third.volunteer.shifts.find((s) => s.id === 'import:a')).toEqual(before)
    // Nothing to take back: no 撤销 that would do nothing.
    expect(third.volunteer.lastImport).toBeNull()

    // Undo is offered right after an import, on the page that made it.
    await again.volunteer.importShifts([makeShift({ id: 'import:c', origin: 'import' }), { ...moved, role: '讲解员' }])
    expect(await again.volunteer.undoImport()).toEqual({ added: 1, updated: 1 })
    const fourth = await openApp()
    await fourth.volunteer.load()
    expect(fourth.volunteer.shifts.map((s) => [s.id, s.role])).toEqual([
      ['import:a', '引导员'],
      ['import:b', '引导员'],
    ])
  })

  it('moves a shift saved under its 编号 alone to its id with the 活动编号 on re-import, and undoes that too', async () => {
    const app = await openApp()
    // Imported before 活动编号 took part in the id.
    const legacy = makeShift({
      id: 'import:guide-am',
      origin: 'import',
      eventId: undefined,
      eventTitle: '科技活动周',
      addedAt: '2026-11-20T02:00:00.000Z',
    })
    await app.volunteer.importShifts([legacy])
    const again = await openApp()
    const updated = makeShift({
      id: 'import:tech-week-changji:guide-am',
      origin: 'import',
      eventId: 'tech-week-changji',
      eventTitle: '科技活动周',
      meetingPoint: '南门',
    })
    // Another event's guide-am is another shift, not the saved one.
    const other = makeShift({ id: 'import:winter-hami:guide-am', origin: 'import', eventId: 'winter-hami', eventTitle: '科技之冬' })
    expect(await again.volunteer.importShifts([updated, other])).toEqual({ added: 1, updated: 1, unchanged: 0 })
    const third = await openApp()
    await third.volunteer.load()
    expect(third.volunteer.shifts.map((s) => s.id).sort()).toEqual(['import:tech-week-changji:guide-am', 'import:winter-hami:guide-am'])
    expect(third.volunteer.shifts.find((s) => s.eventId === 'tech-week-changji')).toMatchObject({
      meetingPoint: '南门',
      addedAt: '2026-11-20T02:00:00.000Z',
      seen: { meetingPoint: '北门' },
    })
    // The moved shift was one updated, not also one added.
    expect(await again.volunteer.undoImport()).toEqual({ added: 1, updated: 1 })
    const fourth = await openApp()
    await fourth.volunteer.load()
    expect(fourth.volunteer.shifts.map((s) => [s.id, s.meetingPoint])).toEqual([['import:guide-am', '北门']])
  })

  it('moves a changed .ics occurrence saved under its UID alone to its id with the occurrence', async () => {
    const app = await openApp()
    const [start, end] = ['2026-12-12T21:00:00+08:00', '2026-12-12T23:00:00+08:00']
    await app.volunteer.importShifts([
      makeShift({ id: 'import:lone', origin: 'import', eventId: undefined, eventTitle: '现场引导', start, end }),
    ])
    const again = await openApp()
    const moved = makeShift({
      id: 'import:lone|2026-12-12T17:00',
      origin: 'import',
      eventId: undefined,
      eventTitle: '现场引导',
      start,
      end,
    })
    expect(await again.volunteer.importShifts([moved])).toEqual({ added: 0, updated: 1, unchanged: 0 })
    await again.volunteer.load()
    expect(again.volunteer.shifts.map((s) => s.id)).toEqual(['import:lone|2026-12-12T17:00'])
  })

  it('brings a content shift up to date only after reading the saved ones, keeping what was seen', async () => {
    const app = await openApp()
    await app.volunteer.take(rosterEvent, rosterEvent.shifts![0]!)
    const changed = { ...rosterEvent, shifts: [{ ...rosterEvent.shifts![0]!, meetingPoint: '东门' }] }

    const again = await openApp()
    // No load() first: the page may sync as soon as the catalog arrives.
    await again.volunteer.syncWithContent([changed])
    expect(again.volunteer.state).toBe('ready')
    expect(again.volunteer.shifts).toHaveLength(1)
    expect(again.volunteer.shifts[0]).toMatchObject({ meetingPoint: '东门', seen: { meetingPoint: '北门' }, addedAt: NOW.toISOString() })

    const third = await openApp()
    await third.volunteer.load()
    expect(third.volunteer.shifts[0]).toMatchObject({ meetingPoint: '东门', seen: { meetingPoint: '北门' } })
  })

  it('refuses an import that would keep more shifts than a backup can restore, keeping what is saved', async () => {
    const app = await openApp()
    const many = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => makeShift({ id: `import:${prefix}${i}`, origin: 'import' }))
    await app.volunteer.importShifts(many('a', LIMITS.backupRecords - 2))
    // Shifts already saved are updated, not counted twice; three new ones are one too many.
    const refused = app.volunteer.importShifts([...many('a', 10), ...many('b', 3)])
    // (openApp loads the store's module afresh: its class is another, its name the same.)
    await expect(refused).rejects.toMatchObject({
      name: TooManyShiftsError.name,
      saved: LIMITS.backupRecords - 2,
      adding: 3,
      limit: LIMITS.backupRecords,
    })
    expect(await app.volunteer.importShifts(many('b', 2))).toEqual({ added: 2, updated: 0, unchanged: 0 })
    // What is saved then always comes back from its backup.
    const parsed = parseUserDataFile(JSON.stringify(makeUserDataFile(await dumpUserData(), { now: NOW })), { now: NOW })
    expect(parsed.ok && parsed.file.stores.shifts.length).toBe(LIMITS.backupRecords)
  })

  it('removes a dropped shift from the device', async () => {
    const app = await openApp()
    await app.volunteer.take(rosterEvent, rosterEvent.shifts![0]!)
    await app.volunteer.drop('content:winter-fair:s1')
    const again = await openApp()
    await again.volunteer.load()
    expect(again.volunteer.shifts).toEqual([])
  })
})
