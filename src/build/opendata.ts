/** Open-data renderings of the compiled content: GeoJSON (RFC 7946), iCalendar (RFC 5545) and JSON. */
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from 'ical-generator'
import type { EventItem, Source } from '../shared/types'
import { APP_DATA_BASE, DATA_BASE, TIME_ZONE } from '../shared/constants'
import { addDays, dayOf } from '../shared/time'
import { ICS_FIRST_DAY_ALARM_SECONDS, firstDayNote, isFirstDayInCalendar, isHistory } from '../shared/eventFormat'
import type { CompiledContent } from './compile'
import { buildNow, buildToday } from './today'
import { buildSearchIndex } from './search-index'
import { SEARCH_INDEX_FILE } from '../shared/search'
import { encodeMonthShard } from '../shared/eventShard'

export const ICS_PRODID = { company: '科普新疆', product: 'kepu-xinjiang', language: 'ZH' }
/** UIDs are stable across builds so that importing a feed again updates events instead of duplicating them. */
export const eventUid = (id: string) => `${id}@kepu-xinjiang`

const STATUS: Record<EventItem['status'], ICalEventStatus> = {
  expected: ICalEventStatus.TENTATIVE,
  confirmed: ICalEventStatus.CONFIRMED,
  changed: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
}

export function sourceText(source: Source, planTitles: Record<string, string>): string {
  if ('general' in source) return `常识：${source.general}`
  if ('url' in source) return `${source.publisher}（${source.published}）${source.title} ${source.url}`
  return `${planTitles[source.plan] ?? source.plan} ${source.section}（第${source.lines}行）`
}

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

/** An iCalendar document for the given occurrences. */
export function eventsIcs(events: EventItem[], planTitles: Record<string, string>, options: IcsOptions = {}): string {
  const calendar = ical({
    name: options.name ?? '科普新疆 · 科普活动',
    prodId: ICS_PRODID,
    timezone: null,
    method: ICalCalendarMethod.PUBLISH,
  })
  calendar.description('新疆科普活动日历（北京时间）。"预计"日期按往年惯例推定，以主办方通知为准。')
  calendar.x([{ key: 'X-WR-TIMEZONE', value: TIME_ZONE }])
  for (const event of events) {
    const statusLine =
      event.status === 'expected'
        ? '日期为预计（未确认）'
        : event.status === 'confirmed'
          ? '日期已确认'
          : event.status === 'changed'
            ? '已变更'
            : '已取消'
    // Same rule as the app's .ics buttons (src/features/calendar/ics.ts): a long event is its first day.
    const long = isFirstDayInCalendar(event)
    const description = [
      ...(long ? [firstDayNote(event)] : []),
      event.summary,
      `${statusLine}：${event.dateNote}`,
      `主办：${event.organiser}`,
      ...(event.howToJoin ? [`参与方式：${event.howToJoin}`] : []),
      `来源：${event.sources.map((s) => sourceText(s, planTitles)).join('；')}`,
    ].join('\n')
    const created = calendar.createEvent({
      id: eventUid(event.id),
      summary: event.status === 'expected' ? `${event.title}（预计）` : event.title,
      // All-day ranges are inclusive in content; iCalendar's DTEND is exclusive.
      start: long ? dayOf(event.start) : event.allDay ? event.start : new Date(event.start),
      end: long ? addDays(dayOf(event.start), 1) : event.allDay ? addDays(event.end, 1) : new Date(event.end),
      allDay: long || event.allDay,
      stamp: options.stamp ?? new Date(buildNow()),
      status: STATUS[event.status],
      description,
      ...(options.origin ? { url: `${options.origin}/events/${event.id}` } : {}),
    })
    if (long) {
      created.createAlarm({
        type: ICalAlarmType.display,
        triggerBefore: ICS_FIRST_DAY_ALARM_SECONDS,
        description: `明天开始：${event.title}`,
      })
    }
  }
  return calendar.toString()
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
