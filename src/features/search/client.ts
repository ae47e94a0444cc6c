/**
 * Loads the build-time index once per session and prepares the engine. Lazy: imported on the first focus
 * or keystroke, so the home route does not pay for it. The index stays in memory, so search keeps working
 * when the connection drops; the service worker caches the file for offline reloads.
 */
import { APP_DATA_BASE } from '../../shared/constants'
import { SEARCH_INDEX_FILE, SEARCH_INDEX_VERSION, type SearchIndex } from '../../shared/search'
import { useCatalogStore } from '../../stores/catalog'
import { createSearchEngine, type SearchEngine } from './engine'

export const SEARCH_INDEX_URL = `${APP_DATA_BASE}/${SEARCH_INDEX_FILE}`

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

export const isSearchIndex = (v: unknown): v is SearchIndex =>
  isObject(v) && v.version === SEARCH_INDEX_VERSION && isObject(v.readings) && Array.isArray(v.docs)

/** Fetch and check the index; a captive-portal page or an error status is an error, never an index. */
export async function fetchSearchIndex(fetcher: typeof fetch = fetch): Promise<SearchIndex> {
  const response = await fetcher(SEARCH_INDEX_URL)
  if (!response.ok) throw new Error(`search index: HTTP ${response.status}`)
  if (!(response.headers.get('content-type') ?? '').includes('json')) throw new Error('search index: not JSON')
  const value: unknown = await response.json()
  if (!isSearchIndex(value)) throw new Error('search index: unexpected format')
  return value
}

/**
 * The bodies of venues, plans and targets come from the catalog (see shared/searchBodies.ts). Without it (it
 * failed to load, with no saved copy: a first visit offline) they are searched by title and keywords only,
 * until it arrives (back online, the content check loads it): the next search then builds the engine again
 * from the index in memory. Before, search stayed without them for the session.
 */
function engineFor(index: SearchIndex, catalog: ReturnType<typeof useCatalogStore>): SearchEngine {
  if (catalog.catalog) return createSearchEngine(index, catalog.catalog)
  let engine = createSearchEngine(index)
  let complete = false
  return {
    get size() {
      return engine.size
    },
    search(query, options) {
      if (!complete && catalog.catalog) {
        engine = createSearchEngine(index, catalog.catalog)
        complete = true
      }
      return engine.search(query, options)
    },
  }
}

let engine: Promise<SearchEngine> | null = null

/** The engine, loaded once; a failed load is retried on the next call. */
export function loadSearchEngine(fetcher?: typeof fetch): Promise<SearchEngine> {
  const catalog = useCatalogStore()
  engine ??= Promise.all([fetchSearchIndex(fetcher), catalog.load()])
    .then(([index]) => engineFor(index, catalog))
    .catch((error: unknown) => {
      engine = null
      throw error
    })
  return engine
}
