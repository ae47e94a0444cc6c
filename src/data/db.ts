/**
 * The user's own data (my schedule, visit plans, volunteer shifts, settings) in IndexedDB — never in the
 * HTTP cache, so an app update or a cache purge cannot lose it. One versioned schema for every feature;
 * add a store by bumping DB_VERSION and adding a step to `migrate`, never by editing an old step.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb'

import type { UserDataFile } from '@/data/userDataFile'
import { APP_PREFIX } from '@/shared/constants'
import type { MyShift, ScheduleEntry, VisitPlan } from '@/shared/userData'

export const DB_NAME = `${APP_PREFIX}-user`
export const DB_VERSION = 1

export interface UserDbSchema extends DBSchema {
  /** Small values: settings, flags (e.g. whether persistence was requested). */
  kv: { key: string; value: unknown }
  /** 我的日程: starred events. */
  schedule: { key: string; value: ScheduleEntry }
  /** Teacher visit plans. */
  visitPlans: { key: string; value: VisitPlan }
  /** Volunteer shifts picked or imported. */
  shifts: { key: string; value: MyShift }
}

export type StoreName = 'kv' | 'schedule' | 'visitPlans' | 'shifts'
export const USER_STORES: StoreName[] = ['kv', 'schedule', 'visitPlans', 'shifts']

function migrate(db: IDBPDatabase<UserDbSchema>, oldVersion: number) {
  // Each case falls through to the next, so any old version is brought up step by step.
  switch (oldVersion) {
    case 0:
      db.createObjectStore('kv')
      db.createObjectStore('schedule', { keyPath: 'id' })
      db.createObjectStore('visitPlans', { keyPath: 'id' })
      db.createObjectStore('shifts', { keyPath: 'id' })
  }
}

let dbPromise: Promise<IDBPDatabase<UserDbSchema>> | null = null

/** The open database. A newer tab asking to upgrade makes this one close and reload, never block it. */
export function getDb(): Promise<IDBPDatabase<UserDbSchema>> {
  dbPromise ??= openDB<UserDbSchema>(DB_NAME, DB_VERSION, {
    upgrade: (db, oldVersion) => migrate(db, oldVersion),
    blocking: (_current, _next, event) => {
      ;(event.target as IDBDatabase).close()
      dbPromise = null
      if (typeof window !== 'undefined') window.location.reload()
    },
    terminated: () => {
      dbPromise = null
    },
  }).catch((error: unknown) => {
    dbPromise = null
    throw error
  })
  return dbPromise
}

/** Did a write fail because the device's storage is full? Such failures are named to the user as such. */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name
  return name === 'QuotaExceededError' || (error as { code?: unknown } | null)?.code === 22
}

export const PERSIST_FLAG = 'persistRequested'

/** Ask the browser to keep our storage under pressure, once, when the user first saves something. */
export async function requestPersistenceOnce(): Promise<void> {
  const db = await getDb()
  if (await db.get('kv', PERSIST_FLAG)) return
  await db.put('kv', true, PERSIST_FLAG)
  try {
    await navigator.storage?.persist?.()
  } catch {
    // Not granted or unsupported: the data is still saved, just evictable.
  }
}

/** Everything the user saved, store by store, for export. */
export async function dumpUserData(): Promise<UserDataFile['stores']> {
  const db = await getDb()
  const tx = db.transaction(USER_STORES, 'readonly')
  const kvStore = tx.objectStore('kv')
  const [keys, values, schedule, visitPlans, shifts] = await Promise.all([
    kvStore.getAllKeys(),
    kvStore.getAll(),
    tx.objectStore('schedule').getAll(),
    tx.objectStore('visitPlans').getAll(),
    tx.objectStore('shifts').getAll(),
  ])
  await tx.done
  return {
    kv: keys.map((key, i) => ({ key, value: values[i] })),
    schedule,
    visitPlans,
    shifts,
  }
}
