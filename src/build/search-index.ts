/**
 * Build-time search index: one document per venue, event record, plan and target, plus the pinyin of every
 * Chinese character in the pinyin-searchable fields. pinyin-pro runs here only; the browser gets readings.
 */
import { polyphonic } from 'pinyin-pro'

import { t } from '../i18n'
import { en } from '../i18n/en'
import { kkArab } from '../i18n/kk-Arab'
import { ug } from '../i18n/ug'
import { parseHours } from '../shared/hours'
import { isHan, plainSyllable, SEARCH_INDEX_VERSION, type SearchDoc, type SearchIndex, type SearchOccurrence } from '../shared/search'
import { words } from '../shared/searchBodies'
import { AUDIENCE_WORDS } from '../shared/searchWords'
import { formatYearRange } from '../shared/time'
import type { EventItem, Translations, Venue } from '../shared/types'
import type { CompiledContent } from './compile'

/**
 * Words people use for the same thing. A document containing one word of a group also answers to the
 * others: the national 科普日 became the month-long 科普月 in 2025, and users still search for 科普日.
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['科普月', '科普日', '科普活动日'],
  ['科技活动周', '科技周'],
  ['科普大篷车', '大篷车'],
  ['青少年活动中心', '少年宫'],
  ['乌鲁木齐', '乌市'],
  ['三下乡', '下乡'],
]

/** Words of the synonym groups that `text` touches, except those already in `own` (title and keywords). */
export function synonymsFor(text: string, own: string): string[] {
  const extra: string[] = []
  for (const group of SYNONYMS) {
    if (!group.some((word) => text.includes(word))) continue
    for (const word of group) if (!own.includes(word) && !extra.includes(word)) extra.push(word)
  }
  return extra
}

/** Every toneless reading of a character, `ü` also as `v` and `u` (users type 绿 as lv or lu). */
export function readingsOf(char: string): string[] {
  const [raw = []] = polyphonic(char, { toneType: 'none', type: 'array' })
  const readings = new Set<string>()
  for (const syllable of raw) {
    if (!/^[a-zü]+$/i.test(syllable)) continue
    readings.add(plainSyllable(syllable))
    if (syllable.includes('ü')) readings.add(syllable.replace(/ü/g, 'u'))
  }
  return [...readings]
}

/** A record's translated field in every language it has (content `i18n:`). */
function translated<F extends string>(i18n: Translations<F> | undefined, field: F): (string | undefined)[] {
  return Object.values(i18n ?? {}).map((language) => (language as Partial<Record<F, string>> | undefined)?.[field])
}

/** Add the synonyms a document touches to its keywords. */
function withSynonyms(doc: SearchDoc): SearchDoc {
  // A summary only mentioning a word does not earn its synonyms: 科普月 in a title does.
  const extra = synonymsFor(`${doc.t} ${doc.w}`, `${doc.t} ${doc.w}`)
  return extra.length ? { ...doc, w: words(doc.w, ...extra) } : doc
}

/** The index for a list of documents: adds synonyms and the readings of every Chinese character they use. */
export function makeSearchIndex(docs: SearchDoc[], builtAt: string): SearchIndex {
  const withWords = docs.map(withSynonyms)
  const chars = new Set<string>()
  // The audiences' everyday words are added to the keywords in the browser (withAudienceWords): read in pinyin too.
  const audienceText = Object.values(AUDIENCE_WORDS).flat().join('')
  for (const text of [audienceText, ...withWords.map((doc) => doc.t + doc.w)]) for (const char of text) if (isHan(char)) chars.add(char)
  const readings: Record<string, string> = {}
  for (const char of [...chars].sort()) {
    const list = readingsOf(char)
    if (list.length) readings[char] = list.join(' ')
  }
  return { version: SEARCH_INDEX_VERSION, builtAt, readings, docs: withWords }
}

/** One document per event record: recurring occurrences collapse into the record's occurrence list. */
function eventDocs(events: EventItem[], regionWords: (id: string) => string[], venueName: (id?: string) => string | undefined) {
  const byRecord = new Map<string, EventItem[]>()
  for (const event of events) {
    const list = byRecord.get(event.recordId) ?? []
    list.push(event)
    byRecord.set(event.recordId, list)
  }
  return [...byRecord].map(([recordId, occurrences]): SearchDoc => {
    const first = occurrences[0]!
    const region = regionWords(first.region)
    return {
      k: 'event',
      id: recordId,
      t: first.title,
      w: words(...region, first.kind, venueName(first.venue), ...first.audiences, ...translated(first.i18n, 'title')),
      b: words(first.summary, first.organiser),
      d: `${region[1] ?? first.region} · ${first.kind}`,
      o: occurrences.map((e): SearchOccurrence => [e.id, e.start, e.end]),
      g: first.series ? `${first.series}@${first.region}` : recordId,
      s: first.status,
      ...(first.datePrecision !== 'day' ? { p: first.datePrecision } : {}),
    }
  })
}

/**
 * Settings people look for by name. 适老化 (工信部 2021) asks that search finds the elder mode under the
 * names other apps give it: 长辈版、亲情版、关爱版、关怀版; 大字 is what this app called it before. Also by the
 * name the result shows in the reader's language (Senior mode …): before, only the Chinese words found it.
 */
export const SETTING_DOCS: readonly SearchDoc[] = [
  {
    k: 'setting',
    id: 'elder-mode',
    t: t('elder.title'),
    w: words(
      '长辈版 亲情版 关爱版 关怀版 关怀模式 老年版 适老化 大字 大字版 大字体 字号 朗读',
      ...[en, ug, kkArab].map((language) => language.messages.elder?.title),
    ),
    b: t('elder.hint'),
    d: `${t('nav.me')} · ${t('search.kind.setting')}`,
  },
]

/** Weekdays a venue is open by its published weekly hours, so 周末 finds what is open then; never guessed. */
function openDays(venue: Venue): { wd?: string } {
  if (!venue.hours.osm) return {}
  const hours = parseHours(venue.hours.osm)
  if (hours.kind !== 'weekly') return {}
  const days = hours.week.flatMap((intervals, day) => (intervals.length ? [String(day)] : [])).join('')
  return days ? { wd: days } : {}
}

/** The search index of the compiled content. */
export function buildSearchIndex(compiled: CompiledContent): SearchIndex {
  const { catalog } = compiled
  const regions = new Map(catalog.regions.map((r) => [r.id, r]))
  const plans = new Map(catalog.plans.map((p) => [p.id, p]))
  const venues = new Map(catalog.venues.map((v) => [v.id, v]))
  // Name, short name and id, so 乌鲁木齐市, 乌鲁木齐, wlmq and urumqi all find the region's records.
  const regionWords = (id: string) => {
    const region = regions.get(id)
    return region ? [region.name, region.shortName, region.id] : [id]
  }

  const docs: SearchDoc[] = [
    ...catalog.venues.map((venue): SearchDoc => ({
      k: 'venue',
      id: venue.id,
      t: venue.name,
      w: words(
        ...regionWords(venue.region),
        venue.kind,
        venue.category,
        ...venue.topics,
        ...venue.activities,
        venue.mobile && '流动科普',
        ...venue.audiences,
        // The names a reader sees in their language (Xinjiang Science and Technology Museum) find the venue too.
        ...translated(venue.i18n, 'name'),
      ),
      // b: the venue's summary and fee note, filled in from the catalog by the browser (catalogBodies).
      d: `${regions.get(venue.region)?.shortName ?? venue.region} · ${venue.kind}`,
      ...openDays(venue),
    })),
    ...eventDocs(compiled.events, regionWords, (id) => (id ? venues.get(id)?.name : undefined)),
    ...catalog.plans.map((plan): SearchDoc => ({
      k: 'plan',
      id: plan.id,
      t: plan.title,
      w: words(plan.shortTitle, plan.issuer, plan.docNumber, ...plan.regions.flatMap(regionWords)),
      // b: the plan's summary, from the catalog (catalogBodies).
      d: `${plan.issuer} · ${formatYearRange(plan.period.start, plan.period.end)}`,
    })),
    ...catalog.targets.map((target): SearchDoc => ({
      k: 'target',
      id: target.id,
      t: target.indicator,
      w: words(
        target.wording,
        target.group,
        ...(target.region ? regionWords(target.region) : []),
        target.plan ? plans.get(target.plan)?.shortTitle : '全国',
      ),
      // b: the target's notes, from the catalog (catalogBodies).
      d: `${target.plan ? (plans.get(target.plan)?.shortTitle ?? target.plan) : '全国'} · ${target.group}`,
    })),
    ...SETTING_DOCS,
  ]
  return makeSearchIndex(docs, catalog.builtAt)
}
