/** The object-storage upload plan: the header table applied per file, in a safe order, without any cloud SDK. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { metaArgument, uploadCommand, uploadPlan } from '../../deploy/upload'

const dist = resolve(__dirname, '../../.tmp/upload-fixture')
const files = [
  'index.html',
  'sw.js',
  'workbox-abc123.js',
  'manifest.webmanifest',
  'assets/index-abc.js',
  'assets/index-abc.css',
  'data/events.ics',
  'data/venues.geojson',
  'data/app/catalog.json',
  'icons/icon-192.png',
  '_deploy/security-headers.conf',
  '.vite/manifest.json',
]

beforeAll(() => {
  rmSync(dist, { recursive: true, force: true })
  for (const file of files) {
    mkdirSync(join(dist, file, '..'), { recursive: true })
    writeFileSync(join(dist, file), 'x')
  }
})

describe('uploadPlan', () => {
  it('uploads hashed files first, data next, index.html then the service worker last, never the server-only files', () => {
    expect(uploadPlan(dist).map((item) => item.key)).toEqual([
      'assets/index-abc.css',
      'assets/index-abc.js',
      'data/app/catalog.json',
      'data/events.ics',
      'data/venues.geojson',
      'icons/icon-192.png',
      'index.html',
      'manifest.webmanifest',
      'sw.js',
      'workbox-abc123.js',
    ])
  })

  it('gives each file the headers nginx sends', () => {
    const byKey = Object.fromEntries(uploadPlan(dist).map((item) => [item.key, item.headers]))
    expect(byKey['assets/index-abc.js']).toEqual({
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Content-Type': 'text/javascript; charset=utf-8',
    })
    expect(byKey['data/events.ics']).toEqual({ 'Cache-Control': 'no-cache', 'Content-Type': 'text/calendar; charset=utf-8' })
    expect(byKey['data/venues.geojson']).toEqual({ 'Cache-Control': 'no-cache', 'Content-Type': 'application/geo+json; charset=utf-8' })
    expect(byKey['manifest.webmanifest']).toEqual({
      'Cache-Control': 'no-cache',
      'Content-Type': 'application/manifest+json; charset=utf-8',
    })
  })
})

describe('uploadCommand', () => {
  const item = {
    file: 'dist/index.html',
    key: 'index.html',
    headers: { 'Cache-Control': 'no-cache', 'Content-Type': 'text/html; charset=utf-8' },
  }

  it('sets the headers as object metadata with ossutil or coscli', () => {
    expect(metaArgument(item.headers)).toBe('Cache-Control:no-cache#Content-Type:text/html; charset=utf-8')
    expect(uploadCommand('oss://kepu-site/', item)).toEqual([
      'ossutil',
      [
        'cp',
        'dist/index.html',
        'oss://kepu-site/index.html',
        '--meta',
        'Cache-Control:no-cache#Content-Type:text/html; charset=utf-8',
        '-f',
      ],
    ])
    expect(uploadCommand('cos://kepu-1250000000/web', item)[1].slice(0, 3)).toEqual([
      'cp',
      'dist/index.html',
      'cos://kepu-1250000000/web/index.html',
    ])
    expect(uploadCommand('cos://kepu-1250000000', item)[0]).toBe('coscli')
  })

  it('refuses a target that is neither', () => {
    expect(() => uploadCommand('s3://x', item)).toThrow(/--target must look like/)
  })
})
