import { afterEach, describe, expect, it, vi } from 'vitest'

import { cacheEarlyRequests, requestsWithoutWorker } from '@/data/cacheEarlyRequests'

const ORIGIN = 'https://kepu.example'
const entry = (name: string, workerStart = 0) => ({ name, workerStart, entryType: 'resource' }) as unknown as PerformanceResourceTiming

describe('requestsWithoutWorker', () => {
  it('keeps what went past the worker, once each, and what a worker can fetch', () => {
    const urls = requestsWithoutWorker(
      [
        entry(`${ORIGIN}/assets/ug-abc.js`),
        entry(`${ORIGIN}/assets/ug-abc.js`),
        entry(`${ORIGIN}/assets/arabic-def.woff2`),
        entry('https://tile.openstreetmap.org/4/11/5.png'),
        // Through the worker already: its routes have seen it.
        entry(`${ORIGIN}/data/app/events/2026-12.json`, 12.5),
        entry('data:image/svg+xml,<svg/>'),
        entry('blob:https://kepu.example/1234'),
        // Plain http from another origin would be blocked as mixed content anyway.
        entry('http://tiles.example/1/1/1.png'),
      ],
      ORIGIN,
    )
    expect(urls).toEqual([`${ORIGIN}/assets/ug-abc.js`, `${ORIGIN}/assets/arabic-def.woff2`, 'https://tile.openstreetmap.org/4/11/5.png'])
  })

  it('keeps a same-origin http page (a local preview) and nothing odd', () => {
    expect(requestsWithoutWorker([entry('http://localhost:4173/assets/en-x.js'), entry('http://[::1')], 'http://localhost:4173')).toEqual([
      'http://localhost:4173/assets/en-x.js',
    ])
  })
})

describe('cacheEarlyRequests', () => {
  afterEach(() => vi.unstubAllGlobals())

  function stubBrowser(controlled: boolean) {
    const postMessage = vi.fn()
    const container = Object.assign(new EventTarget(), { controller: controlled ? { postMessage } : null })
    vi.stubGlobal('navigator', { serviceWorker: container })
    vi.stubGlobal('location', { origin: ORIGIN })
    vi.stubGlobal('performance', { getEntriesByType: () => [entry(`${ORIGIN}/assets/kk-Arab-x.js`)] })
    return { postMessage, container }
  }

  it('waits for the worker to take over, then asks it to cache what came before (Workbox CACHE_URLS)', () => {
    const { postMessage, container } = stubBrowser(false)
    cacheEarlyRequests()
    expect(postMessage).not.toHaveBeenCalled()
    container.controller = { postMessage }
    container.dispatchEvent(new Event('controllerchange'))
    expect(postMessage).toHaveBeenCalledExactlyOnceWith({ type: 'CACHE_URLS', payload: { urlsToCache: [`${ORIGIN}/assets/kk-Arab-x.js`] } })
    // Once: a later change of worker (an update) has nothing new to hand over.
    container.dispatchEvent(new Event('controllerchange'))
    expect(postMessage).toHaveBeenCalledTimes(1)
  })

  it('asks at once when a worker already controls the page', () => {
    const { postMessage } = stubBrowser(true)
    cacheEarlyRequests()
    expect(postMessage).toHaveBeenCalledTimes(1)
  })

  it('does nothing without service workers', () => {
    vi.stubGlobal('navigator', {})
    expect(() => cacheEarlyRequests()).not.toThrow()
  })
})
