/** The starred events resolved against the current data, falling back to what was saved when they cannot be. */
import { storeToRefs } from 'pinia'
import { computed, type ComputedRef, type ShallowRef, shallowRef, watch } from 'vue'

import { useRetryOnline } from '@/composables/useOnline'
import { dayOf } from '@/shared/time'
import type { EventItem } from '@/shared/types'
import type { ScheduleEntry } from '@/shared/userData'
import { useEventsStore } from '@/stores/events'
import { useMyScheduleStore } from '@/stores/mySchedule'

import { type ChangeKind, changesSince } from './schedule'

export interface ScheduledItem {
  entry: ScheduleEntry
  /** The event as the data has it now; absent when it was removed or cannot be loaded (offline). */
  event?: EventItem
  /** 'missing': no longer in the data; 'unavailable': could not be loaded now (try again online). */
  problem?: 'missing' | 'unavailable'
  changes: ChangeKind[]
}

export interface UseScheduledEventsReturn {
  items: ShallowRef<ScheduledItem[]>
  resolving: ShallowRef<boolean>
  events: ComputedRef<EventItem[]>
}

/** Sortable start: Beijing day, then the raw value (ISO times of one day sort correctly). */
const startOf = (item: ScheduledItem) => {
  const start = item.event?.start ?? item.entry.seen.start
  return `${dayOf(start)} ${start}`
}

export function useScheduledEvents(): UseScheduledEventsReturn {
  const mine = useMyScheduleStore()
  const store = useEventsStore()
  const items = shallowRef<ScheduledItem[]>([])
  const resolving = shallowRef(true)
  const { entries } = storeToRefs(mine)
  void mine.load()

  let run = 0
  const resolve = async (map: Map<string, ScheduleEntry>) => {
    const current = ++run
    resolving.value = true
    const resolved = await Promise.all(
      [...map.values()].map(async (entry): Promise<ScheduledItem> => {
        try {
          const event = await store.find(entry.id)
          return event ? { entry, event, changes: changesSince(entry.seen, event) } : { entry, problem: 'missing', changes: [] }
        } catch {
          return { entry, problem: 'unavailable', changes: [] }
        }
      }),
    )
    if (current !== run) return
    items.value = resolved.sort((a, b) => startOf(a).localeCompare(startOf(b)))
    resolving.value = mine.state !== 'ready'
  }
  // The store changes its Map in place and calls triggerRef: storeToRefs' copy is no shallow ref, so the same Map
  // counted as no change and a star removed here stayed listed. A deep watcher runs on every trigger.
  watch(entries, resolve, { immediate: true, deep: 1 })
  // Starred events that could not be loaded offline show what was saved until they can: back online, by themselves.
  const unavailable = () => items.value.some((i) => i.problem === 'unavailable')
  useRetryOnline(() => unavailable() && resolve(entries.value), unavailable)

  const events = computed(() => items.value.flatMap((i) => (i.event ? [i.event] : [])))
  return { items, resolving, events }
}
