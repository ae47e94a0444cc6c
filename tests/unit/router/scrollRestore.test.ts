import { afterEach, describe, expect, it, vi } from 'vitest'

import { restoreScroll, restoringScroll, scrollHolds } from '@/router/scrollRestore'

const saved = { left: 0, top: 6000 }

describe('restoreScroll', () => {
  afterEach(() => vi.useRealTimers())

  it('waits for the page’s held parts before giving the saved position', async () => {
    vi.useFakeTimers()
    let built!: () => void
    scrollHolds.push(new Promise<void>((resolve) => (built = resolve)))
    let position: unknown = null
    void restoreScroll(saved).then((p) => (position = p))
    expect(restoringScroll.value, 'the page lays everything out while it waits').toBe(true)
    await vi.advanceTimersByTimeAsync(500)
    expect(position, 'parts not built yet').toBeNull()
    built()
    await vi.advanceTimersByTimeAsync(20)
    expect(position).toEqual(saved)
    await vi.advanceTimersByTimeAsync(1)
    expect(restoringScroll.value, 'over once the router has scrolled').toBe(false)
  })

  it('gives up waiting after two seconds: a page whose data never comes still gets its position', async () => {
    vi.useFakeTimers()
    let left!: () => void
    scrollHolds.push(new Promise<void>((resolve) => (left = resolve)))
    let position: unknown = null
    void restoreScroll(saved).then((p) => (position = p))
    await vi.advanceTimersByTimeAsync(1999)
    expect(position).toBeNull()
    await vi.advanceTimersByTimeAsync(1)
    expect(position).toEqual(saved)
    left()
  })
})
