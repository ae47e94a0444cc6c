/** 我的日程 against a real (in-memory) IndexedDB: what is starred survives a reload; nothing is lost. */
import { describe, expect, it, vi } from 'vitest'

import { makeEvent, makeScheduleEntry } from '../builders'
import { createV1Stores, openApp, seed, useFreshDevice } from './device'

const NOW = new Date('2026-11-26T10:00:00+08:00')

describe('my schedule store', () => {
  useFreshDevice(NOW)

  it('keeps starred events, in the order they were added, across a reload', async () => {
    const first = await openApp()
    await first.mySchedule.add(makeEvent({ id: 'b', start: '2026-12-05', title: '讲座' }))
    vi.setSystemTime(new Date(NOW.getTime() + 60_000))
    await first.mySchedule.add(makeEvent({ id: 'a', start: '2026-12-01' }))
    await first.mySchedule.add(makeEvent({ id: 'a', start: '2026-12-01' }))
    expect([...first.mySchedule.entries.keys()]).toEqual(['b', 'a'])

    const again = await openApp()
    expect(again.mySchedule.state).toBe('idle')
    await again.mySchedule.load()
    expect(again.mySchedule.state).toBe('ready')
    expect([...again.mySchedule.entries.keys()]).toEqual(['b', 'a'])
    expect(again.mySchedule.entries.get('b')).toEqual({
      id: 'b',
      addedAt: NOW.toISOString(),
      seen: { title: '讲座', start: '2026-12-05', end: '2026-12-05', status: 'expected', region: 'shuanghe' },
    })
  })

  it('toggles off, and a changed event is acknowledged by saving what it looks like now', async () => {
    const app = await openApp()
    const event = makeEvent({ id: 'talk', start: '2026-12-05' })
    await app.mySchedule.toggle(event)
    await app.mySchedule.toggle(makeEvent({ id: 'other' }))
    await app.mySchedule.toggle(makeEvent({ id: 'other' }))
    await app.mySchedule.acknowledge({ ...event, start: '2026-12-06', end: '2026-12-06', venue: 'changji-science-museum' })

    const again = await openApp()
    await again.mySchedule.load()
    expect([...again.mySchedule.entries.keys()]).toEqual(['talk'])
    expect(again.mySchedule.entries.get('talk')!.seen).toMatchObject({ start: '2026-12-06', venue: 'changji-science-museum' })
  })

  it('leaves a malformed saved entry out, counts it, and never deletes it', async () => {
    const app = await openApp()
    await app.mySchedule.load()
    const db = await app.db.getDb()
    db.close()
    await seed(app.db.DB_NAME, app.db.DB_VERSION, () => {}, {
      schedule: [makeScheduleEntry({ id: 'good' }), { id: 'broken', addedAt: 'yesterday' }],
    })

    const again = await openApp()
    await again.mySchedule.load()
    expect([...again.mySchedule.entries.keys()]).toEqual(['good'])
    expect(again.mySchedule.skipped).toBe(1)
    expect((await (await again.db.getDb()).getAllKeys('schedule')).sort()).toEqual(['broken', 'good'])
  })

  it('reads the database once for callers that ask at the same time', async () => {
    const app = await openApp()
    await seed(app.db.DB_NAME, 1, createV1Stores, { schedule: [makeScheduleEntry({ id: 'x' })] })
    const spy = vi.spyOn(IDBObjectStore.prototype, 'getAll')
    await Promise.all([app.mySchedule.load(), app.mySchedule.load(), app.mySchedule.add(makeEvent({ id: 'x' }))])
    expect(spy).toHaveBeenCalledTimes(1)
    expect([...app.mySchedule.entries.keys()]).toEqual(['x'])
    spy.mockRestore()
  })
})
