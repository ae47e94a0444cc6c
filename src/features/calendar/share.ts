/** Share a link with the system sheet, or copy it where there is none (WeChat's browser, desktops). */
export type ShareResult = 'shared' | 'copied' | 'cancelled' | 'failed'

export async function shareLink(
  data: { title: string; url: string },
  nav: Pick<Navigator, 'share' | 'clipboard'> | undefined = globalThis.navigator,
): Promise<ShareResult> {
  if (nav?.share) {
    try {
      await nav.share(data)
      return 'shared'
    } catch (error) {
      if ((error as DOMException)?.name === 'AbortError') return 'cancelled'
    }
  }
  try {
    await nav?.clipboard.writeText(data.url)
    return nav?.clipboard ? 'copied' : 'failed'
  } catch {
    return 'failed'
  }
}
