/** Offer a text file as a download (browser only). The one place the app builds a download link. */
import { shallowRef } from 'vue'

import { isWeChat } from '@/shared/environment'

export interface BlockedDownload {
  fileName: string
  text: string
}

/**
 * A download the browser would silently drop: WeChat's in-app browser ignores download links, and many
 * users open the app from WeChat. The offline feature's DownloadFallback dialog shows it instead.
 */
export const blockedDownload = shallowRef<BlockedDownload | null>(null)

/**
 * Returns false when the file went to the dialog instead (WeChat): nothing is saved until the user copies it,
 * so a caller must not say 已导出.
 */
export function downloadText(fileName: string, text: string, type: string): boolean {
  if (isWeChat(navigator.userAgent)) {
    blockedDownload.value = { fileName, text }
    return false
  }
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // Some browsers read the blob after click() returns; revoke later rather than at once.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return true
}
