/**
 * A device for the user-data store tests: a real IndexedDB implementation in memory (fake-indexeddb),
 * emptied per test, and "opening the app" as a page load does — fresh modules (so the app's open
 * database handle is forgotten) and a fresh Pinia — while the database stays.
 */
import 'fake-indexeddb/auto'

import { IDBFactory } from 'fake-indexeddb'
import { afterEach, beforeAll, beforeEach, vi } from 'vitest'

/** A device that has never run the app. */
export function newDevice(): void {
  vi.stubGlobal('indexedDB', new IDBFactory())
}

/** Load the app's stores as a new page would: nothing in memory, only what the database holds. */
export async function openApp() {
  vi.resetModules()
  const { createPinia, setActivePinia } = await import('pinia')
  setActivePinia(createPinia())
  const [{ useMyScheduleStore }, { usePlannerStore }, { useVolunteerStore }, db] = await Promise.all([
    import('@/stores/mySchedule'),
    import('@/stores/planner'),
    import('@/stores/volunteer'),
    import('@/data/db'),
  ])
  return { mySchedule: useMyScheduleStore(), planner: usePlannerStore(), volunteer: useVolunteerStore(), db }
}

/** Records to seed, store by store; `kv` records are `{ key, value }` (the store has out-of-line keys). */
export type SeedRecords = Record<string, object[]>

/** Put records straight into the database (as another version of the app left them), then close it. */
export async function seed(name: string, version: number, upgrade: (db: IDBDatabase) => void, records: SeedRecords) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, version)
    request.onupgradeneeded = () => upgrade(request.result)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('open failed'))
  })
  const names = Object.keys(records)
  if (names.length) {
    const tx = db.transaction(names, 'readwrite')
    for (const store of names) {
      for (const record of records[store]!) {
        if (store === 'kv') tx.objectStore(store).put((record as { value: unknown }).value, (record as { key: string }).key)
        else tx.objectStore(store).put(record)
      }
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error ?? new Error('write failed'))
    })
  }
  db.close()
}

/** The object stores version 1 of the app created (src/data/db.ts, `migrate` step 0), written out here. */
export function createV1Stores(db: IDBDatabase): void {
  db.createObjectStore('kv')
  db.createObjectStore('schedule', { keyPath: 'id' })
  db.createObjectStore('visitPlans', { keyPath: 'id' })
  db.createObjectStore('shifts', { keyPath: 'id' })
}

/** Compile the stores' modules once before the timed tests: on a busy machine that alone takes seconds. */
export async function warmUp(): Promise<void> {
  newDevice()
  await openApp()
}

/**
 * The per-test setup every store test shares: modules warmed once, then for each test a fresh device
 * (empty IndexedDB, fresh modules) with the date fixed at `now`.
 */
export function useFreshDevice(now: Date): void {
  beforeAll(warmUp, 60_000)
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(now)
    newDevice()
  })
  afterEach(() => vi.useRealTimers())
}
