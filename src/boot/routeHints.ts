/**
 * Asks at once for the current route's page chunk, its imports and CSS (inlined right after <meta
 * charset>), as Vite itself would once the route's import() runs: nothing waits for the entry script.
 * `hints` pairs a path pattern with its files, named within /assets/; the build computes it
 * (src/build/appShell.ts). An `https://…` entry is another origin the page loads from at once (map tiles):
 * connect to it now.
 */
export default function hintRoute(hints: [pattern: string, files: string[]][]): void {
  const path = location.pathname
  const match = hints.find(([pattern]) => new RegExp(pattern).test(path))
  for (const file of match?.[1] ?? []) {
    const link = document.createElement('link')
    if (/^https?:\/\//.test(file)) {
      // Tiles are requested with CORS (crossOrigin 'anonymous' in useLeafletMap): the same kind of connection.
      link.rel = 'preconnect'
      link.crossOrigin = 'anonymous'
      link.href = file
      document.head.appendChild(link)
      continue
    }
    const css = file.endsWith('.css')
    link.rel = css ? 'preload' : 'modulepreload'
    if (css) link.as = 'style'
    link.crossOrigin = ''
    link.href = `/assets/${file}`
    document.head.appendChild(link)
  }
}
