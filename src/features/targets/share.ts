/** Links to one target: the path that opens the targets page on it, and the anchor it scrolls to. */
import type { Target } from '@/shared/types'

/** The anchor id of a target's row; a link to `/targets#target-<id>` scrolls to it. */
export const targetAnchor = (id: string) => `target-${id}`

/** The path that opens the targets page on one target, filtered to its region so it is always shown. */
export function targetPath(target: Pick<Target, 'id' | 'region'>): string {
  const query = target.region ? `?region=${encodeURIComponent(target.region)}` : ''
  return `/targets${query}#${targetAnchor(target.id)}`
}

/** The target id a URL hash points at, or null. */
export function targetIdFromHash(hash: string): string | null {
  const match = /^#target-([a-z0-9-]+)$/.exec(hash)
  return match ? match[1]! : null
}
