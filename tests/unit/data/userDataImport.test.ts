/**
 * Importing a backup and taking it back, against a real (in-memory) IndexedDB: 撤销 takes back the last
 * import only, and never what the person changed after it.
 */
import { describe, expect, it } from 'vitest'

import { makePlan } from '../builders'
import { openApp, useFreshDevice } from '../stores/device'

const NOW = new Date('2026-11-26T10:00:00+08:00')
const file = (visitPlans: object[]) => ({
  format: 'kpxj-user-data',
  version: 1,
  exportedAt: NOW.toISOString(),
  stores: { kv: [], schedule: [], visitPlans, shifts: [] },
})

async function openImport() {
  const app = await openApp()
  const [transfer, { parseUserDataFile }] = await Promise.all([import('@/data/userDataImport'), import('@/data/userDataFile')])
  const parse = (value: object) => {
    const parsed = parseUserDataFile(JSON.stringify(value), { now: NOW })
    if (!parsed.ok) throw new Error('backup refused')
    return parsed.file
  }
  return { app, parse, ...transfer }
}

describe('backup import and undo', () => {
  useFreshDevice(NOW)

  it('an import that changed nothing leaves nothing to undo, not the import before it', async () => {
    const { parse, importUserData, hasUndoableImport } = await openImport()
    const backup = parse(file([makePlan({ id: 'x' })]))
    expect(await importUserData(backup, NOW)).toMatchObject({ added: 1 })
    expect(await hasUndoableImport()).toBe(true)
    // The same file again, weeks later: before, 撤销 was still offered, and deleted plan x.
    expect(await importUserData(backup, NOW)).toEqual({ added: 0, updated: 0, kept: 1 })
    expect(await hasUndoableImport()).toBe(false)
  })

  it('counts the records people keep, not the settings the device keeps', async () => {
    const { parse, importUserData } = await openImport()
    const backup = parse({
      ...file([]),
      stores: { kv: [{ key: 'planner:school', value: { label: '一中' } }], schedule: [], visitPlans: [], shifts: [] },
    })
    expect(await importUserData(backup, NOW)).toEqual({ added: 1, updated: 0, kept: 0 })
    // Again: the device's copy is kept, and "保留已有 1 条" named a record the person never saw.
    expect(await importUserData(backup, NOW)).toEqual({ added: 0, updated: 0, kept: 0 })
  })

  it('撤销 leaves a plan edited since the import as it is now', async () => {
    const { app, parse, importUserData } = await openImport()
    await app.planner.load()
    await app.planner.save(makePlan({ id: 'mine', notes: '旧' }))
    const imported = parse(
      file([makePlan({ id: 'new' }), makePlan({ id: 'mine', notes: '备份里的', updatedAt: '2026-11-26T03:00:00.000Z' })]),
    )
    expect(await importUserData(imported, NOW)).toMatchObject({ added: 1, updated: 1 })
    const later = await openImport()
    await later.app.planner.load()
    await later.app.planner.save({ ...later.app.planner.get('new')!, notes: '导入后补的' })
    // Only "mine" is put back; "new", edited since, stays.
    expect(await later.undoLastImport()).toBe(1)
    const after = await openImport()
    await after.app.planner.load()
    expect(after.app.planner.get('mine')?.notes).toBe('旧')
    expect(after.app.planner.get('new')?.notes).toBe('导入后补的')
  })

  it('refuses whole a backup that would leave more plans than one backup may hold', async () => {
    const { app, parse, importUserData, TooManyRecordsError } = await openImport()
    await app.planner.load()
    // Two devices' plans merged: each file within the limit, the two together over it.
    const { LIMITS } = await import('@/shared/userRecords')
    const plans = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => makePlan({ id: `${prefix}${i}` }))
    await importUserData(parse(file(plans('a', LIMITS.backupRecords - 1))), NOW)
    const refused = importUserData(parse(file(plans('b', 2))), NOW)
    await expect(refused).rejects.toBeInstanceOf(TooManyRecordsError)
    await expect(refused).rejects.toMatchObject({ store: 'visitPlans', count: LIMITS.backupRecords + 1 })
    const again = await openImport()
    await again.app.planner.load()
    expect(again.app.planner.plans).toHaveLength(LIMITS.backupRecords - 1)
  })
})
