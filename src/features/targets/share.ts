/** Sharing one target as a link: the system share sheet where there is one, else the clipboard. */
import type { Target } from '@/shared/types'

export type ShareResult = 'shared' | 'copied' | 'cancelled' | 'failed'

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

type ShareNavigator = Pick<Navigator, 'share' | 'clipboard'>

/** Share `url` via navigator.share, or copy it; the navigator is injectable for tests. */
export async function shareLink(
  data: { url: string; title: string },
  nav: Partial<ShareNavigator> | undefined = globalThis.navigator,
): Promise<ShareResult> {
  if (nav?.share) {
    try {
      await nav.share({ title: data.title, url: data.url })
      return 'shared'
    } catch (error) {
      // The user closed the share sheet: nothing to report. Other failures fall through to copying.
      if ((error as Error).name === 'AbortError') return 'cancelled'
    }
  }
  try {
    if (!nav?.clipboard) return 'failed'
    await nav.clipboard.writeText(data.url)
    return 'copied'
  } catch {
    return 'failed'
  }
}
