/** The volunteer's own shifts, kept in IndexedDB; rosters from content are offered to pick from. */
import { unwrap } from 'idb'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'

import { useLoadOnce } from '@/composables/useLoadOnce'
import { getDb, requestPersistenceOnce } from '@/data/db'
import { readCheckedRecords } from '@/data/storedRecords'
import { sameJson } from '@/shared/sameJson'
import type { EventItem, Shift } from '@/shared/types'
import { type MyShift, shiftSnapshot } from '@/shared/userData'
import { LIMITS } from '@/shared/userRecords'

export const contentShiftId = (eventId: string, shiftId: string) => `content:${eventId}:${shiftId}`

function fromContent(event: EventItem, shift: Shift, now: string): MyShift {
  const { id: _shiftId, ...rest } = shift
  return {
    ...rest,
    id: contentShiftId(event.id, shift.id),
    origin: 'content',
    eventId: event.id,
    eventTitle: event.title,
    addedAt: now,
    updatedAt: now,
    seen: shiftSnapshot(shift),
  }
}

/**
 * An import that would keep more shifts than a backup file may hold (LIMITS.backupRecords): refused whole, so
 * everything saved can always be exported and brought back (a backup of 5 002 shifts was refused on import).
 */
export class TooManyShiftsError extends Error {
  override name = 'TooManyShiftsError'
  constructor(
    readonly saved: number,
    readonly adding: number,
    readonly limit: number,
  ) {
    super(`${saved} saved + ${adding} new shifts exceed ${limit}`)
  }
}

/** Ids a roster import added, and plain copies of the shifts it replaced. */
interface ImportUndo {
  added: string[]
  replaced: MyShift[]
  /** How many of the replaced came back under a new id (legacyImportId): one shift updated, not also added. */
  renamed: number
}

/**
 * Ids of before 2026-12-07, and whether a saved shift is the incoming one's: a re-import then updates it instead
 * of leaving it beside the new one with its old times. A roster row's id was its 编号 alone (`import:guide-am`),
 * so two events' guide-am were one shift; it now takes the 活动编号 in (`import:tech-week-changji:guide-am`),
 * matched by event title. A changed .ics occurrence without its series was `import:<UID>`; it now carries its
 * place in the series (`import:<UID>|2026-12-12T17:00`), matched by title and start.
 */
const OCCURRENCE_SUFFIX = /\|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/
function legacyImportId(s: MyShift): string | null {
  if (s.origin !== 'import') return null
  const prefix = `import:${s.eventId}:`
  if (s.eventId) return s.id.startsWith(prefix) ? `import:${s.id.slice(prefix.length)}` : null
  return OCCURRENCE_SUFFIX.test(s.id) ? s.id.replace(OCCURRENCE_SUFFIX, '') : null
}
const isLegacyOf = (old: MyShift | undefined, s: MyShift) =>
  !!old && old.origin === 'import' && !old.eventId && old.eventTitle === s.eventTitle && (!!s.eventId || old.start === s.start)

const byStart = (a: MyShift, b: MyShift) => Date.parse(a.start) - Date.parse(b.start) || (a.id < b.id ? -1 : 1)

export const useVolunteerStore = defineStore('volunteer', () => {
  // Replaced whole on every change, never edited in place: no deep proxies over thousands of shifts.
  const shifts = shallowRef<MyShift[]>([])
  /** Saved records that do not match the schema: not shown (they would break the page), never deleted. */
  const skipped = ref(0)
  /** What the last roster import changed, so that it can be undone while its report is on screen. */
  const lastImport = shallowRef<ImportUndo | null>(null)

  /** Read the saved shifts once; concurrent callers share one read. */
  const { state, error, load } = useLoadOnce(async () => {
    const checked = await readCheckedRecords('shifts')
    shifts.value = checked.good.sort(byStart)
    skipped.value = checked.bad.length
  })

  /** Write shifts (and delete `remove`, in the same transaction). */
  async function save(input: MyShift[], remove: string[] = []) {
    // Records may hold pieces of reactive state (Vue proxies), which IndexedDB cannot clone: store plain copies.
    const list = input.map((s) => JSON.parse(JSON.stringify(s)) as MyShift)
    const db = await getDb()
    const tx = db.transaction('shifts', 'readwrite')
    // A roster can bring thousands of shifts: queue the writes on the plain store, without a promise and
    // a listener per record, and wait once for the transaction. A write that fails aborts all of them.
    const store = unwrap(tx.store)
    try {
      for (const id of remove) store.delete(id)
      for (const s of list) store.put(s)
    } catch (error) {
      tx.done.catch(() => {})
      tx.abort()
      throw error
    }
    await tx.done
    const byId = new Map(shifts.value.map((s) => [s.id, s]))
    for (const id of remove) byId.delete(id)
    for (const s of list) byId.set(s.id, s)
    shifts.value = [...byId.values()].sort(byStart)
    void requestPersistenceOnce()
  }

  const has = (id: string) => shifts.value.some((s) => s.id === id)

  async function take(event: EventItem, shift: Shift) {
    await load()
    await save([fromContent(event, shift, new Date().toISOString())])
  }

  async function drop(id: string) {
    const db = await getDb()
    await db.delete('shifts', id)
    shifts.value = shifts.value.filter((s) => s.id !== id)
  }

  /**
   * Merge imported shifts: new ones are added; known ones take the new roster values but keep what the
   * volunteer last saw, so the change is highlighted until acknowledged. Nothing saved is removed.
   */
  async function importShifts(incoming: MyShift[]): Promise<{ added: number; updated: number; unchanged: number }> {
    // Merged against what is saved: read it first, or a known shift would lose what the volunteer last saw.
    await load()
    const existing = new Map(shifts.value.map((s) => [s.id, s]))
    // A shift saved under its old id is one shift updated, not one more (near the limit, a re-import was refused).
    const isNew = (s: MyShift) => !existing.has(s.id) && !isLegacyOf(existing.get(legacyImportId(s) ?? ''), s)
    const adding = new Set(incoming.filter(isNew).map((s) => s.id)).size
    if (existing.size + adding > LIMITS.backupRecords) throw new TooManyShiftsError(existing.size, adding, LIMITS.backupRecords)
    const undo: ImportUndo = { added: [], replaced: [], renamed: 0 }
    /** Shifts saved under their id of before 活动编号 took part in it (see legacyImportId): renamed. */
    const renamed: string[] = []
    // The same roster sent again: its shifts are said unchanged, not updated, and keep their records as they are.
    const stamps = { addedAt: '', updatedAt: '', seen: null }
    let unchanged = 0
    const merged = incoming.map((s) => {
      const legacy = legacyImportId(s)
      const oldId = existing.has(s.id) ? s.id : legacy && isLegacyOf(existing.get(legacy), s) ? legacy : null
      const old = oldId ? existing.get(oldId) : undefined
      if (!oldId || !old) {
        undo.added.push(s.id)
        return s
      }
      if (oldId === s.id && sameJson({ ...old, ...stamps }, { ...s, ...stamps })) {
        unchanged++
        return old
      }
      undo.replaced.push(JSON.parse(JSON.stringify(old)) as MyShift)
      if (oldId !== s.id) {
        // Undone, the new id goes and the old record comes back.
        undo.added.push(s.id)
        renamed.push(oldId)
        existing.delete(oldId)
      }
      return { ...s, addedAt: old.addedAt, seen: old.seen }
    })
    undo.renamed = renamed.length
    await save(merged, renamed)
    // Nothing to take back (the same roster sent again): no 撤销 that would do nothing.
    lastImport.value = undo.added.length || undo.replaced.length ? undo : null
    return { added: undo.added.length - renamed.length, updated: undo.replaced.length, unchanged }
  }

  /** Take back the last roster import: remove the shifts it added, put back the ones it changed. */
  async function undoImport(): Promise<{ added: number; updated: number }> {
    const undo = lastImport.value
    if (!undo) return { added: 0, updated: 0 }
    const db = await getDb()
    const tx = db.transaction('shifts', 'readwrite')
    await Promise.all([...undo.added.map((id) => tx.store.delete(id)), ...undo.replaced.map((s) => tx.store.put(s)), tx.done])
    const removed = new Set(undo.added)
    const byId = new Map(shifts.value.filter((s) => !removed.has(s.id)).map((s) => [s.id, s]))
    for (const s of undo.replaced) byId.set(s.id, s)
    shifts.value = [...byId.values()].sort(byStart)
    lastImport.value = null
    return { added: undo.added.length - undo.renamed, updated: undo.replaced.length }
  }

  /** Bring content-roster shifts up to date with the loaded events; the old values stay in `seen`. */
  async function syncWithContent(events: EventItem[]) {
    // Before the saved shifts are read, none of them can be compared; a failed read compares nothing.
    await load()
    if (state.value !== 'ready') return
    const latest = new Map<string, { event: EventItem; shift: Shift }>()
    for (const event of events) for (const shift of event.shifts ?? []) latest.set(contentShiftId(event.id, shift.id), { event, shift })
    const changed = shifts.value.flatMap((mine) => {
      const now = latest.get(mine.id)
      if (mine.origin !== 'content' || !now) return []
      const fresh = fromContent(now.event, now.shift, mine.addedAt)
      const same = (['role', 'start', 'end', 'meetingPoint', 'team', 'lead', 'contact'] as const).every((k) => fresh[k] === mine[k])
      return same ? [] : [{ ...fresh, updatedAt: new Date().toISOString(), seen: mine.seen }]
    })
    if (changed.length) await save(changed)
  }

  async function acknowledge(id: string) {
    const shift = shifts.value.find((s) => s.id === id)
    if (shift) await save([{ ...shift, seen: shiftSnapshot(shift) }])
  }

  return {
    shifts,
    state,
    error,
    skipped,
    lastImport,
    load,
    has,
    take,
    drop,
    importShifts,
    undoImport,
    syncWithContent,
    acknowledge,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useVolunteerStore, import.meta.hot))
