import { APP_PREFIX } from '@/shared/constants'
import type { KvRecord, UserRecords } from '@/shared/userData'
import { type BadRecord, checkRecords, LIMITS } from '@/shared/userRecords'

/**
 * The file format for exporting and importing "my data": versioned, validated on import, and merged
 * into what is already on the device so that importing never loses anything.
 */

export const USER_DATA_FORMAT = `${APP_PREFIX}-user-data` as const
/** Bump when the file layout changes; older files stay importable through `upgradeFile`. */
export const USER_DATA_VERSION = 1

export type UserDataStore = 'kv' | 'schedule' | 'visitPlans' | 'shifts'
export const USER_DATA_STORES: UserDataStore[] = ['kv', 'schedule', 'visitPlans', 'shifts']

export type { KvRecord }

export interface UserDataFile {
  format: typeof USER_DATA_FORMAT
  version: number
  exportedAt: string
  /** App version that wrote the file, for support questions. */
  app?: string
  stores: { [S in UserDataStore]: UserRecords[S][] }
}

export type ParseError =
  | { code: 'notJson' }
  | { code: 'notOurs' }
  | { code: 'tooNew' }
  | { code: 'tooBig'; limit: number }
  | { code: 'tooMany'; store: UserDataStore; count: number; limit: number }
export type ParseResult = { ok: true; file: UserDataFile; skipped: BadRecord[] } | ({ ok: false } & ParseError)

/** kv keys that describe this device, not the user: never exported or imported. */
export const DEVICE_KEYS = new Set(['persistRequested', 'import:undo'])

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

export function makeUserDataFile(stores: UserDataFile['stores'], options: { now?: Date; app?: string } = {}): UserDataFile {
  return {
    format: USER_DATA_FORMAT,
    version: USER_DATA_VERSION,
    exportedAt: (options.now ?? new Date()).toISOString(),
    ...(options.app ? { app: options.app } : {}),
    stores: { ...stores, kv: stores.kv.filter((r) => !DEVICE_KEYS.has(r.key)) },
  }
}

/**
 * Read and validate an exported file. Each record is checked against its store's schema (the same one
 * the stores read with); bad records and records stamped in the future are skipped and listed, the rest
 * imports. A file over the size or record limits is refused whole, naming the limit.
 */
export function parseUserDataFile(text: string, options: { now?: Date } = {}): ParseResult {
  if (text.length > LIMITS.backupBytes) return { ok: false, code: 'tooBig', limit: LIMITS.backupBytes }
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return { ok: false, code: 'notJson' }
  }
  if (!isObject(value) || value.format !== USER_DATA_FORMAT || typeof value.version !== 'number' || !isObject(value.stores)) {
    return { ok: false, code: 'notOurs' }
  }
  if (value.version > USER_DATA_VERSION) return { ok: false, code: 'tooNew' }
  const stores = value.stores
  const lists: Record<UserDataStore, unknown[]> = { kv: [], schedule: [], visitPlans: [], shifts: [] }
  for (const store of USER_DATA_STORES) {
    const raw = stores[store] ?? []
    // A store that is not a list holds nothing usable: one skipped entry says so.
    const list: unknown[] = Array.isArray(raw) ? raw : [raw]
    if (list.length > LIMITS.backupRecords) return { ok: false, code: 'tooMany', store, count: list.length, limit: LIMITS.backupRecords }
    lists[store] = list
  }
  const skipped: BadRecord[] = []
  const now = options.now ?? new Date()
  const check = <S extends UserDataStore>(store: S): UserRecords[S][] => {
    const checked = checkRecords(store, lists[store], { now })
    skipped.push(...checked.bad)
    return checked.good
  }
  const result: UserDataFile['stores'] = {
    kv: check('kv').filter((r) => !DEVICE_KEYS.has(r.key)),
    schedule: check('schedule'),
    visitPlans: check('visitPlans'),
    shifts: check('shifts'),
  }
  return {
    ok: true,
    file: {
      format: USER_DATA_FORMAT,
      version: value.version,
      exportedAt: typeof value.exportedAt === 'string' ? value.exportedAt : '',
      stores: result,
    },
    skipped,
  }
}

/** When a record was last changed, if it says so. */
function stampOf(record: object): string {
  const { updatedAt, addedAt } = record as { updatedAt?: unknown; addedAt?: unknown }
  const stamp = updatedAt ?? addedAt
  return typeof stamp === 'string' ? stamp : ''
}

export interface MergePlan<T> {
  /** Records to write: new ones and ones the file holds a newer version of. */
  write: T[]
  added: number
  updated: number
  /** Records already on the device and kept as they are. */
  kept: number
}

/**
 * Merge imported records into existing ones: a record missing on the device is added; one present on both
 * is replaced only when the file's copy is strictly newer (by updatedAt/addedAt). Nothing is deleted.
 */
export function planMerge<T extends object>(existing: Map<string, T>, incoming: T[], keyOf: (r: T) => string): MergePlan<T> {
  const plan: MergePlan<T> = { write: [], added: 0, updated: 0, kept: 0 }
  const seen = new Set<string>()
  for (const record of incoming) {
    const key = keyOf(record)
    if (seen.has(key)) continue
    seen.add(key)
    const current = existing.get(key)
    if (!current) {
      plan.write.push(record)
      plan.added++
    } else if (stampOf(record) > stampOf(current)) {
      plan.write.push(record)
      plan.updated++
    } else plan.kept++
  }
  return plan
}
