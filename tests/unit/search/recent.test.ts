import { describe, expect, it } from 'vitest'

import { addRecent, clearRecent, readRecent, RECENT_KEY, RECENT_MAX } from '@/features/search/recent'

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  }
}

describe('recent searches', () => {
  it('keeps the newest first, once each, trimmed, at most RECENT_MAX', () => {
    const storage = memoryStorage()
    addRecent(' kjg ', storage)
    addRecent('科普日', storage)
    expect(addRecent('kjg', storage)).toEqual(['kjg', '科普日'])
    for (let i = 0; i < 20; i++) addRecent(`q${i}`, storage)
    expect(readRecent(storage)).toHaveLength(RECENT_MAX)
    expect(readRecent(storage)[0]).toBe('q19')
  })

  it('ignores blank queries and survives broken or foreign stored values', () => {
    expect(addRecent('   ', memoryStorage())).toEqual([])
    expect(readRecent(memoryStorage({ [RECENT_KEY]: '{not json' }))).toEqual([])
    expect(readRecent(memoryStorage({ [RECENT_KEY]: '[1,"科技馆",null]' }))).toEqual(['科技馆'])
  })

  it('survives a storage that throws (private mode, full quota)', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('quota')
      },
      removeItem: () => {
        throw new Error('denied')
      },
    }
    expect(readRecent(broken)).toEqual([])
    // Not saved, but still shown for this session.
    expect(addRecent('kjg', broken)).toEqual(['kjg'])
    expect(() => clearRecent(broken)).not.toThrow()
  })

  it('uses the app prefix for its key', () => {
    expect(RECENT_KEY).toBe('kpxj:search-recent')
  })
})
