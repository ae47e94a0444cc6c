/**
 * The static content (regions, plans, venues, targets) loaded once from the compiled catalog. Good data
 * is never replaced by a failed fetch: the store keeps what it has and says so through `check`.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'

import { checkCatalog, fetchCatalog, loadLastGoodCatalog, saveLastGoodCatalog } from '@/data/api'
import { locale } from '@/i18n'
import type { Catalog, Plan, Region, Venue } from '@/shared/types'

export type LoadState = 'idle' | 'loading' | 'ready' | 'error'
/** Result of the last check for newer content: `failed` means the shown content may be out of date. */
export type CheckState = 'idle' | 'checking' | 'current' | 'newer' | 'failed'

export interface RefreshOptions {
  /** Replace the shown catalog when the server has a newer one (only when no service worker pins the version). */
  apply?: boolean
}

/**
 * A region as pages show it: its name and short name in the reader's language where its content file
 * translates them (`i18n:`), else the Chinese ones, which `textLang()` then marks `lang="zh-CN"`. Map apps
 * still search the Chinese city name (`mapCity`).
 */
export function localRegion(region: Region): Region {
  const own = region.i18n?.[locale.code as 'en']
  return own?.name && own.shortName
    ? { ...region, name: own.name, shortName: own.shortName, mapCity: region.mapCity ?? region.shortName }
    : region
}

export const useCatalogStore = defineStore('catalog', () => {
  const catalog = shallowRef<Catalog | null>(null)
  const state = ref<LoadState>('idle')
  const error = ref<string | null>(null)
  const check = ref<CheckState>('idle')
  const checkError = ref<string | null>(null)
  /** When the shown catalog was fetched in this page (ms since epoch); null for a last-good copy. */
  const fetchedAt = ref<number | null>(null)
  let pending: Promise<void> | null = null

  function failCheck(message: string) {
    check.value = 'failed'
    checkError.value = message
  }

  /** Load once; concurrent callers share one request. Falls back to the last good copy when the fetch fails. */
  function load(): Promise<void> {
    if (state.value === 'ready') return Promise.resolve()
    pending ??= (async () => {
      state.value = 'loading'
      try {
        catalog.value = await fetchCatalog()
        fetchedAt.value = Date.now()
        performance.mark('kpxj:catalog')
        state.value = 'ready'
        error.value = null
        void saveLastGoodCatalog(catalog.value)
      } catch (e) {
        const saved = await loadLastGoodCatalog()
        if (saved) {
          catalog.value = saved
          state.value = 'ready'
          failCheck((e as Error).message)
        } else {
          error.value = (e as Error).message
          state.value = 'error'
        }
      } finally {
        pending = null
      }
    })()
    return pending
  }

  /** Ask the server whether newer content exists. A failure keeps the shown content and marks it as possibly stale. */
  async function refresh(options: RefreshOptions = {}): Promise<CheckState> {
    await load()
    const current = catalog.value
    if (!current || check.value === 'checking') return check.value
    check.value = 'checking'
    try {
      const latest = await checkCatalog()
      if (latest.builtAt > current.builtAt) {
        if (options.apply) {
          catalog.value = latest
          void saveLastGoodCatalog(latest)
          check.value = 'current'
        } else check.value = 'newer'
      } else check.value = 'current'
      checkError.value = null
    } catch (e) {
      failCheck((e as Error).message)
    }
    return check.value
  }

  const index = <T extends { id: string }>(items: T[] | undefined) => new Map((items ?? []).map((i) => [i.id, i]))
  /** The regions in the reader's language (localRegion): what every page lists, names and badges. */
  const regions = computed(() => (catalog.value?.regions ?? []).map(localRegion))
  const regionsById = computed(() => index<Region>(regions.value))
  const plansById = computed(() => index<Plan>(catalog.value?.plans))
  const venuesById = computed(() => index<Venue>(catalog.value?.venues))
  const planTitles = computed(() => Object.fromEntries((catalog.value?.plans ?? []).map((p) => [p.id, p.shortTitle])))
  /** Each region's short name ("昌吉", "Changji") by id: the one lookup pages use for badges and lists (full names: regionsById). */
  const regionNames = computed(() => Object.fromEntries(regions.value.map((r) => [r.id, r.shortName])))
  /** Venue id → name, for .ics locations. */
  const venueNames = computed(() => Object.fromEntries((catalog.value?.venues ?? []).map((v) => [v.id, v.name])))

  return {
    catalog,
    state,
    error,
    check,
    checkError,
    fetchedAt,
    load,
    refresh,
    regions,
    regionsById,
    plansById,
    venuesById,
    planTitles,
    regionNames,
    venueNames,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useCatalogStore, import.meta.hot))
