import { describe, expect, it, vi } from 'vitest'

import { useLoadOnce } from '@/composables/useLoadOnce'

describe('useLoadOnce', () => {
  it('shares one run between concurrent callers and does not run again once ready', async () => {
    const run = vi.fn(async () => {})
    const { state, load } = useLoadOnce(run)
    expect(state.value).toBe('idle')
    const a = load()
    expect(state.value).toBe('loading')
    await Promise.all([a, load()])
    expect(run).toHaveBeenCalledTimes(1)
    expect(state.value).toBe('ready')
    await load()
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('reports a failure plainly and can be retried', async () => {
    let fail = true
    const { state, error, load } = useLoadOnce(async () => {
      if (fail) throw new Error('')
    })
    await load()
    expect(state.value).toBe('error')
    expect(error.value).toBe('无法读取本机存储')
    fail = false
    await load()
    expect(state.value).toBe('ready')
    expect(error.value).toBeNull()
  })
})
