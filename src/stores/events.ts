/** Event occurrences, fetched one month shard at a time so the app never downloads what it does not show. */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef, triggerRef, watch } from 'vue'

import { DataError, fetchEventIndex, fetchMonthShard } from '@/data/api'
import { t } from '@/i18n'
import type { MonthOccurrences } from '@/shared/eventShard'
import { monthsBetween } from '@/shared/time'
import type { EventItem } from '@/shared/types'

import { useCatalogStore } from './catalog'

/** A month without a shard. */
const emptyMonth = (month: string): MonthOccurrences => ({ month, between: () => [], all: () => [] })

export const useEventsStore = defineStore('events', () => {
  /** month → occurrences (decoded as asked for); a month with no shard is stored empty. */
  const shards = shallowRef(new Map<string, MonthOccurrences>())
  const failed = ref<string[]>([])
  const inflight = new Map<string, Promise<void>>()
  let indexPromise: Promise<Record<string, string>> | null = null
  /** Bumped when newer content replaces the catalog: a shard asked for before belongs to the old content. */
  let generation = 0

  // Newer content applied in the page (no service worker pins the version): the months held are of the old
  // content and would be shown until a reload. Forget them at once (`sync`: before any page asks for its
  // months again on the same change), so the pages load the new ones.
  const catalog = useCatalogStore()
  watch(
    () => catalog.catalog?.builtAt,
    (now, before) => {
      if (!before || now === before) return
      generation++
      shards.value = new Map()
      failed.value = []
      inflight.clear()
      indexPromise = null
    },
    { flush: 'sync' },
  )

  function loadMonth(month: string, knownMonths?: Record<string, number>): Promise<void> {
    if (shards.value.has(month)) return Promise.resolve()
    if (knownMonths && !(month in knownMonths)) {
      shards.value.set(month, emptyMonth(month))
      triggerRef(shards)
      return Promise.resolve()
    }
    if (!inflight.has(month)) {
      const asked = generation
      inflight.set(
        month,
        fetchMonthShard(month)
          .then(
            (shard) => {
              if (asked !== generation) return
              // Parsed and checked; occurrences are decoded when a page asks for their days.
              performance.mark(`kpxj:shard:${month}`)
              shards.value.set(month, shard)
              failed.value = failed.value.filter((m) => m !== month)
              triggerRef(shards)
            },
            (error: unknown) => {
              if (asked !== generation) return
              if (error instanceof DataError && error.status === 404) {
                shards.value.set(month, emptyMonth(month))
                // A month that failed before (offline) and is now known to have no file is no longer missing.
                failed.value = failed.value.filter((m) => m !== month)
                triggerRef(shards)
              } else if (!failed.value.includes(month)) failed.value = [...failed.value, month]
            },
          )
          .finally(() => {
            if (asked === generation) inflight.delete(month)
          }),
      )
    }
    return inflight.get(month)!
  }

  async function loadDays(from: string, to: string, knownMonths?: Record<string, number>) {
    await Promise.all(monthsBetween(from, to).map((m) => loadMonth(m, knownMonths)))
  }

  /** Occurrences overlapping the inclusive day range, in start order, without duplicates across shards. */
  function between(from: string, to: string): EventItem[] {
    const months = monthsBetween(from, to)
    // One month has no duplicates: skip the id set, whose hashing of thousands of ids was most of this
    // function's time at 100 000 events.
    if (months.length === 1) return shards.value.get(months[0]!)?.between(from, to) ?? []
    const seen = new Set<string>()
    const result: EventItem[] = []
    for (const month of months) {
      for (const event of shards.value.get(month)?.between(from, to) ?? []) {
        if (seen.has(event.id)) continue
        seen.add(event.id)
        result.push(event)
      }
    }
    return result
  }

  /**
   * Occurrences overlapping the day range found in any loaded month, in start order: for a range whose own
   * months cannot be had (offline), a long event from a saved month (科技之冬 until March) still shows.
   */
  function betweenLoaded(from: string, to: string): EventItem[] {
    const seen = new Set<string>()
    const result: EventItem[] = []
    for (const month of [...shards.value.keys()].sort()) {
      for (const event of shards.value.get(month)!.between(from, to)) {
        if (seen.has(event.id)) continue
        seen.add(event.id)
        result.push(event)
      }
    }
    return result.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
  }

  /** Every occurrence of a loaded month (none while it loads). */
  const inMonth = (month: string): EventItem[] => shards.value.get(month)?.all() ?? []

  function findLoaded(id: string): EventItem | undefined {
    for (const month of shards.value.values()) {
      const found = month.all().find((e) => e.id === id)
      if (found) return found
    }
    return undefined
  }

  /** Find one occurrence by id, fetching the index and its shard when needed. */
  async function find(id: string): Promise<EventItem | undefined> {
    const loaded = findLoaded(id)
    if (loaded) return loaded
    indexPromise ??= fetchEventIndex().catch((error: unknown) => {
      indexPromise = null
      throw error
    })
    const month = (await indexPromise)[id]
    if (!month) return undefined
    await loadMonth(month)
    if (failed.value.includes(month)) throw new DataError(t('app.errors.offline'))
    return findLoaded(id)
  }

  return { shards, failed, loadMonth, loadDays, between, betweenLoaded, inMonth, find }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useEventsStore, import.meta.hot))
