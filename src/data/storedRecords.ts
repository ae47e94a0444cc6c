/**
 * The user's saved records, read from IndexedDB and checked against their store's schema before any page
 * sees them (src/shared/userRecords.ts: a bad record is skipped and counted, never shown, never deleted).
 * The schemas, and zod with them (~8 KB gzip), load only when the store holds something, so a first visit,
 * or anyone who has saved nothing, opens the calendar and event pages without them.
 */
import type { UserRecords } from '@/shared/userData'
import type { Checked } from '@/shared/userRecords'

import { getDb } from './db'

/** A store of records with ids (kv values are checked by whoever reads them). */
export type RecordListStore = 'schedule' | 'visitPlans' | 'shifts'

export async function readCheckedRecords<S extends RecordListStore>(store: S): Promise<Checked<UserRecords[S]>> {
  const records: unknown[] = await (await getDb()).getAll(store)
  if (records.length === 0) return { good: [], bad: [] }
  const { checkRecords } = await import('@/shared/userRecords')
  return checkRecords(store, records)
}
