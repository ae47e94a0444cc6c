import { describe, expect, it, vi } from 'vitest'
import { shareLink } from '@/features/calendar/share'

const data = { title: '科普讲座', url: 'https://kepu.example.org/events/a' }
const clipboard = (writeText = vi.fn(async () => {})) => ({ writeText }) as unknown as Clipboard

describe('shareLink', () => {
  it('uses the system share sheet when there is one', async () => {
    const share = vi.fn(async () => {})
    expect(await shareLink(data, { share, clipboard: clipboard() })).toBe('shared')
    expect(share).toHaveBeenCalledWith(data)
  })

  it('treats a dismissed sheet as cancelled, not as an error', async () => {
    const share = vi.fn(async () => {
      throw new DOMException('dismissed', 'AbortError')
    })
    expect(await shareLink(data, { share, clipboard: clipboard() })).toBe('cancelled')
  })

  it('copies the link where there is no share sheet (WeChat, desktop)', async () => {
    const writeText = vi.fn(async () => {})
    expect(await shareLink(data, { share: undefined as unknown as Navigator['share'], clipboard: clipboard(writeText) })).toBe('copied')
    expect(writeText).toHaveBeenCalledWith(data.url)
  })

  it('reports failure when neither works', async () => {
    const writeText = vi.fn(async () => {
      throw new Error('denied')
    })
    expect(await shareLink(data, { share: undefined as unknown as Navigator['share'], clipboard: clipboard(writeText) })).toBe('failed')
  })
})
