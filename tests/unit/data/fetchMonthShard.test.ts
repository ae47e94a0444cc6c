import { afterEach, describe, expect, it, vi } from 'vitest'

import { DataError, fetchMonthShard } from '@/data/api'
import { encodeMonthShard } from '@/shared/eventShard'

import { makeEvent } from '../builders'

const events = [
  makeEvent({ id: 'winter', start: '2026-11-15', end: '2027-03-31' }),
  makeEvent({ id: 'talk-20261121', recordId: 'talk', start: '2026-11-21T09:30:00+08:00', end: '2026-11-21T11:00:00+08:00' }),
]

const respond = (body: unknown) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })),
  )

describe('fetchMonthShard', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('decodes a compact shard into full occurrences', async () => {
    respond(encodeMonthShard('2026-11', events))
    expect((await fetchMonthShard('2026-11')).all()).toStrictEqual(events)
  })

  it('reads a version 2 shard from a service-worker cache filled by the last deploy', async () => {
    respond({
      month: '2026-11',
      v: 2,
      records: encodeMonthShard('2026-11', events).records,
      occurrences: [
        [0, '2026-11-15', '2027-03-31'],
        [1, '2026-11-21T09:30:00+08:00', '2026-11-21T11:00:00+08:00', '-20261121'],
      ],
    })
    expect((await fetchMonthShard('2026-11')).all()).toStrictEqual(events)
  })

  it('reads a shard in the first format from a service-worker cache filled by an older deploy', async () => {
    respond({ month: '2026-11', events })
    expect((await fetchMonthShard('2026-11')).all()).toStrictEqual(events)
  })

  it('rejects a shard whose occurrence points past its records', async () => {
    const file = encodeMonthShard('2026-11', events)
    respond({ ...file, occurrences: [...file.occurrences, [9, '2026-11-30', '2026-11-30']] })
    await expect(fetchMonthShard('2026-11')).rejects.toBeInstanceOf(DataError)
  })

  it('gives up on a request that hangs without an answer after 30 s, as offline, so the page can offer its saved copy', async () => {
    vi.useFakeTimers()
    // A weak signal: no response and no error, until the request is aborted.
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_: string, init?: RequestInit) =>
          new Promise<Response>((_resolve, reject) =>
            init?.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError'))),
          ),
      ),
    )
    const result = fetchMonthShard('2026-11').then(
      () => 'answered',
      (e: unknown) => (e instanceof DataError ? e.message : 'other error'),
    )
    await vi.advanceTimersByTimeAsync(29_000)
    expect(await Promise.race([result, Promise.resolve('waiting')])).toBe('waiting')
    await vi.advanceTimersByTimeAsync(1_000)
    expect(await result).toMatch(/网络|离线/)
  })
})
