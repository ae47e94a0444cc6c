/**
 * One event's page: the event loaded by id (with its load state, retried on demand) and what the page
 * says about it — its phase, its status line, its place name and the text read aloud.
 */
import '@/i18n/zh-CN/calendar'

import { computed, type MaybeRefOrGetter, ref, toValue, watch } from 'vue'

import { useNow } from '@/composables/useNow'
import { useRetryOnline } from '@/composables/useOnline'
import { usePageTitle } from '@/composables/usePageTitle'
import { useToday } from '@/composables/useToday'
import { t } from '@/i18n'
import { eventPhase, isHistory } from '@/shared/eventFormat'
import type { EventItem } from '@/shared/types'
import type { ScheduleSnapshot } from '@/shared/userData'
import type { LoadState } from '@/stores/catalog'
import { useCatalogStore } from '@/stores/catalog'
import { useEventsStore } from '@/stores/events'

import { eventEssentials } from './readAloud'

export function useEventDetail(id: MaybeRefOrGetter<string>) {
  const catalog = useCatalogStore()
  const events = useEventsStore()
  const today = useToday()

  const event = ref<EventItem | undefined>()
  const state = ref<LoadState>('loading')
  const error = ref<string | null>(null)
  let run = 0
  async function load() {
    const current = ++run
    state.value = 'loading'
    try {
      const found = await events.find(toValue(id))
      // Another event opened meanwhile (a link in the page): its own load has the last word.
      if (current !== run) return
      event.value = found
      error.value = null
      state.value = 'ready'
    } catch (e) {
      if (current !== run) return
      error.value = (e as Error).message
      state.value = 'error'
    }
  }
  watch(() => toValue(id), load, { immediate: true })
  // An event of a month never saved, opened offline: it loads by itself once the phone is back online.
  const failed = () => state.value === 'error'
  useRetryOnline(() => failed() && load(), failed)
  usePageTitle(() => event.value?.title)

  const now = useNow()
  const phase = computed(() => (event.value ? eventPhase(event.value, today.value, now.value) : 'upcoming'))
  const history = computed(() => !!event.value && isHistory(event.value, today.value))
  const placeName = (place: Pick<ScheduleSnapshot, 'venue' | 'region'>) =>
    (place.venue && catalog.venuesById.get(place.venue)?.name) || catalog.regionsById.get(place.region)?.name || place.region
  const essentials = computed(() => (event.value ? eventEssentials(event.value, placeName(event.value)) : ''))
  /** The status line under the title: cancelled and changed events must be impossible to miss. */
  const statusNotice = computed(() => {
    switch (event.value?.status) {
      case 'cancelled':
        return { text: t('calendar.event.cancelled'), cls: 'status-cancelled' }
      case 'changed':
        return { text: t('calendar.event.changedNotice'), cls: 'status-changed' }
      case 'expected':
        return { text: t('calendar.event.expectedNotice'), cls: 'status-expected' }
      default:
        return null
    }
  })

  return { event, state, error, load, phase, history, placeName, essentials, statusNotice }
}
