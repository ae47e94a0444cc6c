// @vitest-environment happy-dom
/** 更新 never leaves 正在更新… on screen for ever: the page reloads when the new worker does not take over. */
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'

const pwa = vi.hoisted(() => ({
  options: undefined as undefined | { onNeedRefresh: () => void },
  update: vi.fn<(reload?: boolean) => Promise<void>>(),
}))
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: { onNeedRefresh: () => void }) => {
    pwa.options = options
    return pwa.update
  },
}))
vi.mock('@/data/cacheEarlyRequests', () => ({ cacheEarlyRequests: () => {} }))

const reload = vi.fn()
const serviceWorker = new EventTarget()
Object.defineProperty(navigator, 'serviceWorker', { value: serviceWorker, configurable: true })
beforeEach(() => {
  vi.useFakeTimers()
  setActivePinia(createPinia())
  vi.spyOn(window.location, 'reload').mockImplementation(reload)
  vi.stubGlobal('requestIdleCallback', (cb: () => void) => setTimeout(cb, 0))
  reload.mockReset()
  pwa.update.mockReset()
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

/** The prompt, shown: registration runs after load, the catalog (10 s at most) and idle time. */
async function shownPrompt() {
  const { default: TheUpdatePrompt } = await import('@/components/TheUpdatePrompt.vue')
  const wrapper = mount(TheUpdatePrompt)
  await vi.advanceTimersByTimeAsync(11_000)
  expect(pwa.options).toBeDefined()
  pwa.options!.onNeedRefresh()
  await flushPromises()
  return wrapper
}

it('reloads when the waiting worker never takes control', async () => {
  pwa.update.mockResolvedValue()
  const wrapper = await shownPrompt()
  await wrapper.get('[data-testid="update-prompt"] button').trigger('click')
  expect(pwa.update).toHaveBeenCalledWith(true)
  expect(wrapper.text()).toContain('正在更新')
  await vi.advanceTimersByTimeAsync(9_000)
  expect(reload).not.toHaveBeenCalled()
  await vi.advanceTimersByTimeAsync(1_000)
  expect(reload).toHaveBeenCalledOnce()
})

it('reloads at once when telling the worker fails, and only once when it then takes control', async () => {
  pwa.update.mockRejectedValue(new Error('no waiting worker'))
  const wrapper = await shownPrompt()
  await wrapper.get('[data-testid="update-prompt"] button').trigger('click')
  await flushPromises()
  expect(reload).toHaveBeenCalledOnce()
  serviceWorker.dispatchEvent(new Event('controllerchange'))
  await vi.advanceTimersByTimeAsync(10_000)
  expect(reload).toHaveBeenCalledOnce()
})
