/**
 * Words families type instead of the app's own vocabulary. Audiences are added to a document's keywords at
 * build time (亲子 finds what is for 小学/家庭); time words are read at query time, against the clock
 * (周末 is the coming weekend, 寒假 the next winter holiday); event words put events before venues.
 * Shared by the build (src/build/search-index.ts) and the browser (src/features/search/).
 */
import { addDays, weekdayOf } from './time'
import type { Audience } from './types'

/** Everyday words for each audience; a document for that audience also answers to them. */
export const AUDIENCE_WORDS: Readonly<Record<Audience, readonly string[]>> = {
  小学: ['儿童', '孩子', '小学生', '小朋友', '少儿', '亲子'],
  初中: ['中学生', '初中生', '青少年', '孩子'],
  高中: ['中学生', '高中生', '青少年'],
  家庭: ['亲子', '家长', '全家', '孩子', '儿童'],
  老年: ['老人', '长辈', '老年人', '爷爷奶奶'],
  公众: [],
}

/** The everyday words of a list of audiences, each once. */
export function audienceWords(audiences: readonly Audience[]): string[] {
  return [...new Set(audiences.flatMap((a) => AUDIENCE_WORDS[a]))]
}

const isAudience = (word: string): word is Audience => Object.hasOwn(AUDIENCE_WORDS, word)

/**
 * A search document's keywords (space-separated, its audiences among them) with those audiences' everyday
 * words added. The browser adds them when it loads the index, not the build: the same dozen words written
 * into every document were 5.8 KB of the precache.
 */
export function withAudienceWords<D extends { w: string }>(doc: D): D {
  const own = doc.w.split(' ')
  const extra = audienceWords(own.filter(isAudience)).filter((word) => !own.includes(word))
  return extra.length ? { ...doc, w: `${doc.w} ${extra.join(' ')}` } : doc
}

/** Inclusive range of Beijing days. */
export interface DayWindow {
  from: string
  to: string
}

/**
 * School holidays vary by school and year, and the plans give none: these are the usual spans in Xinjiang,
 * wide enough to hold them, and the result page says they are approximate.
 */
const HOLIDAYS = {
  寒假: { from: '01-10', to: '02-28' },
  暑假: { from: '07-01', to: '08-31' },
} as const

/** The next (or current) holiday span of a kind from `today`. */
function holiday(kind: keyof typeof HOLIDAYS, today: string): DayWindow {
  const year = Number(today.slice(0, 4))
  const { from, to } = HOLIDAYS[kind]
  const end = `${year}-${to}`
  return end >= today ? { from: `${year}-${from}`, to: end } : { from: `${year + 1}-${from}`, to: `${year + 1}-${to}` }
}

/** This week's Saturday and Sunday (from today on a Sunday), Chinese weeks starting on Monday. */
function weekend(today: string, weeksAhead: number): DayWindow {
  const weekday = weekdayOf(today)
  const saturday = addDays(today, (weekday === 0 ? -1 : 6 - weekday) + 7 * weeksAhead)
  return { from: saturday, to: addDays(saturday, 1) }
}

const TIME_WORDS: Record<string, (today: string) => DayWindow> = {
  今天: (today) => ({ from: today, to: today }),
  明天: (today) => ({ from: addDays(today, 1), to: addDays(today, 1) }),
  周末: (today) => weekend(today, 0),
  本周末: (today) => weekend(today, 0),
  这周末: (today) => weekend(today, 0),
  下周末: (today) => weekend(today, 1),
  寒假: (today) => holiday('寒假', today),
  暑假: (today) => holiday('暑假', today),
  // The single English words a reader of the English pages types (queries are folded to lower case).
  today: (today) => ({ from: today, to: today }),
  tomorrow: (today) => ({ from: addDays(today, 1), to: addDays(today, 1) }),
  weekend: (today) => weekend(today, 0),
}

/** The days a time word means as of `today` (Beijing), clipped to start no earlier than today; else null. */
export function timeWindow(word: string, today: string): DayWindow | null {
  const window = TIME_WORDS[word]?.(today)
  if (!window) return null
  return { from: window.from < today ? today : window.from, to: window.to }
}

/** Whether a folded query term is a time word. */
export const isTimeWord = (word: string) => Object.hasOwn(TIME_WORDS, word)

/** Words that ask for something to attend: events rank above venues when a query contains one. */
export const EVENT_WORDS: readonly string[] = [
  '活动',
  '科普日',
  '科普月',
  '科普活动日',
  '科技周',
  '活动周',
  '科技活动周',
  '科技之冬',
  '三下乡',
  '下乡',
  '讲座',
  '展览',
  '比赛',
  '竞赛',
  '宣传周',
  '宣传日',
  '开放日',
  '夏令营',
  '科学营',
]

/** Whether a query term names or contains an event word. */
export const isEventWord = (term: string) => EVENT_WORDS.some((word) => term.includes(word))
