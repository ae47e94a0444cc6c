import { describe, expect, it } from 'vitest'

import { codeOnlyPlugin, jsonOnlyPlugin, precacheMonths } from '../../src/build/swConfig'

const respond = (body: string, init: ResponseInit & { contentType?: string }) =>
  new Response(body, { status: init.status ?? 200, headers: init.contentType ? { 'content-type': init.contentType } : {} })

describe('precacheMonths', () => {
  it('starts at the Beijing month of the build, across a year end', () => {
    // 2026-11-30 20:00 UTC is already 1 December in Beijing.
    expect(precacheMonths(new Date('2026-11-30T20:00:00Z'))).toEqual(['2026-12', '2027-01', '2027-02'])
    expect(precacheMonths(new Date('2026-11-26T08:00:00Z'), 2)).toEqual(['2026-11', '2026-12'])
  })
})

describe('jsonOnlyPlugin', () => {
  // The plugin is serialised into sw.js by Workbox: test the serialised text, not only the live function.
  const serialised = new Function(`return (${jsonOnlyPlugin.cacheWillUpdate.toString()})`)() as typeof jsonOnlyPlugin.cacheWillUpdate

  for (const [name, cacheWillUpdate] of [
    ['live', jsonOnlyPlugin.cacheWillUpdate],
    ['serialised', serialised],
  ] as const) {
    it(`${name}: caches a 200 JSON month shard, old and new format`, async () => {
      const ok = respond('{"month":"2026-12","events":[]}', { contentType: 'application/json; charset=utf-8' })
      expect(await cacheWillUpdate({ response: ok })).toBe(ok)
      const v2 = respond('{"v":2,"month":"2026-12","records":[],"occurrences":[]}', { contentType: 'application/json' })
      expect(await cacheWillUpdate({ response: v2 })).toBe(v2)
      // Each day's first agenda screen (/data/app/agenda/), kept under the same rule.
      const head = respond('{"month":"2026-12","v":1,"events":[],"days":{}}', { contentType: 'application/json' })
      expect(await cacheWillUpdate({ response: head })).toBe(head)
    })

    it.each([
      ['a captive-portal page', respond('<html>login</html>', { contentType: 'text/html' })],
      ['a 503', respond('{"error":1}', { status: 503, contentType: 'application/json' })],
      ['a 404', respond('', { status: 404, contentType: 'application/json' })],
      ['no content type', respond('{}', {})],
      ['text that mentions json', respond('{}', { contentType: 'text/plain; note=jsonish' })],
      // Issue 18.5: JSON that says 200 but is not a month shard.
      ['a truncated body', respond('{"v":2,"month":"2027-06","records":[{"recordId":"a"', { contentType: 'application/json' })],
      ['a portal’s JSON', respond('{"code":403,"msg":"请先登录网络"}', { contentType: 'application/json' })],
      ['a JSON list', respond('[]', { contentType: 'application/json' })],
      ['JSON null', respond('null', { contentType: 'application/json' })],
    ])(`${name}: never caches %s`, async (_label, response) => {
      expect(await cacheWillUpdate({ response })).toBeNull()
    })
  }
})

describe('codeOnlyPlugin', () => {
  const serialised = new Function(`return (${codeOnlyPlugin.cacheWillUpdate.toString()})`)() as typeof codeOnlyPlugin.cacheWillUpdate

  for (const [name, cacheWillUpdate] of [
    ['live', codeOnlyPlugin.cacheWillUpdate],
    ['serialised', serialised],
  ] as const) {
    it(`${name}: keeps a language chunk and the font`, async () => {
      for (const contentType of ['text/javascript', 'application/javascript; charset=utf-8', 'font/woff2', 'application/font-woff2']) {
        const ok = respond('export{}', { contentType })
        expect(await cacheWillUpdate({ response: ok })).toBe(ok)
      }
    })

    it.each([
      ['a host’s error page answered with 200', respond('<html>NoSuchKey</html>', { contentType: 'text/html' })],
      ['a 404', respond('', { status: 404, contentType: 'text/javascript' })],
      ['no content type', respond('export{}', {})],
    ])(`${name}: never keeps %s`, async (_label, response) => {
      expect(await cacheWillUpdate({ response })).toBeNull()
    })
  }
})
