/**
 * Import of a backup file into the database, and its undo. Apart from db.ts so that the backup code
 * (and the record schemas it checks with) stay out of the first route: only 我的 → 我的数据 loads it.
 */
import { getDb, requestPersistenceOnce, type StoreName, USER_STORES } from '@/data/db'
import { type KvRecord, type MergePlan, planMerge, type UserDataFile } from '@/data/userDataFile'

export interface ImportSummary {
  added: number
  updated: number
  kept: number
}

/** kv key of what the last import changed, so it can be undone (device-only: never exported). */
export const UNDO_KEY = 'import:undo'

/** One record the last import wrote, and what was there before (absent: the import added it). */
interface UndoEntry {
  store: StoreName
  key: string
  before?: unknown
}
interface UndoRecord {
  at: string
  entries: UndoEntry[]
}

/** What merging needs of an object store whose records carry their own `id`. */
interface KeyedStore<T extends { id: string }> {
  getAll(): Promise<T[]>
  put(value: T): Promise<unknown>
}

/** Merge one store's records, noting each write in `undo`. */
async function mergeKeyed<T extends { id: string }>(
  name: Exclude<StoreName, 'kv'>,
  store: KeyedStore<T>,
  incoming: T[],
  undo: UndoRecord,
): Promise<MergePlan<T>> {
  const values = await store.getAll()
  const existing = new Map(values.map((r) => [r.id, r]))
  const plan = planMerge(existing, incoming, (r) => r.id)
  for (const record of plan.write) {
    const key = record.id
    undo.entries.push(existing.has(key) ? { store: name, key, before: existing.get(key) } : { store: name, key })
    await store.put(record)
  }
  return plan
}

/**
 * Merge an exported file into the database in one transaction: all of it lands, or none of it. What it
 * replaced is kept under UNDO_KEY, so "撤销" can put the device back as it was.
 */
export async function importUserData(file: UserDataFile, now = new Date()): Promise<ImportSummary> {
  const db = await getDb()
  const tx = db.transaction(USER_STORES, 'readwrite')
  const undo: UndoRecord = { at: now.toISOString(), entries: [] }
  const kv = tx.objectStore('kv')
  const keys = await kv.getAllKeys()
  const values = await kv.getAll()
  const before = new Map(keys.map((key, i) => [key, values[i]]))
  const kvPlan = planMerge(new Map<string, KvRecord>(keys.map((key, i) => [key, { key, value: values[i] }])), file.stores.kv, (r) => r.key)
  for (const record of kvPlan.write) {
    undo.entries.push(
      before.has(record.key) ? { store: 'kv', key: record.key, before: before.get(record.key) } : { store: 'kv', key: record.key },
    )
    await kv.put(record.value, record.key)
  }
  const plans: MergePlan<unknown>[] = [
    kvPlan,
    await mergeKeyed('schedule', tx.objectStore('schedule'), file.stores.schedule, undo),
    await mergeKeyed('visitPlans', tx.objectStore('visitPlans'), file.stores.visitPlans, undo),
    await mergeKeyed('shifts', tx.objectStore('shifts'), file.stores.shifts, undo),
  ]
  const summary: ImportSummary = { added: 0, updated: 0, kept: 0 }
  for (const plan of plans) {
    summary.added += plan.added
    summary.updated += plan.updated
    summary.kept += plan.kept
  }
  if (undo.entries.length) await kv.put(undo, UNDO_KEY)
  await tx.done
  if (summary.added + summary.updated > 0) void requestPersistenceOnce()
  return summary
}

/** Is there an import that can be undone? */
export async function hasUndoableImport(): Promise<boolean> {
  return (await (await getDb()).get('kv', UNDO_KEY)) !== undefined
}

/** Put back what the last import replaced and remove what it added, in one transaction. */
export async function undoLastImport(): Promise<number> {
  const db = await getDb()
  const tx = db.transaction(USER_STORES, 'readwrite')
  const kv = tx.objectStore('kv')
  const undo = (await kv.get(UNDO_KEY)) as UndoRecord | undefined
  for (const entry of undo?.entries ?? []) {
    // Any of the four stores: `before` is put back exactly as it was read.
    const store = tx.objectStore(entry.store)
    if (!('before' in entry)) await store.delete(entry.key)
    else if (entry.store === 'kv') await store.put(entry.before, entry.key)
    else await store.put(entry.before)
  }
  await kv.delete(UNDO_KEY)
  await tx.done
  return undo?.entries.length ?? 0
}
