/** The route table. Every view is a lazy chunk; the map view alone pulls in Leaflet. */
import { createRouter, createWebHistory, type RouteRecordRaw, START_LOCATION } from 'vue-router'

import type { MessageKey } from '@/i18n'
import { APP_PREFIX } from '@/shared/constants'

declare module 'vue-router' {
  interface RouteMeta {
    /** Document title key; detail views set their own title once data is loaded. */
    title?: MessageKey
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('@/views/HomeView.vue'), meta: { title: 'nav.home' } },
  { path: '/map', name: 'map', component: () => import('@/views/MapView.vue'), meta: { title: 'nav.map' } },
  { path: '/calendar', name: 'calendar', component: () => import('@/views/CalendarView.vue'), meta: { title: 'nav.calendar' } },
  { path: '/targets', name: 'targets', component: () => import('@/views/TargetsView.vue'), meta: { title: 'nav.targets' } },
  { path: '/me', name: 'me', component: () => import('@/views/MeView.vue'), meta: { title: 'nav.me' } },
  { path: '/me/volunteer', name: 'volunteer', component: () => import('@/views/VolunteerView.vue'), meta: { title: 'volunteer.title' } },
  { path: '/me/visits', name: 'visits', component: () => import('@/views/VisitPlannerView.vue'), meta: { title: 'planner.title' } },
  {
    path: '/me/visits/:id',
    name: 'visit',
    component: () => import('@/views/VisitPlanView.vue'),
    props: true,
    meta: { title: 'planner.plan.title' },
  },
  { path: '/venues/:id', name: 'venue', component: () => import('@/views/VenueView.vue'), props: true },
  { path: '/events/:id', name: 'event', component: () => import('@/views/EventView.vue'), props: true },
  { path: '/search', name: 'search', component: () => import('@/views/SearchView.vue'), meta: { title: 'search.pageTitle' } },
  { path: '/plans/:id', name: 'plan', component: () => import('@/views/PlanView.vue'), props: true },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue'), meta: { title: 'notFound.title' } },
]

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  // A fresh page load is already at the top: scrolling there anyway forces a layout during start-up.
  scrollBehavior: (_to, from, saved) => saved ?? (from === START_LOCATION ? false : { top: 0 }),
})

/**
 * After a deploy, an old page may ask for a lazy chunk that no longer exists. Reload once to pick up
 * the new version instead of showing an error; the session flag prevents a reload loop.
 */
const RELOAD_FLAG = `${APP_PREFIX}:chunk-reload`
router.onError((error: Error, to) => {
  const missingChunk = /dynamically imported module|Importing a module script failed|error loading dynamically|Unable to preload CSS/i.test(
    error.message,
  )
  if (missingChunk && !sessionStorage.getItem(RELOAD_FLAG)) {
    sessionStorage.setItem(RELOAD_FLAG, '1')
    window.location.assign(to.fullPath)
  }
})
router.afterEach(() => sessionStorage.removeItem(RELOAD_FLAG))
