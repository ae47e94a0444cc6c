/**
 * Import of a backup file into the database, and its undo. Apart from db.ts so that the backup code
 * (and the record schemas it checks with) stay out of the first route: only 我的 → 我的数据 loads it.
 */
import { getDb, requestPersistenceOnce, type StoreName, USER_STORES } from '@/data/db'
import { type KvRecord, type MergePlan, planMerge, type UserDataFile, type UserDataStore } from '@/data/userDataFile'
import { LIMITS } from '@/shared/userRecords'

export interface ImportSummary {
  added: number
  updated: number
  kept: number
}

/** kv key of what the last import changed, so it can be undone (device-only: never exported). */
export const UNDO_KEY = 'import:undo'

/**
 * One record the last import wrote, and what was there before (absent: the import added it); `after` is a
 * fingerprint of a plan, shift or schedule entry as it wrote it (not in undo records of before 2026-12-07).
 */
interface UndoEntry {
  store: StoreName
  key: string
  before?: unknown
  after?: string
}

/**
 * A short fingerprint of a record as stored (FNV-1a over its JSON): undo leaves alone a record changed since
 * the import (a plan edited weeks later is not deleted or put back as it was). Not the record itself: a
 * backup can hold thousands, and the undo record would double them.
 */
function fingerprint(value: unknown): string {
  const text = JSON.stringify(value) ?? ''
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return `${text.length}:${(hash >>> 0).toString(36)}`
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

/**
 * A backup that would leave a store with more records than a backup may hold (LIMITS.backupRecords; two
 * devices' shifts merged, say): refused whole, or the next backup of this device could never be imported.
 */
export class TooManyRecordsError extends Error {
  override name = 'TooManyRecordsError'
  constructor(
    readonly store: UserDataStore,
    readonly count: number,
    readonly limit: number,
  ) {
    super(`${store}: ${count} records after the import exceed ${limit}`)
  }
}

/** One store's records read and merged with the file's, before anything is written. */
async function planKeyed<T extends { id: string }>(name: Exclude<StoreName, 'kv'>, store: KeyedStore<T>, incoming: T[]) {
  const existing = new Map((await store.getAll()).map((r) => [r.id, r]))
  return { name, store, existing, plan: planMerge(existing, incoming, (r) => r.id) }
}

/** Write one store's merge, noting each write in `undo`. */
async function writeKeyed<T extends { id: string }>(
  { name, store, existing, plan }: Awaited<ReturnType<typeof planKeyed<T>>>,
  undo: UndoRecord,
): Promise<MergePlan<T>> {
  for (const record of plan.write) {
    const key = record.id
    const after = fingerprint(record)
    undo.entries.push(existing.has(key) ? { store: name, key, before: existing.get(key), after } : { store: name, key, after })
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
  const keyed = [
    await planKeyed('schedule', tx.objectStore('schedule'), file.stores.schedule),
    await planKeyed('visitPlans', tx.objectStore('visitPlans'), file.stores.visitPlans),
    await planKeyed('shifts', tx.objectStore('shifts'), file.stores.shifts),
  ] as const
  for (const { name, existing, plan } of keyed) {
    if (existing.size + plan.added <= LIMITS.backupRecords) continue
    tx.done.catch(() => {})
    tx.abort()
    throw new TooManyRecordsError(name, existing.size + plan.added, LIMITS.backupRecords)
  }
  for (const record of kvPlan.write) {
    // No fingerprint: the app itself writes some of these again in its own form (settings, normalised on the
    // next start), and a preference is put back as it was.
    undo.entries.push(
      before.has(record.key) ? { store: 'kv', key: record.key, before: before.get(record.key) } : { store: 'kv', key: record.key },
    )
    await kv.put(record.value, record.key)
  }
  const plans: MergePlan<unknown>[] = [
    kvPlan,
    await writeKeyed(keyed[0], undo),
    await writeKeyed(keyed[1], undo),
    await writeKeyed(keyed[2], undo),
  ]
  const summary: ImportSummary = { added: 0, updated: 0, kept: 0 }
  for (const plan of plans) {
    summary.added += plan.added
    summary.updated += plan.updated
    // Settings the device keeps as they are are no news: "保留已有 1 条" on a phone without a plan was its settings.
    if (plan !== kvPlan) summary.kept += plan.kept
  }
  // An import that changed nothing leaves nothing to undo: the record of an older import must not stay
  // behind it (撤销 then took back that one, deleting plans added weeks ago).
  if (undo.entries.length) await kv.put(undo, UNDO_KEY)
  else await kv.delete(UNDO_KEY)
  await tx.done
  if (summary.added + summary.updated > 0) void requestPersistenceOnce()
  return summary
}

/** Is there an import that can be undone? */
export async function hasUndoableImport(): Promise<boolean> {
  return (await (await getDb()).get('kv', UNDO_KEY)) !== undefined
}

/**
 * Put back what the last import replaced and remove what it added, in one transaction; a record changed
 * since the import stays as it is now. Returns how many records were put back or removed.
 */
export async function undoLastImport(): Promise<number> {
  const db = await getDb()
  const tx = db.transaction(USER_STORES, 'readwrite')
  const kv = tx.objectStore('kv')
  const undo = (await kv.get(UNDO_KEY)) as UndoRecord | undefined
  let undone = 0
  for (const entry of undo?.entries ?? []) {
    // Any of the four stores: `before` is put back exactly as it was read.
    const store = tx.objectStore(entry.store)
    if (entry.after !== undefined && fingerprint(await store.get(entry.key)) !== entry.after) continue
    if (!('before' in entry)) await store.delete(entry.key)
    else if (entry.store === 'kv') await store.put(entry.before, entry.key)
    else await store.put(entry.before)
    undone++
  }
  await kv.delete(UNDO_KEY)
  await tx.done
  return undone
}
