/**
 * Synthetic content for the benchmarks (`bench:calendar`, `bench:build`): a copy of the real content/ plus
 * weekly RRULE series of events and, optionally, venues spread over the five real regions. Every synthetic
 * record is valid content and says what it is: a `general` source "合成数据" and 合成测试 in its name.
 * Written into a temp folder only; never into content/.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

import { inXinjiang } from '../src/shared/xinjiangOutline'

const ROOT = resolve(import.meta.dirname, '..')

/** Occurrences per synthetic series (weekly, so a series spans about a year). */
export const PER_SERIES = 50

const KINDS = ['科普进社区', '科普大篷车', '讲解大赛', '安全科普', '健康科普', '培训', '竞赛'] as const
const REGIONS = ['shuanghe', 'xinxing', 'changji', 'kashgar', 'urumqi'] as const
/** The regions' `center` in content/regions/: synthetic venues are scattered around these. */
const CENTERS: Record<(typeof REGIONS)[number], { lat: number; lng: number }> = {
  shuanghe: { lat: 44.84, lng: 82.35 },
  xinxing: { lat: 42.8, lng: 93.6 },
  changji: { lat: 44.01, lng: 87.27 },
  kashgar: { lat: 39.47, lng: 75.99 },
  urumqi: { lat: 43.83, lng: 87.62 },
}
const VENUE_KINDS = [
  ['科技场馆类', '科技馆'],
  ['教育科研与重大工程类', '科研院所'],
  ['三农类', '科普教育基地'],
  ['企业类', '企业展厅'],
  ['自然资源类', '博物馆'],
  ['其他类', '青少年活动中心'],
] as const

export interface BenchContentOptions {
  /** Event occurrences; written as ⌈events / 50⌉ weekly series. */
  events: number
  /** Synthetic venues; 0 keeps the real venues only and leaves events without a venue. */
  venues?: number
  /** The events' summary (what the benchmark measures). */
  summary?: string
}

/** A small deterministic generator (mulberry32), so every run writes the same content. */
function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** Venue `i`'s region: venues go round the regions, and an event takes its venue's region. */
const regionOf = (i: number) => REGIONS[i % REGIONS.length]!

function venueYaml(i: number, next: () => number): string {
  const region = regionOf(i)
  const center = CENTERS[region]
  // Within about 30 km of the region's centre and inside Xinjiang's outline (the build checks it).
  let lat = center.lat
  let lng = center.lng
  for (let tries = 0; tries < 20; tries++) {
    const la = +(center.lat + (next() - 0.5) * 0.5).toFixed(4)
    const ln = +(center.lng + (next() - 0.5) * 0.7).toFixed(4)
    if (inXinjiang(la, ln)) {
      lat = la
      lng = ln
      break
    }
  }
  const [category, kind] = VENUE_KINDS[i % VENUE_KINDS.length]!
  const hours = i % 2 === 0 ? ['hours:', '  osm: "Tu-Su 10:00-18:00; Mo off"'] : ['hours:', '  note: 开放时间请咨询场馆']
  return [
    `id: bench-venue-${String(i).padStart(5, '0')}`,
    `name: 合成测试场馆 ${i}`,
    `region: ${region}`,
    `category: ${category}`,
    `kind: ${kind}`,
    'inPlans: false',
    'summary: 基准测试用的合成场馆，用于测量构建在上千个场馆下的耗时。',
    'audiences: [小学, 初中, 家庭, 公众]',
    'topics: [物理, 信息技术]',
    'activities: [展览参观]',
    `fee: ${i % 3 === 0 ? 'free' : 'unknown'}`,
    ...hours,
    'location:',
    `  lat: ${lat}`,
    `  lng: ${lng}`,
    '  precision: approximate',
    '  note: 合成数据，位置为随机生成',
    '  address: null',
    'mobile: false',
    'sources:',
    '  - general: 合成数据',
    '',
  ].join('\n')
}

function eventYaml(i: number, count: number, venues: number, summary: string): string {
  const id = `bench-${String(i).padStart(5, '0')}`
  const day = 1 + (i % 7)
  const timed = i % 3 !== 0
  const hour = String(8 + (i % 10)).padStart(2, '0')
  const start = timed ? `2026-06-0${day}T${hour}:00:00+08:00` : `2026-06-0${day}`
  const end = timed ? `2026-06-0${day}T${hour}:45:00+08:00` : `2026-06-0${day}`
  const venue = venues > 0 ? i % venues : null
  return [
    `id: ${id}`,
    `title: 合成测试活动 ${i}（社区科普讲座）`,
    `kind: ${KINDS[i % KINDS.length]}`,
    `start: ${start}`,
    `end: ${end}`,
    `status: ${i % 5 === 0 ? 'confirmed' : 'expected'}`,
    'dateNote: 基准测试用的合成数据',
    `region: ${venue === null ? regionOf(i) : regionOf(venue)}`,
    ...(venue === null ? [] : [`venue: bench-venue-${String(venue).padStart(5, '0')}`]),
    'audiences: [公众]',
    'organiser: 基准测试',
    `summary: ${summary}`,
    `rrule: FREQ=WEEKLY;COUNT=${count}`,
    'sources:',
    '  - general: 合成数据',
    '',
  ].join('\n')
}

/**
 * Write the real content/ plus the synthetic records into `dir`. The series start in June 2026 and run
 * weekly, so 100 000 occurrences give about 8 500 per month shard around the end of 2026.
 */
export function generateBenchContent(dir: string, options: BenchContentOptions): { series: number; venues: number } {
  const venues = options.venues ?? 0
  const summary = options.summary ?? '用于测量日历在十万条活动下的首屏时间。'
  cpSync(join(ROOT, 'content'), dir, { recursive: true })
  const eventsDir = join(dir, 'events')
  mkdirSync(eventsDir, { recursive: true })
  const series = Math.ceil(options.events / PER_SERIES)
  for (let i = 0; i < series; i++) {
    const yaml = eventYaml(i, Math.min(PER_SERIES, options.events - i * PER_SERIES), venues, summary)
    writeFileSync(join(eventsDir, `bench-${String(i).padStart(5, '0')}.yaml`), yaml)
  }
  const venuesDir = join(dir, 'venues')
  mkdirSync(venuesDir, { recursive: true })
  const next = random(21)
  for (let i = 0; i < venues; i++) {
    writeFileSync(join(venuesDir, `bench-venue-${String(i).padStart(5, '0')}.yaml`), venueYaml(i, next))
  }
  return { series, venues }
}
