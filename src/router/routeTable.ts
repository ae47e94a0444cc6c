/**
 * The routes as data: the router (src/router/index.ts) turns them into lazy routes, and the build reads
 * them to hint each page's chunks in index.html (src/build/appShell.ts). Relative imports only:
 * vite.config.ts loads this file through the app-shell plugin.
 */
import type { MessageKey } from '../i18n'

export interface RouteEntry {
  path: string
  name: string
  /** The page in src/views/, without `.vue`. */
  view: string
  /** Document title key; detail views set their own title once data is loaded. */
  title?: MessageKey
  /** Pass the path's parameters to the view as props. */
  props?: true
}

export const ROUTE_TABLE: readonly RouteEntry[] = [
  { path: '/', name: 'home', view: 'HomeView', title: 'nav.home' },
  { path: '/map', name: 'map', view: 'MapView', title: 'nav.map' },
  { path: '/calendar', name: 'calendar', view: 'CalendarView', title: 'nav.calendar' },
  { path: '/targets', name: 'targets', view: 'TargetsView', title: 'nav.targets' },
  { path: '/me', name: 'me', view: 'MeView', title: 'nav.me' },
  { path: '/me/volunteer', name: 'volunteer', view: 'VolunteerView', title: 'volunteer.title' },
  { path: '/me/visits', name: 'visits', view: 'VisitPlannerView', title: 'planner.title' },
  { path: '/me/visits/:id', name: 'visit', view: 'VisitPlanView', props: true, title: 'planner.plan.title' },
  { path: '/venues/:id', name: 'venue', view: 'VenueView', props: true },
  { path: '/events/:id', name: 'event', view: 'EventView', props: true },
  { path: '/search', name: 'search', view: 'SearchView', title: 'search.pageTitle' },
  { path: '/plans/:id', name: 'plan', view: 'PlanView', props: true },
  { path: '/:pathMatch(.*)*', name: 'not-found', view: 'NotFoundView', title: 'notFound.title' },
]
