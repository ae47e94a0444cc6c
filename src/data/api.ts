/**
 * Typed access to the compiled data under /data/app. A response only counts when it is JSON with the
 * expected shape: a captive-portal HTML page or an error status never replaces good data.
 */
import { t } from '@/i18n'
import { APP_DATA_BASE, LAST_GOOD_CACHE, monthShardUrl } from '@/shared/constants'
import { type MonthOccurrences, openMonthShard } from '@/shared/eventShard'
import type { Catalog } from '@/shared/types'

export class DataError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message)
    this.name = 'DataError'
  }
}

/**
 * How long to wait for a response to start. On a weak signal a request can hang with no answer and no error
 * (WeChat's browser, which has no service worker to answer from its cache, kept 正在加载… for minutes): past
 * this it fails as offline, so the page offers its saved copy and 重试.
 */
const RESPONSE_TIMEOUT_MS = 30_000

async function fetchJson<T>(path: string, isValid: (value: unknown) => value is T, init?: RequestInit, keepBody = false): Promise<T> {
  let response: Response
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(), RESPONSE_TIMEOUT_MS)
  try {
    response = await fetch(path, { ...init, signal: abort.signal })
  } catch {
    throw new DataError(t('app.errors.offline'))
  } finally {
    clearTimeout(timer)
  }
  if (!response.ok) throw new DataError(t('app.errors.status', { status: response.status }), response.status)
  const type = response.headers.get('content-type') ?? ''
  if (!type.includes('json')) throw new DataError(t('app.errors.notData'))
  // The untouched body, kept so the last-good copy can be stored without serialising it again.
  const copy = keepBody ? response.clone() : null
  let value: unknown
  try {
    value = await response.json()
  } catch {
    throw new DataError(t('app.errors.format'))
  }
  if (!isValid(value)) throw new DataError(t('app.errors.format'))
  if (copy && isObject(value)) bodies.set(value, copy)
  return value
}

const bodies = new WeakMap<object, Response>()

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

export const isCatalog = (v: unknown): v is Catalog =>
  isObject(v) && typeof v.builtAt === 'string' && Array.isArray(v.venues) && Array.isArray(v.targets) && Array.isArray(v.plans)

const isIndex = (v: unknown): v is Record<string, string> => isObject(v)

export const fetchCatalog = (init?: RequestInit) => fetchJson(`${APP_DATA_BASE}/catalog.json`, isCatalog, init, needsLastGood())
/**
 * Ask the server for the current catalog. The query string keeps the request out of the service worker's
 * precache (which serves the copy matching this app version); `no-cache` revalidates the browser's copy,
 * so an unchanged catalog costs a 304, not a download. Tells whether newer content has been published,
 * or that the network cannot deliver it.
 */
export const checkCatalog = () =>
  fetchJson(
    `${APP_DATA_BASE}/catalog.json?check`,
    isCatalog,
    { cache: 'no-cache', headers: { accept: 'application/json' } },
    needsLastGood(),
  )
/** One month's occurrences, from the compact shard (or a previous format, still in the SW's runtime cache). */
export const fetchMonthShard = async (month: string): Promise<MonthOccurrences> => {
  // Checked whole here, decoded as the pages ask for days (openMonthShard).
  const shard = openMonthShard(await fetchJson(monthShardUrl(month), isObject))
  if (!shard) throw new DataError(t('app.errors.format'))
  return shard
}
export const fetchEventIndex = () => fetchJson(`${APP_DATA_BASE}/event-index.json`, isIndex)

/**
 * A page-managed copy of the last good catalog, for browsers without a service worker (WeChat's in-app
 * browser, some privacy modes): a failed fetch there can still show content. With a service worker the
 * precache already holds the catalog, so nothing is stored twice.
 */
// Keyed by app version: a copy written by another version may not match this code's types.
const LAST_GOOD_URL = `${APP_DATA_BASE}/catalog.json`
const lastGoodKey = () => `${LAST_GOOD_URL}?v=${encodeURIComponent(import.meta.env.VITE_APP_VERSION ?? 'dev')}`

/** Only pages without a service worker keep their own copy (with one, the precache holds the catalog). */
function needsLastGood() {
  return typeof caches !== 'undefined' && !navigator.serviceWorker?.controller
}

export async function saveLastGoodCatalog(catalog: Catalog): Promise<void> {
  if (!needsLastGood()) return
  // Storing is not urgent: wait until the first screen is done.
  await idle()
  try {
    const cache = await caches.open(LAST_GOOD_CACHE)
    await cache.delete(LAST_GOOD_URL, { ignoreSearch: true })
    // The fetched body as it came (serialising the catalog again is a long task on a cheap phone).
    const body = bodies.get(catalog)?.body ?? JSON.stringify(catalog)
    bodies.delete(catalog)
    await cache.put(lastGoodKey(), new Response(body, { headers: { 'content-type': 'application/json' } }))
  } catch {
    // Quota or a disabled Cache API: the copy is a convenience, not a requirement.
  }
}

/** Resolves when the browser is idle (at the latest after 3 s), or after a tick where idle callbacks don't exist. */
const idle = () =>
  new Promise<void>((resolve) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 3000 }) : setTimeout(resolve, 500),
  )

export async function loadLastGoodCatalog(): Promise<Catalog | null> {
  if (typeof caches === 'undefined') return null
  try {
    const response = await (await caches.open(LAST_GOOD_CACHE)).match(lastGoodKey())
    const value: unknown = await response?.json()
    return isCatalog(value) ? value : null
  } catch {
    return null
  }
}
