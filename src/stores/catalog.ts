/** The static content (regions, plans, venues, targets) loaded once from the compiled catalog. */
import { defineStore, acceptHMRUpdate } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Catalog, Plan, Region, Venue } from '@/shared/types'
import { fetchCatalog } from '@/data/api'

export type LoadState = 'idle' | 'loading' | 'ready' | 'error'

export const useCatalogStore = defineStore('catalog', () => {
  const catalog = shallowRef<Catalog | null>(null)
  const state = ref<LoadState>('idle')
  const error = ref<string | null>(null)
  let pending: Promise<void> | null = null

  /** Load once; concurrent callers share one request. */
  function load(): Promise<void> {
    if (state.value === 'ready') return Promise.resolve()
    pending ??= (async () => {
      state.value = 'loading'
      try {
        catalog.value = await fetchCatalog()
        state.value = 'ready'
        error.value = null
      } catch (e) {
        error.value = (e as Error).message
        state.value = 'error'
      } finally {
        pending = null
      }
    })()
    return pending
  }

  const index = <T extends { id: string }>(items: T[] | undefined) => new Map((items ?? []).map((i) => [i.id, i]))
  const regionsById = computed(() => index<Region>(catalog.value?.regions))
  const plansById = computed(() => index<Plan>(catalog.value?.plans))
  const venuesById = computed(() => index<Venue>(catalog.value?.venues))
  const planTitles = computed(() => Object.fromEntries((catalog.value?.plans ?? []).map((p) => [p.id, p.shortTitle])))

  return { catalog, state, error, load, regionsById, plansById, venuesById, planTitles }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useCatalogStore, import.meta.hot))
