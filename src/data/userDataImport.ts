/**
 * Import of a backup file into the database, and its undo. Apart from db.ts so that the backup code
 * (and the record schemas it checks with) stay out of the first route: only 我的 → 我的数据 loads it.
 */
import { getDb, requestPersistenceOnce, USER_STORES, type StoreName } from '@/data/db'
import { planMerge, USER_DATA_STORES, type KeyedRecord, type KvRecord, type UserDataFile } from '@/data/userDataFile'

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

type AnyStore = {
  put(value: unknown, key?: string): Promise<unknown>
  delete(key: string): Promise<unknown>
  get(key: string): Promise<unknown>
}

/**
 * Merge an exported file into the database in one transaction: all of it lands, or none of it. What it
 * replaced is kept under UNDO_KEY, so "撤销" can put the device back as it was.
 */
export async function importUserData(file: UserDataFile, now = new Date()): Promise<ImportSummary> {
  const db = await getDb()
  const tx = db.transaction(USER_STORES, 'readwrite')
  const summary: ImportSummary = { added: 0, updated: 0, kept: 0 }
  const undo: UndoRecord = { at: now.toISOString(), entries: [] }
  for (const name of USER_DATA_STORES) {
    const store = tx.objectStore(name) as unknown as AnyStore & { getAll(): Promise<unknown[]>; getAllKeys(): Promise<unknown[]> }
    const keys = (await store.getAllKeys()).map(String)
    const values = await store.getAll()
    const plan =
      name === 'kv'
        ? planMerge(new Map<string, KvRecord>(keys.map((key, i) => [key, { key, value: values[i] }])), file.stores.kv, (r) => r.key)
        : planMerge(new Map((values as KeyedRecord[]).map((r) => [r.id, r])), file.stores[name], (r) => r.id)
    const before = new Map(keys.map((key, i) => [key, values[i]]))
    for (const record of plan.write as (KvRecord | KeyedRecord)[]) {
      const key = 'key' in record && name === 'kv' ? String(record.key) : String((record as KeyedRecord).id)
      undo.entries.push(before.has(key) ? { store: name, key, before: before.get(key) } : { store: name, key })
      if (name === 'kv') await store.put((record as KvRecord).value, key)
      else await store.put(record)
    }
    summary.added += plan.added
    summary.updated += plan.updated
    summary.kept += plan.kept
  }
  if (undo.entries.length) await (tx.objectStore('kv') as unknown as AnyStore).put(undo, UNDO_KEY)
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
  const kv = tx.objectStore('kv') as unknown as AnyStore
  const undo = (await kv.get(UNDO_KEY)) as UndoRecord | undefined
  for (const entry of undo?.entries ?? []) {
    const store = tx.objectStore(entry.store) as unknown as AnyStore
    if (!('before' in entry)) await store.delete(entry.key)
    else if (entry.store === 'kv') await store.put(entry.before, entry.key)
    else await store.put(entry.before)
  }
  await kv.delete(UNDO_KEY)
  await tx.done
  return undo?.entries.length ?? 0
}
