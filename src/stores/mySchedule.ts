/**
 * 我的日程: the events a user starred, kept in IndexedDB (never the HTTP cache) so reloads, app updates
 * and offline use cannot lose them. Each entry remembers what the event looked like when last seen, so
 * a change of time, place or status can be pointed out ("已变更").
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { shallowRef, triggerRef } from 'vue'

import { useLoadOnce } from '@/composables/useLoadOnce'
import { getDb, requestPersistenceOnce } from '@/data/db'
import { readCheckedRecords } from '@/data/storedRecords'
import type { EventItem } from '@/shared/types'
import { type ScheduleEntry, snapshotOf } from '@/shared/userData'

export type { LoadState as ScheduleState } from '@/composables/useLoadOnce'

export const useMyScheduleStore = defineStore('mySchedule', () => {
  /** id → entry, in the order they were added. */
  const entries = shallowRef(new Map<string, ScheduleEntry>())
  /** Saved entries that do not match the schema: not shown (they would break the page), never deleted. */
  const skipped = shallowRef(0)
  /** Read the saved entries once; concurrent callers share one read. */
  const { state, error, load } = useLoadOnce(async () => {
    const { good: all, bad } = await readCheckedRecords('schedule')
    skipped.value = bad.length
    all.sort((a, b) => (a.addedAt < b.addedAt ? -1 : 1))
    entries.value = new Map(all.map((e) => [e.id, e]))
  })

  const has = (id: string) => entries.value.has(id)

  async function put(entry: ScheduleEntry) {
    await (await getDb()).put('schedule', entry)
    entries.value.set(entry.id, entry)
    triggerRef(entries)
  }

  /** Star an event; the first save also asks the browser to keep our storage. */
  async function add(event: EventItem): Promise<void> {
    await load()
    if (has(event.id)) return
    await put({ id: event.id, addedAt: new Date().toISOString(), seen: snapshotOf(event) })
    void requestPersistenceOnce().catch(() => undefined)
  }

  async function remove(id: string): Promise<void> {
    await (await getDb()).delete('schedule', id)
    entries.value.delete(id)
    triggerRef(entries)
  }

  async function toggle(event: EventItem): Promise<void> {
    await load()
    return has(event.id) ? remove(event.id) : add(event)
  }

  /** The user has seen the event as it is now: forget the "已变更" notice. */
  async function acknowledge(event: EventItem): Promise<void> {
    const entry = entries.value.get(event.id)
    if (entry) await put({ ...entry, seen: snapshotOf(event) })
  }

  return { entries, state, error, skipped, load, has, add, remove, toggle, acknowledge }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useMyScheduleStore, import.meta.hot))
