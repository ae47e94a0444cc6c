/** What the browser we run in can do for offline use. Pure helpers, so they are easy to test. */

/** WeChat's in-app browser (Android XWeb/X5 and iOS) says MicroMessenger in its user agent. */
export function isWeChat(userAgent: string): boolean {
  return /MicroMessenger/i.test(userAgent)
}

/** Running as an installed app (home-screen icon), where an install hint makes no sense. */
export function isStandalone(win: Window): boolean {
  return win.matchMedia?.('(display-mode: standalone)').matches === true || (win.navigator as { standalone?: boolean }).standalone === true
}

/** Bytes as a short Chinese-friendly size, e.g. `1.2 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
