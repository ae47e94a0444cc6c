import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'

import type { Catalog } from '@/shared/types'

const api = vi.hoisted(() => ({
  fetchCatalog: vi.fn(),
  checkCatalog: vi.fn(),
  loadLastGoodCatalog: vi.fn(),
  saveLastGoodCatalog: vi.fn(),
}))
vi.mock('@/data/api', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/data/api')>()), ...api }))

const { useContentFreshness } = await import('@/features/offline/useContentFreshness')
const { useCatalogStore } = await import('@/stores/catalog')

const good = { builtAt: '2026-11-20T02:00:00.000Z', regions: [], plans: [], venues: [], targets: [], months: {} } as unknown as Catalog

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

  it('with a service worker (the catalog came from the precache), checks the server at start-up', async () => {
    const scope = effectScope()
    scope.run(() => useContentFreshness({ window: fakeWindow({}) }))
    await settle()
    expect(api.checkCatalog).toHaveBeenCalledTimes(1)
    expect(useCatalogStore().check).toBe('current')
    scope.stop()
  })
})
