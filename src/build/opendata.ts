/** Open-data renderings of the compiled content: GeoJSON (RFC 7946), iCalendar (RFC 5545) and JSON. */
import { agendaHeadUrl, APP_DATA_BASE, DATA_BASE, TIME_ZONE } from '../shared/constants'
import { isHistory } from '../shared/eventFormat'
import { encodeMonthShard } from '../shared/eventShard'
import { eventsToIcs } from '../shared/ics'
import { SEARCH_INDEX_FILE } from '../shared/search'
import type { EventItem } from '../shared/types'
import { agendaHeadFile } from './agendaHead'
import type { CompiledContent } from './compile'
import { buildSearchIndex } from './search-index'
import { buildNow, buildToday } from './today'

export { eventUid, sourceText } from '../shared/ics'

export function venuesGeoJson(compiled: CompiledContent) {
  const regionNames = Object.fromEntries(compiled.catalog.regions.map((r) => [r.id, r.name]))
  return {
    type: 'FeatureCollection',
    features: compiled.catalog.venues.map((venue) => {
      const { location, ...properties } = venue
      return {
        type: 'Feature',
        id: venue.id,
        geometry: { type: 'Point', coordinates: [location.lng, location.lat] },
        properties: {
          ...properties,
          regionName: regionNames[venue.region],
          locationPrecision: location.precision,
          locationNote: location.note ?? null,
          address: location.address ?? null,
          url: `/venues/${venue.id}`,
        },
      }
    }),
  }
}

export interface IcsOptions {
  /** Absolute origin used for event URLs, e.g. https://kepu.example.org; omitted when unknown. */
  origin?: string
  name?: string
  stamp?: Date
  /** The build day (Beijing), which decides what is history; KEPU_TODAY or today by default. */
  today?: string
}

/** The /data/events.ics feed: the app's own writer (src/shared/ics.ts), so UIDs match the app's files. */
export function eventsIcs(events: EventItem[], planTitles: Record<string, string>, options: IcsOptions = {}): string {
  return eventsToIcs(events, {
    name: options.name ?? '科普新疆 · 科普活动',
    description: '新疆科普活动日历（北京时间）。“预计”日期按往年惯例推定，以主办方通知为准。',
    stamp: options.stamp ?? new Date(buildNow()),
    planTitles,
    ...(options.origin ? { origin: options.origin } : {}),
  })
}

/** Every file the build publishes under /data, path → text. Used by the dev server and the build alike. */
export function renderDataFiles(compiled: CompiledContent, options: IcsOptions = {}): Map<string, string> {
  const files = new Map<string, string>()
  const json = (value: unknown) => JSON.stringify(value)
  const { catalog } = compiled
  const planTitles = Object.fromEntries(catalog.plans.map((p) => [p.id, p.title]))

  files.set(`${APP_DATA_BASE}/catalog.json`, json(catalog))
  files.set(`${APP_DATA_BASE}/event-index.json`, json(compiled.eventIndex))
  files.set(`${APP_DATA_BASE}/${SEARCH_INDEX_FILE}`, json(buildSearchIndex(compiled)))
  // Compact for the app (records once, occurrences as tuples); /data/events.json below keeps full occurrences.
  for (const [month, shard] of compiled.shards) {
    files.set(`${APP_DATA_BASE}/events/${month}.json`, json(encodeMonthShard(month, shard.events)))
  }
  // Each day's first agenda screen, for index.html to draw before the app starts (src/boot/agendaPreview.ts).
  // The agenda's badges name regions short, as the catalog store's regionNames.
  const shortNames = Object.fromEntries(catalog.regions.map((r) => [r.id, r.shortName]))
  for (const month of compiled.shards.keys()) {
    const head = agendaHeadFile(month, compiled.shards, shortNames, catalog.builtAt)
    if (head) files.set(agendaHeadUrl(month), json(head))
  }

  files.set(`${DATA_BASE}/venues.geojson`, JSON.stringify(venuesGeoJson(compiled), null, 1))
  // Work the plans report for past periods (十三五 counts) is history: marked so in the JSON, and left out of
  // the subscribable feed, which is for things to attend.
  const today = options.today ?? buildToday()
  const history = (event: EventItem) => isHistory(event, today)
  files.set(
    `${DATA_BASE}/events.json`,
    JSON.stringify(
      {
        generated: catalog.builtAt,
        timeZone: TIME_ZONE,
        events: compiled.events.map((event) => (history(event) ? { ...event, history: true } : event)),
      },
      null,
      1,
    ),
  )
  files.set(`${DATA_BASE}/targets.json`, JSON.stringify({ generated: catalog.builtAt, targets: catalog.targets }, null, 1))
  files.set(
    `${DATA_BASE}/plans.json`,
    JSON.stringify({ generated: catalog.builtAt, plans: catalog.plans, regions: catalog.regions }, null, 1),
  )
  const attendable = compiled.events.filter((event) => !history(event))
  files.set(`${DATA_BASE}/events.ics`, eventsIcs(attendable, planTitles, { ...options, stamp: new Date(catalog.builtAt) }))
  return files
}
