/** App-wide constants. One prefix on every storage key and cache name so old ones can be found and cleared. */

export const APP_PREFIX = 'kpxj'
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
