/** App-wide constants. One prefix on every storage key and cache name so old ones can be found and cleared. */

export const APP_PREFIX = 'kpxj'
/** The settings' synchronous copy in localStorage, read before the first paint (src/boot/prePaint.ts). */
export const SETTINGS_MIRROR_KEY = `${APP_PREFIX}:settings`
/** Set in sessionStorage when the WeChat hint is dismissed (WeChatHint.vue; index.html's map tiles read it). */
export const WECHAT_HINT_DISMISSED_KEY = `${APP_PREFIX}:wechat-hint-dismissed`
/** Cache Storage names: the service worker's runtime caches (src/build/pwa.ts) and the page's own copy. */
export const EVENT_SHARDS_CACHE = `${APP_PREFIX}-event-shards`
export const LAZY_CODE_CACHE = `${APP_PREFIX}-lazy-code`
export const MAP_TILES_CACHE = `${APP_PREFIX}-map-tiles`
/** The last good catalog, kept by the page where there is no service worker (src/data/api.ts). */
export const LAST_GOOD_CACHE = `${APP_PREFIX}-last-good`
/** How many months of event shards, from the build month on, are precached. Others are cached on demand. */
export const PRECACHED_MONTHS = 3
export const TIME_ZONE = 'Asia/Shanghai'
/** Beijing time is UTC+8 all year (no daylight saving). */
export const BEIJING_OFFSET_MINUTES = 8 * 60
/** 新疆时间 as used in daily life, UTC+6. */
export const XINJIANG_OFFSET_MINUTES = 6 * 60

/** Generous bounding box of Xinjiang; content outside it is a typo. */
export const XINJIANG_BOUNDS = { south: 34, north: 50, west: 73, east: 97 } as const

/** Where the compiled data lives under the site root. */
export const DATA_BASE = '/data'
export const APP_DATA_BASE = '/data/app'
/** One month's event shard, e.g. 2026-12. */
export const monthShardUrl = (month: string) => `${APP_DATA_BASE}/events/${month}.json`
/** The agenda's first screen for each day of a month, drawn before the app starts (src/shared/agendaHead.ts). */
export const agendaHeadUrl = (month: string) => `${APP_DATA_BASE}/agenda/${month}.json`
