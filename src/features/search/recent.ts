/**
 * Recent searches, newest first, in localStorage: a short, non-critical list that must be readable
 * synchronously when the box gets focus. Storage failures (private mode, full quota) are ignored.
 */
import { APP_PREFIX } from '../../shared/constants'

export const RECENT_KEY = `${APP_PREFIX}:search-recent`
export const RECENT_MAX = 8

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

const defaultStorage = (): KeyValueStorage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

export function readRecent(storage = defaultStorage()): string[] {
  try {
    const value: unknown = JSON.parse(storage?.getItem(RECENT_KEY) ?? '[]')
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, RECENT_MAX) : []
  } catch {
    return []
  }
}

/** Put a query first (once), keep the newest RECENT_MAX, and return the new list. */
export function addRecent(query: string, storage = defaultStorage()): string[] {
  const text = query.trim().replace(/\s+/g, ' ')
  if (!text) return readRecent(storage)
  const list = [text, ...readRecent(storage).filter((q) => q !== text)].slice(0, RECENT_MAX)
  try {
    storage?.setItem(RECENT_KEY, JSON.stringify(list))
  } catch {
    // Not saved: the list is a convenience.
  }
  return list
}

export function clearRecent(storage = defaultStorage()): void {
  try {
    storage?.removeItem(RECENT_KEY)
  } catch {
    // Nothing to do.
  }
}
