// @vitest-environment happy-dom
/**
 * In a WebView with DOM storage turned off, a first page whose code fails says 重试 (App.vue reads
 * failedFirstPage) instead of 正在加载… for ever, and no reload is tried: no flag could stop a loop.
 */
import { expect, it, vi } from 'vitest'

it('a failed first page is told where sessionStorage throws, and nothing reloads', async () => {
  vi.stubGlobal('sessionStorage', {
    getItem: () => {
      throw new DOMException('denied', 'SecurityError')
    },
    setItem: () => {
      throw new DOMException('denied', 'SecurityError')
    },
    removeItem: () => {
      throw new DOMException('denied', 'SecurityError')
    },
  })
  const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => {})
  const { failedFirstPage, router } = await import('@/router')
  router.addRoute({
    path: '/boom',
    component: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/X.js')),
  })
  await router.push('/boom').catch(() => {})
  expect(failedFirstPage.value).toBe('/boom')
  expect(assign).not.toHaveBeenCalled()
  // A later navigation that works clears it, without throwing in afterEach.
  await router.push('/me')
  expect(failedFirstPage.value).toBeNull()
  expect(router.currentRoute.value.path).toBe('/me')
})

it('where sessionStorage reads but refuses to write (full), no reload either: nothing would stop a loop', async () => {
  vi.resetModules()
  vi.unstubAllGlobals()
  vi.stubGlobal('sessionStorage', {
    getItem: () => null,
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError')
    },
    removeItem: () => {},
  })
  const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => {})
  const { failedFirstPage, router } = await import('@/router')
  router.addRoute({
    path: '/boom2',
    component: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/Y.js')),
  })
  await router.push('/boom2').catch(() => {})
  expect(assign).not.toHaveBeenCalled()
  expect(failedFirstPage.value).toBe('/boom2')
})
