import { describe, expect, it } from 'vitest'

import { isIos, navigationLinks, searchLinks, toBd09, toGcj02 } from '@/shared/navigation'

/**
 * Reference pairs from gcoord's test fixture (china-cities.json): city centres with their WGS-84,
 * GCJ-02 and BD-09 coordinates. Western and northern cities, as close to Xinjiang as the fixture has.
 */
const REFERENCE = [
  { name: '酒泉', wgs: [98.4937175, 39.7319946], gcj: [98.4943595, 39.7328234], bd: [98.5008441, 39.7388949] },
  { name: '锡林浩特', wgs: [116.0414035, 43.9312805], gcj: [116.0482308, 43.9334573], bd: [116.0546232, 43.9397782] },
  { name: '那曲', wgs: [92.0499619, 31.4784436], gcj: [92.0512438, 31.4762063], bd: [92.0576832, 31.4824421] },
  { name: '金昌', wgs: [102.1860478, 38.5196469], gcj: [102.1880474, 38.5200925], bd: [102.194653, 38.5258128] },
] as const

/** 1e-5° is about one metre: the conversion must agree to that. */
const METRE = 1e-5

describe('coordinate conversion', () => {
  for (const ref of REFERENCE) {
    it(`WGS-84 → GCJ-02 and BD-09 match the reference for ${ref.name}`, () => {
      const point = { lng: ref.wgs[0], lat: ref.wgs[1] }
      const gcj = toGcj02(point)
      expect(Math.abs(gcj.lng - ref.gcj[0])).toBeLessThan(METRE)
      expect(Math.abs(gcj.lat - ref.gcj[1])).toBeLessThan(METRE)
      const bd = toBd09(point)
      expect(Math.abs(bd.lng - ref.bd[0])).toBeLessThan(METRE)
      expect(Math.abs(bd.lat - ref.bd[1])).toBeLessThan(METRE)
    })
  }

  it('shifts a Xinjiang point by a few hundred metres, not zero and not kilometres', () => {
    const urumqi = { lat: 43.83, lng: 87.62 }
    const gcj = toGcj02(urumqi)
    const dLng = (gcj.lng - urumqi.lng) * 111_320 * Math.cos((urumqi.lat * Math.PI) / 180)
    const dLat = (gcj.lat - urumqi.lat) * 110_574
    const metres = Math.hypot(dLng, dLat)
    expect(metres).toBeGreaterThan(50)
    expect(metres).toBeLessThan(1000)
  })
})

describe('navigationLinks', () => {
  const target = { lat: 39.7319946, lng: 98.4937175, name: '测试 科技馆', address: null }
  const byProvider = (ios = false) => Object.fromEntries(navigationLinks(target, { ios }).map((l) => [l.provider, new URL(l.href)]))

  it('gives 高德 GCJ-02 as lng,lat', () => {
    const amap = byProvider().amap!
    expect(amap.origin).toBe('https://uri.amap.com')
    const [lng, lat] = amap.searchParams.get('position')!.split(',').map(Number)
    expect(Math.abs(lng! - 98.4943595)).toBeLessThan(METRE)
    expect(Math.abs(lat! - 39.7328234)).toBeLessThan(METRE)
    expect(amap.searchParams.get('name')).toBe('测试 科技馆')
  })

  it('gives 百度 BD-09 as lat,lng and says so', () => {
    const baidu = byProvider().baidu!
    const [lat, lng] = baidu.searchParams.get('location')!.split(',').map(Number)
    expect(Math.abs(lat! - 39.7388949)).toBeLessThan(METRE)
    expect(Math.abs(lng! - 98.5008441)).toBeLessThan(METRE)
    expect(baidu.searchParams.get('coord_type')).toBe('bd09ll')
  })

  it('gives 腾讯 GCJ-02 as lat,lng', () => {
    const marker = byProvider().tencent!.searchParams.get('marker')!
    const [lat, lng] = /coord:([\d.]+),([\d.]+)/.exec(marker)!.slice(1).map(Number)
    expect(Math.abs(lat! - 39.7328234)).toBeLessThan(METRE)
    expect(Math.abs(lng! - 98.4943595)).toBeLessThan(METRE)
  })

  it('gives the system map app and Apple Maps the original WGS-84, Apple Maps only on iOS', () => {
    const links = navigationLinks(target)
    expect(links.find((l) => l.provider === 'geo')!.href).toBe(
      `geo:39.731995,98.493718?q=39.731995,98.493718(${encodeURIComponent('测试 科技馆')})`,
    )
    expect(links.some((l) => l.provider === 'apple')).toBe(false)
    expect(byProvider(true).apple!.searchParams.get('ll')).toBe('39.731995,98.493718')
  })

  it('detects iOS, including iPadOS that reports itself as a Mac', () => {
    expect(isIos({ userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)', maxTouchPoints: 5 })).toBe(true)
    expect(isIos({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)', maxTouchPoints: 5 })).toBe(true)
    expect(isIos({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)', maxTouchPoints: 0 })).toBe(false)
    expect(isIos({ userAgent: 'Mozilla/5.0 (Linux; Android 14) MicroMessenger/8.0', maxTouchPoints: 5 })).toBe(false)
  })
})

describe('searchLinks (location not exact)', () => {
  it('opens each provider’s place search for the venue name in its city, as documented', () => {
    const links = Object.fromEntries(searchLinks({ name: '昌吉恐龙馆', city: '昌吉市' }).map((l) => [l.provider, new URL(l.href)]))
    expect(links.amap!.origin + links.amap!.pathname).toBe('https://uri.amap.com/search')
    expect(links.amap!.searchParams.get('keyword')).toBe('昌吉恐龙馆')
    expect(links.amap!.searchParams.get('city')).toBe('昌吉市')
    expect(links.baidu!.origin + links.baidu!.pathname).toBe('https://api.map.baidu.com/place/search')
    expect(links.baidu!.searchParams.get('query')).toBe('昌吉恐龙馆')
    expect(links.baidu!.searchParams.get('region')).toBe('昌吉市')
    expect(links.baidu!.searchParams.get('output')).toBe('html')
    expect(links.baidu!.searchParams.get('src')).toBeTruthy()
    expect(links.tencent!.origin + links.tencent!.pathname).toBe('https://apis.map.qq.com/uri/v1/search')
    expect(links.tencent!.searchParams.get('keyword')).toBe('昌吉恐龙馆')
    expect(links.tencent!.searchParams.get('region')).toBe('昌吉市')
    expect(links.tencent!.searchParams.get('referer')).toBeTruthy()
    // No coordinates: a pin on the city centre would send people to the wrong place.
    for (const url of Object.values(links)) expect(url.href).not.toMatch(/44\.0|87\.2/)
  })
})
