/** Offer a text file as a download (browser only). The one place the app builds a download link. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // Some browsers read the blob after click() returns; revoke later rather than at once.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
