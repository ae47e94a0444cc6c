import { type BrowserContext, type CDPSession, expect, type Page } from '@playwright/test'

/** Wait until the service worker is active and controls the page (precache complete). */
export async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
}

type UserStore = 'schedule' | 'visitPlans' | 'shifts'

/** Put a record straight into the user database, as a feature would (DB `kpxj-user`, any version). */
export const putUserRecord = (page: Page, store: UserStore, value: Record<string, unknown>) => writeUserStore(page, store, value)

/**
 * Empty one store of the user database, for a step that counts its records (the steps before it in the same
 * context saved some).
 */
export async function clearUserStore(page: Page, store: UserStore) {
  await writeUserStore(page, store, null)
  expect(await readUserStore(page, store)).toEqual([])
}

/** Put `value` into a store of the user database, or with null empty the store. */
async function writeUserStore(page: Page, store: UserStore, value: Record<string, unknown> | null) {
  await page.evaluate(
    ({ store, value }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kpxj-user')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          // Fail at once, not by timeout, when the app has not created its stores yet.
          if (!db.objectStoreNames.contains(store)) {
            db.close()
            reject(new Error(`no "${store}" store yet: wait for the app before writing`))
            return
          }
          const tx = db.transaction(store, 'readwrite')
          if (value) tx.objectStore(store).put(value)
          else tx.objectStore(store).clear()
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    { store, value },
  )
}

/** Read all records of one store of the user database. */
export async function readUserStore(page: Page, store: UserStore): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (store) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('kpxj-user')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const request = open.result.transaction(store).objectStore(store).getAll()
          request.onsuccess = () => {
            open.result.close()
            resolve(request.result as Record<string, unknown>[])
          }
          request.onerror = () => reject(request.error)
        }
      }),
    store,
  )
}

export const scheduleEntry = (id: string) => ({
  id,
  addedAt: '2026-11-26T08:00:00.000Z',
  seen: { title: '测试活动', start: '2026-12-05', end: '2026-12-05', status: 'expected', region: 'changji' },
})

/** Serve every data request with the given response, for the page and its service worker alike. */
export async function breakDataEndpoint(context: BrowserContext, response: { status: number; contentType: string; body: string }) {
  await context.unroute('**/data/app/**')
  await context.route('**/data/app/**', (route) => route.fulfill(response))
}

export const STALE_NOTE = /无法更新，显示的是 \d{4}年\d{1,2}月\d{1,2}日 的内容/

export async function expectNoSpinner(page: Page) {
  await expect(page.getByText('正在加载…')).toHaveCount(0)
}

/** A saved visit plan as the planner writes it (the store's schema refuses anything less). */
export const visitPlanRecord = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  createdAt: '2026-11-20T00:00:00.000Z',
  updatedAt: '2026-11-20T00:00:00.000Z',
  venueId: 'changji-dinosaur-museum',
  date: '2026-12-10',
  session: '',
  school: '昌吉市第一中学',
  className: '参观新疆科技馆',
  grade: 'junior',
  students: 40,
  teachers: 2,
  contact: { name: '', phone: '' },
  notes: '',
  done: [],
  ...overrides,
})

const reapply = new WeakMap<Page, () => Promise<void>>()
const sessions = new WeakMap<Page, CDPSession>()

/**
 * Airplane mode on or off for the rest of the test. Playwright's `context.setOffline(true)` keeps the network
 * blocked across navigations, but since Chromium 150 a new document reports `navigator.onLine === true`, so a
 * page reloaded offline would not know it is offline (a phone's browser says false). While offline, each new
 * document of `page` is told so again through the DevTools protocol (it fires `offline`, as a phone's would).
 */
export async function setOffline(context: BrowserContext, page: Page, offline: boolean) {
  await context.setOffline(offline)
  const previous = reapply.get(page)
  if (previous) page.off('domcontentloaded', previous)
  reapply.delete(page)
  // One session per page: the network is offline while any session emulates it, so a new session saying
  // "online" left the page's own requests (those the service worker does not answer) failing.
  let cdp = sessions.get(page)
  if (!cdp) sessions.set(page, (cdp = await context.newCDPSession(page)))
  const emulate = async () => {
    await cdp
      .send('Network.emulateNetworkConditions', { offline, latency: 0, downloadThroughput: -1, uploadThroughput: -1 })
      .catch(() => {})
  }
  await emulate()
  if (!offline) return
  reapply.set(page, emulate)
  page.on('domcontentloaded', emulate)
}
