/** The one copy-to-clipboard step, on its own so the first route (the download dialog) carries nothing more. */

/** Whether the last copy worked, for a role="status" line. */
export type CopyState = 'idle' | 'copied' | 'failed'

/** What to try where the clipboard API fails: the legacy copy, or selecting the text for a long press. */
export type CopyFallback = (text: string) => boolean

/** Copy `text` with the clipboard API, else the fallback; true when either worked. */
export async function copyText(
  text: string,
  fallback?: CopyFallback,
  nav: Partial<Pick<Navigator, 'clipboard'>> | undefined = globalThis.navigator,
): Promise<boolean> {
  try {
    await nav!.clipboard!.writeText(text)
    return true
  } catch {
    return fallback?.(text) ?? false
  }
}
