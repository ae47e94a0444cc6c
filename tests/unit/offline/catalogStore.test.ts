import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'

import { DataError } from '@/data/api'
import type { Catalog } from '@/shared/types'

const api = vi.hoisted(() => ({
  fetchCatalog: vi.fn(),
  checkCatalog: vi.fn(),
  loadLastGoodCatalog: vi.fn(),
  saveLastGoodCatalog: vi.fn(),
}))
vi.mock('@/data/api', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/data/api')>()), ...api }))

const { useCatalogStore } = await import('@/stores/catalog')
const { useContentFreshness } = await import('@/features/offline/useContentFreshness')

const makeCatalog = (builtAt: string) => ({ builtAt, regions: [], plans: [], venues: [], targets: [], months: {} }) as unknown as Catalog
const good = makeCatalog('2026-11-20T02:00:00.000Z')

describe('catalog store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    for (const fn of Object.values(api)) fn.mockReset()
    api.saveLastGoodCatalog.mockResolvedValue(undefined)
    api.loadLastGoodCatalog.mockResolvedValue(null)
  })

  it('keeps the shown catalog when a check answers 503 or a captive-portal page, and says so', async () => {
    api.fetchCatalog.mockResolvedValue(good)
    const store = useCatalogStore()
    await store.load()

    api.checkCatalog.mockRejectedValueOnce(new DataError('服务器返回 503', 503))
    expect(await store.refresh()).toBe('failed')
    expect(store.catalog).toBe(good)
    expect(store.state).toBe('ready')
    expect(store.checkError).toBe('服务器返回 503')

    api.checkCatalog.mockRejectedValueOnce(new DataError('收到的不是数据（可能是网络登录页）'))
    expect(await store.refresh()).toBe('failed')
    expect(store.catalog).toBe(good)

    api.checkCatalog.mockResolvedValueOnce(good)
    expect(await store.refresh()).toBe('current')
    expect(store.checkError).toBeNull()
  })

  it('reports newer content without swapping it in, unless asked to apply it', async () => {
    api.fetchCatalog.mockResolvedValue(good)
    const newer = makeCatalog('2026-11-25T02:00:00.000Z')
    api.checkCatalog.mockResolvedValue(newer)
    const store = useCatalogStore()
    expect(await store.refresh()).toBe('newer')
    expect(store.catalog).toBe(good)
    expect(await store.refresh({ apply: true })).toBe('current')
    expect(store.catalog).toBe(newer)
  })

  it('falls back to the last good copy when the first load fails, and marks it stale', async () => {
    api.fetchCatalog.mockRejectedValue(new DataError('服务器返回 503', 503))
    api.loadLastGoodCatalog.mockResolvedValue(good)
    const store = useCatalogStore()
    await store.load()
    expect(store.state).toBe('ready')
    expect(store.catalog).toBe(good)
    expect(store.check).toBe('failed')
  })

  it('shows an error only when there is nothing good to show', async () => {
    api.fetchCatalog.mockRejectedValue(new DataError('网络不可用'))
    const store = useCatalogStore()
    await store.load()
    expect(store.state).toBe('error')
    expect(store.error).toBe('网络不可用')
  })
})

/** A window as the composable sees it: visible, online, idle callbacks run at once. */
function fakeWindow(controller: object | null) {
  const target = new EventTarget()
  return Object.assign(target, {
    document: Object.assign(new EventTarget(), { visibilityState: 'visible' }),
    navigator: { onLine: true, serviceWorker: { controller, getRegistration: () => Promise.resolve(undefined) } },
    requestIdleCallback: (run: () => void) => run(),
    fetch: vi.fn(() => Promise.resolve(new Response('{}'))),
  }) as unknown as Window
}

const settle = () => new Promise((r) => setTimeout(r, 0))

describe('content freshness at start-up', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    for (const fn of Object.values(api)) fn.mockReset()
    api.fetchCatalog.mockResolvedValue(good)
    api.checkCatalog.mockResolvedValue(good)
    api.saveLastGoodCatalog.mockResolvedValue(undefined)
    api.loadLastGoodCatalog.mockResolvedValue(null)
  })

  it('without a service worker, does not fetch the catalog a second time right after loading it', async () => {
    const scope = effectScope()
    scope.run(() => useContentFreshness({ window: fakeWindow(null) }))
    await settle()
    expect(api.fetchCatalog).toHaveBeenCalledTimes(1)
    expect(api.checkCatalog).not.toHaveBeenCalled()
    scope.stop()
  })

  it('without a service worker but with only a last-good copy, checks at once', async () => {
    api.fetchCatalog.mockRejectedValue(new Error('网络不可用'))
    api.loadLastGoodCatalog.mockResolvedValue(good)
    const scope = effectScope()
    scope.run(() => useContentFreshness({ window: fakeWindow(null) }))
    await settle()
    expect(api.checkCatalog).toHaveBeenCalledTimes(1)
    scope.stop()
  })

  it('back online, loads a catalog that could not load offline, trying again while the connection is not yet there', async () => {
    api.fetchCatalog.mockRejectedValue(new Error('网络不可用'))
    const win = fakeWindow(null)
    const navigator = win.navigator as { onLine: boolean }
    navigator.onLine = false
    const scope = effectScope()
    scope.run(() => useContentFreshness({ window: win }))
    // A first visit offline: the app's own load fails, with no saved copy to show.
    const store = useCatalogStore()
    await store.load()
    expect(store.state).toBe('error')
    // The phone says it is online; the first try still fails (the app's load and the check's), a second later not.
    api.fetchCatalog.mockRejectedValueOnce(new Error('网络不可用')).mockRejectedValueOnce(new Error('网络不可用')).mockResolvedValue(good)
    navigator.onLine = true
    win.dispatchEvent(new Event('online'))
    await vi.waitFor(() => expect(api.fetchCatalog).toHaveBeenCalledTimes(3))
    expect(store.state).toBe('error')
    await vi.waitFor(() => expect(store.state).toBe('ready'), { timeout: 3000 })
    expect(store.error).toBeNull()
    scope.stop()
  })

  it('back online while a check is still running, waits for it and checks again if it failed', async () => {
    const win = fakeWindow({})
    const scope = effectScope()
    scope.run(() => useContentFreshness({ window: win }))
    const store = useCatalogStore()
    await vi.waitFor(() => expect(store.check).toBe('current'))
    // The phone is unlocked as the connection returns: the page becomes visible (a check starts, and fails a
    // moment later), and it is online.
    let fail!: (e: Error) => void
    api.checkCatalog.mockImplementationOnce(() => new Promise((_, reject) => (fail = reject))).mockResolvedValue(good)
    const navigator = win.navigator as { onLine: boolean }
    navigator.onLine = false
    win.dispatchEvent(new Event('offline'))
    navigator.onLine = true
    store.check = 'failed'
    win.document.dispatchEvent(new Event('visibilitychange'))
    await vi.waitFor(() => expect(store.check).toBe('checking'))
    win.dispatchEvent(new Event('online'))
    // The first try back online finds the check still running…
    await new Promise((done) => setTimeout(done, 100))
    expect(store.check).toBe('checking')
    // …which then fails.
    fail(new Error('网络不可用'))
    await vi.waitFor(() => expect(store.check).toBe('failed'))
    await vi.waitFor(() => expect(store.check).toBe('current'), { timeout: 3000 })
    scope.stop()
  })

  it('with a service worker (the catalog came from the precache), checks the server at start-up', async () => {
    const scope = effectScope()
    scope.run(() => useContentFreshness({ window: fakeWindow({}) }))
    await settle()
    expect(api.checkCatalog).toHaveBeenCalledTimes(1)
    expect(useCatalogStore().check).toBe('current')
    scope.stop()
  })
})
