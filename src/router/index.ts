/** The router, built from the route table (./routeTable.ts). */
import { shallowRef } from 'vue'
import { createRouter, createWebHistory, type RouteComponent, type RouteRecordRaw, START_LOCATION } from 'vue-router'

import type { MessageKey } from '@/i18n'
import { APP_PREFIX } from '@/shared/constants'

import { ROUTE_TABLE } from './routeTable'
import { restoreScroll } from './scrollRestore'

declare module 'vue-router' {
  interface RouteMeta {
    /** Document title key; detail views set their own title once data is loaded. */
    title?: MessageKey
  }
}

// One lazy chunk per page; the map page alone pulls in Leaflet.
const views = import.meta.glob<RouteComponent>('../views/*.vue', { import: 'default' })

export const routes: RouteRecordRaw[] = ROUTE_TABLE.map(({ path, name, view, title, props }) => {
  const component = views[`../views/${view}.vue`]
  if (!component) throw new Error(`route ${path}: src/views/${view}.vue does not exist`)
  return { path, name, component, ...(props ? { props } : {}), ...(title ? { meta: { title } } : {}) }
})

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  // A fresh page load is already at the top: scrolling there anyway forces a layout during start-up.
  // Back, forward and reload restore the saved position once the page's later parts are built (scrollRestore).
  // A change of the query alone is the same page in another state (a day tapped in the month grid, a filter,
  // the next week): it stays where the reader is, or the grid's day sent them back above it.
  scrollBehavior: (to, from, saved) =>
    saved ? restoreScroll(saved) : from === START_LOCATION || (to.path === from.path && !to.hash) ? false : { top: 0 },
})

/**
 * After a deploy, an old page may ask for a lazy chunk that no longer exists. Reload once to pick up
 * the new version instead of showing an error; the session flag prevents a reload loop. Not offline
 * (WeChat has no service worker to hold the chunks): the reload would replace the app with the browser's
 * own "no connection" page, while staying shows the page the reader had, under the 当前离线 bar.
 */
const RELOAD_FLAG = `${APP_PREFIX}:chunk-reload`
/**
 * Where the first page was going when its code could not load, and no reload is tried (offline, or the
 * reload came back to the same failure): App.vue says so, with 重试, in place of 正在加载… forever.
 */
export const failedFirstPage = shallowRef<string | null>(null)
/**
 * Whether the one reload was tried this session. Where DOM storage is off (some WebViews: sessionStorage is
 * null or throws) no flag can outlive the reload, so it counts as tried: reloading there could loop, and the
 * page says 重试 instead. Unguarded, onError threw before it set failedFirstPage, and afterEach every time.
 */
const reloadTried = () => {
  try {
    return sessionStorage.getItem(RELOAD_FLAG) !== null
  } catch {
    return true
  }
}
/** Stores the flag; false when it could not be (storage full or off): then no reload, which could loop. */
const setReloadTried = (tried: boolean): boolean => {
  try {
    if (tried) sessionStorage.setItem(RELOAD_FLAG, '1')
    else sessionStorage.removeItem(RELOAD_FLAG)
    return true
  } catch {
    return false
  }
}
router.onError((error: Error, to) => {
  const missingChunk = /dynamically imported module|Importing a module script failed|error loading dynamically|Unable to preload CSS/i.test(
    error.message,
  )
  // Not when the first page is tried again back online (App.vue): the phone may say "online" a moment before
  // the connection carries anything, and that reload would be the browser's error page.
  if (missingChunk && navigator.onLine && !failedFirstPage.value && !reloadTried() && setReloadTried(true)) {
    window.location.assign(to.fullPath)
  } else if (router.currentRoute.value === START_LOCATION) failedFirstPage.value = to.fullPath
})
router.afterEach(() => {
  setReloadTried(false)
  failedFirstPage.value = null
})
