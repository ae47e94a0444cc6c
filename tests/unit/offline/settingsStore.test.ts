import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'

/** An IndexedDB stand-in holding one kv record; `put` can be held back to act as a write cut short. */
const kv = new Map<string, unknown>()
vi.mock('@/data/db', () => ({
  getDb: () =>
    Promise.resolve({
      get: (_store: string, key: string) => Promise.resolve(kv.get(key)),
      put: (_store: string, value: unknown, key: string) => {
        kv.set(key, structuredClone(value))
        return Promise.resolve()
      },
    }),
  requestPersistenceOnce: () => Promise.resolve(),
}))

const { useSettingsStore, SETTINGS_KV_KEY } = await import('@/stores/settings')

function memoryStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  }
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('settings store', () => {
  beforeEach(() => {
    kv.clear()
    vi.stubGlobal('localStorage', memoryStorage())
    setActivePinia(createPinia())
  })

  it('keeps a change whose IndexedDB write was cut short by leaving the page', async () => {
    // The person had chosen 昌吉; both copies say so.
    const first = useSettingsStore()
    await settled()
    first.setRegion('changji')
    await settled()
    expect(kv.get(SETTINGS_KV_KEY)).toMatchObject({ region: 'changji' })

    // They clear it on 我的 and navigate at once: the mirror is written, IndexedDB still says 昌吉.
    const stale = structuredClone(kv.get(SETTINGS_KV_KEY))
    first.setRegion(null)
    await settled()
    kv.set(SETTINGS_KV_KEY, stale)

    // The next page starts from the mirror and must not be undone by the older IndexedDB copy.
    setActivePinia(createPinia())
    const next = useSettingsStore()
    expect(next.region).toBeNull()
    await settled()
    await settled()
    expect(next.region).toBeNull()
    expect(kv.get(SETTINGS_KV_KEY)).toMatchObject({ region: null, regionAsked: true })
  })

  it('takes the imported values from IndexedDB after an import', async () => {
    const store = useSettingsStore()
    await settled()
    store.setRegion('kashi')
    await settled()
    kv.set(SETTINGS_KV_KEY, { region: 'changji', regionAsked: true, elderMode: true })
    await store.hydrate({ fromDb: true })
    expect(store.region).toBe('changji')
    expect(store.elderMode).toBe(true)
  })

  it('moves a mirror-only value into IndexedDB, and reads IndexedDB when there is no mirror', async () => {
    localStorage.setItem('kpxj:settings', JSON.stringify({ elderMode: true }))
    useSettingsStore()
    await settled()
    await settled()
    expect(kv.get(SETTINGS_KV_KEY)).toMatchObject({ elderMode: true })

    vi.stubGlobal('localStorage', memoryStorage())
    kv.set(SETTINGS_KV_KEY, { region: 'hami', regionAsked: true })
    setActivePinia(createPinia())
    const store = useSettingsStore()
    await settled()
    await settled()
    expect(store.region).toBe('hami')
  })
})
