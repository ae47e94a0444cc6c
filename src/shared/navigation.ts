/**
 * Links that open a venue in the map apps people use in China. Content stores WGS-84; 高德 and 腾讯 expect
 * GCJ-02 and 百度 BD-09, so each link gets converted coordinates (a marker would otherwise sit hundreds
 * of metres off). The system `geo:` URI and Apple Maps take WGS-84.
 */
import gcoord from 'gcoord'

import type { LatLng } from './types'

export type NavProvider = 'amap' | 'baidu' | 'tencent' | 'geo' | 'apple'

export interface NavLink {
  provider: NavProvider
  href: string
}

export interface NavTarget extends LatLng {
  name: string
  address?: string | null
}

/** Identifies the app to the providers' URI APIs (they ask for a source/referer name). */
const APP_SOURCE = 'kepu-xinjiang'

/** Round to 6 decimals (≈ 0.1 m): enough precision, readable URLs. */
const r6 = (n: number) => Math.round(n * 1e6) / 1e6

/** WGS-84 → GCJ-02 (高德, 腾讯). */
export function toGcj02(point: LatLng): LatLng {
  const [lng, lat] = gcoord.transform([point.lng, point.lat], gcoord.WGS84, gcoord.GCJ02) as [number, number]
  return { lat: r6(lat), lng: r6(lng) }
}

/** WGS-84 → BD-09 (百度). */
export function toBd09(point: LatLng): LatLng {
  const [lng, lat] = gcoord.transform([point.lng, point.lat], gcoord.WGS84, gcoord.BD09) as [number, number]
  return { lat: r6(lat), lng: r6(lng) }
}

const enc = encodeURIComponent

/** One link per provider; Apple Maps only when the device is iOS (elsewhere it opens a web page). */
export function navigationLinks(target: NavTarget, options: { ios?: boolean } = {}): NavLink[] {
  const gcj = toGcj02(target)
  const bd = toBd09(target)
  const name = enc(target.name)
  const links: NavLink[] = [
    {
      provider: 'amap',
      href: `https://uri.amap.com/marker?position=${gcj.lng},${gcj.lat}&name=${name}&coordinate=gaode&callnative=1&src=${APP_SOURCE}`,
    },
    {
      provider: 'baidu',
      href: `https://api.map.baidu.com/marker?location=${bd.lat},${bd.lng}&title=${name}&content=${enc(target.address ?? target.name)}&coord_type=bd09ll&output=html&src=webapp.${APP_SOURCE}`,
    },
    {
      provider: 'tencent',
      href: `https://apis.map.qq.com/uri/v1/marker?marker=coord:${gcj.lat},${gcj.lng};title:${name};addr:${enc(target.address ?? target.name)}&referer=${APP_SOURCE}`,
    },
    { provider: 'geo', href: `geo:${r6(target.lat)},${r6(target.lng)}?q=${r6(target.lat)},${r6(target.lng)}(${name})` },
  ]
  if (options.ios) links.push({ provider: 'apple', href: `https://maps.apple.com/?ll=${r6(target.lat)},${r6(target.lng)}&q=${name}` })
  return links
}

export interface SearchTarget {
  name: string
  /** City the map apps search in, e.g. 昌吉市. */
  city: string
}

/**
 * For a venue whose point is not exact: each provider's place search for the venue's name in its
 * city, so the app finds the real place instead of a pin on the city centre. Parameters as the
 * providers document them: 高德 /search (keyword, city, src), 百度 /place/search (query, region,
 * output=html, src), 腾讯 /uri/v1/search (keyword, region, referer).
 */
export function searchLinks(target: SearchTarget): NavLink[] {
  const name = enc(target.name)
  const city = enc(target.city)
  return [
    { provider: 'amap', href: `https://uri.amap.com/search?keyword=${name}&city=${city}&view=map&callnative=1&src=${APP_SOURCE}` },
    { provider: 'baidu', href: `https://api.map.baidu.com/place/search?query=${name}&region=${city}&output=html&src=webapp.${APP_SOURCE}` },
    { provider: 'tencent', href: `https://apis.map.qq.com/uri/v1/search?keyword=${name}&region=${city}&referer=${APP_SOURCE}` },
    // geo: with a query and no point: Android map apps search for the text.
    { provider: 'geo', href: `geo:0,0?q=${enc(`${target.city} ${target.name}`)}` },
  ]
}

/** iPhone, iPad (which reports itself as a Mac with touch) or iPod. */
export function isIos(nav: Pick<Navigator, 'userAgent' | 'maxTouchPoints'> = navigator): boolean {
  return /iPhone|iPad|iPod/.test(nav.userAgent) || (/Macintosh/.test(nav.userAgent) && nav.maxTouchPoints > 1)
}
