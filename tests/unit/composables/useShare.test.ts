import { describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'

import { useClipboard } from '@/composables/useClipboard'
import { type ShareNavigator, shareOrCopy, useShare } from '@/composables/useShare'

const data = { title: '科普讲座', url: 'https://kepu.example.org/events/a' }
const clipboard = (writeText = vi.fn(async (_text: string) => {})) => ({ writeText }) as unknown as Clipboard
const abort = () => Promise.reject(new DOMException('dismissed', 'AbortError'))

describe('shareOrCopy', () => {
  it('uses the system share sheet when there is one, with the data as given', async () => {
    const share = vi.fn(async () => {})
    const withText = { ...data, text: '简介' }
    expect(await shareOrCopy(withText, { share, clipboard: clipboard() })).toBe('shared')
    expect(share).toHaveBeenCalledWith(withText)
  })

  it('treats a dismissed sheet as cancelled, not as an error, and copies nothing', async () => {
    const writeText = vi.fn(async () => {})
    expect(await shareOrCopy(data, { share: abort, clipboard: clipboard(writeText) })).toBe('cancelled')
    expect(writeText).not.toHaveBeenCalled()
  })

  it('copies the link when the sheet fails for another reason', async () => {
    const writeText = vi.fn(async () => {})
    const share = () => Promise.reject(new DOMException('not allowed', 'NotAllowedError'))
    expect(await shareOrCopy(data, { share, clipboard: clipboard(writeText) })).toBe('copied')
    expect(writeText).toHaveBeenCalledWith(data.url)
  })

  it('copies the link where there is no share sheet (WeChat, desktop)', async () => {
    const writeText = vi.fn(async () => {})
    expect(await shareOrCopy(data, { clipboard: clipboard(writeText) })).toBe('copied')
    expect(writeText).toHaveBeenCalledWith(data.url)
  })

  it('reports failure when neither works', async () => {
    const denied = clipboard(vi.fn(() => Promise.reject(new Error('denied'))))
    expect(await shareOrCopy(data, { clipboard: denied })).toBe('failed')
    expect(await shareOrCopy(data, {})).toBe('failed')
    expect(await shareOrCopy(data, undefined)).toBe('failed')
  })
})

describe('useShare', () => {
  it('keeps the last result as its state, and resets it when asked to', async () => {
    vi.useFakeTimers()
    const scope = effectScope()
    const nav: ShareNavigator = { clipboard: clipboard() }
    const kept = scope.run(() => useShare({ navigator: nav }))!
    const reset = scope.run(() => useShare({ navigator: nav, resetAfter: 4000 }))!
    expect(kept.state.value).toBe('idle')
    expect(await kept.share(data)).toBe('copied')
    await reset.share(data)
    expect([kept.state.value, reset.state.value]).toEqual(['copied', 'copied'])
    vi.advanceTimersByTime(4000)
    expect([kept.state.value, reset.state.value]).toEqual(['copied', 'idle'])
    scope.stop()
    vi.useRealTimers()
  })
})

describe('useClipboard', () => {
  it('says whether the copy worked, trying the fallback where the clipboard API fails', async () => {
    const scope = effectScope()
    const writeText = vi.fn(async () => {})
    const ok = scope.run(() => useClipboard({ navigator: { clipboard: clipboard(writeText) } }))!
    expect(await ok.copy('乌鲁木齐市')).toBe(true)
    expect(writeText).toHaveBeenCalledWith('乌鲁木齐市')
    expect(ok.state.value).toBe('copied')
    const none = scope.run(() => useClipboard({ navigator: {} }))!
    expect(await none.copy('x')).toBe(false)
    expect(none.state.value).toBe('failed')
    const fallback = vi.fn(() => true)
    const legacy = scope.run(() => useClipboard({ navigator: {}, fallback }))!
    expect(await legacy.copy('x')).toBe(true)
    expect(fallback).toHaveBeenCalledWith('x')
    expect(legacy.state.value).toBe('copied')
    scope.stop()
  })
})
