/**
 * After an update, the new worker fetches the new names of the lazy files this device used (a Uyghur reader
 * opening the app offline after an update got it in Chinese: the language chunk's name had changed).
 */
import { afterEach, describe, expect, it, vi } from 'vitest'

import { refreshLazyCode } from '../../src/build/swLazyCode'

const FILES = [
  '/assets/ug-NEWNAME1.js',
  '/assets/kk-Arab-NEWNAME2.js',
  '/assets/rosterIcs-NEW-NAM3.js',
  '/assets/arabic-NEWNAME4.woff2',
  '/assets/papaparse.min-NEWNAME5.js',
  '/assets/xlsxRoster-NEWNAME6.js',
]

function fakeCache(paths: string[]) {
  const kept = new Map(paths.map((p) => [p, 'old']))
  return {
    kept,
    keys: () => Promise.resolve([...kept.keys()].map((p) => new Request(`https://kepu.example${p}`))),
    delete: (request: Request) => Promise.resolve(kept.delete(new URL(request.url).pathname)),
    put: (path: string, response: Response) => {
      kept.set(path, response.headers.get('content-type') ?? '')
      return Promise.resolve()
    },
  }
}

/** Installs with the cache holding `paths`; fetch answers each file with `contentType`. */
async function install(
  run: typeof refreshLazyCode,
  paths: string[],
  contentType = 'text/javascript',
  phase: 'install' | 'activate' = 'install',
) {
  const cache = fakeCache(paths)
  vi.stubGlobal('caches', { open: () => Promise.resolve(cache) })
  const fetched: string[] = []
  vi.stubGlobal('fetch', (file: string) => {
    fetched.push(file)
    return Promise.resolve(new Response('x', { headers: { 'content-type': file.endsWith('.woff2') ? 'font/woff2' : contentType } }))
  })
  let done: Promise<unknown> = Promise.resolve()
  run(
    {
      addEventListener: (type, listener) =>
        type === phase && listener(Object.assign(new Event(type), { waitUntil: (p: Promise<unknown>) => (done = p) })),
    },
    'kpxj-lazy-code',
    FILES,
  )
  await done
  return { fetched, kept: cache.kept }
}

afterEach(() => vi.unstubAllGlobals())

describe('refreshLazyCode', () => {
  // As sw-lazy.js runs it: the function's own text, called in the worker.
  const serialised = new Function(`return (${refreshLazyCode.toString()})`)() as typeof refreshLazyCode

  for (const [name, run] of [
    ['live', refreshLazyCode],
    ['serialised', serialised],
  ] as const) {
    it(`${name}: fetches the new name of each file the device has used, and nothing else`, async () => {
      const { fetched, kept } = await install(run, ['/assets/ug-OLDNAME1.js', '/assets/ical-OLD-NAM3.js', '/assets/arabic-OLDNAME4.woff2'])
      // The roster parsers come together: the CSV one was precached by older builds, never in this cache.
      expect(fetched.sort()).toEqual([
        '/assets/arabic-NEWNAME4.woff2',
        '/assets/papaparse.min-NEWNAME5.js',
        '/assets/rosterIcs-NEW-NAM3.js',
        '/assets/ug-NEWNAME1.js',
        '/assets/xlsxRoster-NEWNAME6.js',
      ])
      expect(kept.get('/assets/ug-NEWNAME1.js')).toBe('text/javascript')
      // Kazakh was never used here: not downloaded for nothing.
      expect(kept.has('/assets/kk-Arab-NEWNAME2.js')).toBe(false)
    })

    it(`${name}: fetches nothing for a device that used none, or already has the new names`, async () => {
      expect((await install(run, [])).fetched).toEqual([])
      expect((await install(run, ['/assets/ug-NEWNAME1.js'])).fetched).toEqual([])
    })

    it(`${name}: on activation, drops the old names of this build's files and keeps the rest`, async () => {
      const paths = ['/assets/ug-OLDNAME1.js', '/assets/ug-NEWNAME1.js', '/assets/other-OLDNAME9.js']
      const { kept } = await install(run, paths, 'text/javascript', 'activate')
      expect([...kept.keys()].sort()).toEqual(['/assets/other-OLDNAME9.js', '/assets/ug-NEWNAME1.js'])
    })

    it(`${name}: on activation, drops ical.js's own chunk of builds before it went into rosterIcs`, async () => {
      const paths = ['/assets/ical-OLD-NAM3.js', '/assets/rosterIcs-NEW-NAM3.js']
      const { kept } = await install(run, paths, 'text/javascript', 'activate')
      expect([...kept.keys()]).toEqual(['/assets/rosterIcs-NEW-NAM3.js'])
    })

    it(`${name}: never keeps a host's error page as code`, async () => {
      const { fetched, kept } = await install(run, ['/assets/ug-OLDNAME1.js'], 'text/html')
      expect(fetched).toEqual(['/assets/ug-NEWNAME1.js'])
      expect(kept.has('/assets/ug-NEWNAME1.js')).toBe(false)
    })
  }
})
