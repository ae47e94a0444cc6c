/**
 * Asks at once for the current route's page chunk, its imports and CSS (inlined right after <meta
 * charset>), as Vite itself would once the route's import() runs: nothing waits for the entry script.
 * `hints` pairs a path pattern with its files, named within /assets/; the build computes it
 * (src/build/appShell.ts). An `https://…` entry is another origin the page loads from at once (map tiles):
 * connect to it now.
 */
/**
 * The hints as index.html carries them: each file named once, routes listing theirs by index. Most routes
 * share a dozen chunks, and written out in full the list was 5.6 KB of every page load and of the precache.
 */
export interface PackedRouteHints {
  files: string[]
  routes: [pattern: string, files: number[]][]
}

export default function hintRoute({ files, routes }: PackedRouteHints): void {
  const path = location.pathname
  const match = routes.find(([pattern]) => new RegExp(pattern).test(path))
  for (const file of match?.[1].map((i) => files[i]!) ?? []) {
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
