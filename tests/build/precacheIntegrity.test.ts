import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { ResolvedConfig } from 'vite'
import { describe, expect, it } from 'vitest'

import { integrityOf, precacheIntegrity } from '../../src/build/precacheIntegrity'

describe('precache integrity', () => {
  it('is the SHA-384 a browser checks (the SRI example value for "abc")', () => {
    expect(integrityOf(Buffer.from('abc'))).toBe('sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn')
  })

  it('adds each file’s integrity from the build’s own output folder, keeping the entry', () => {
    const root = mkdtempSync(join(tmpdir(), 'kpxj-sri-'))
    const out = join(root, 'out')
    const { plugin, transform } = precacheIntegrity()
    ;(plugin.configResolved as (c: ResolvedConfig) => void)({ root, build: { outDir: 'out' } } as ResolvedConfig)
    mkdirSync(join(out, 'data'), { recursive: true })
    writeFileSync(join(out, 'data', 'catalog.json'), 'abc')
    const { manifest } = transform([{ url: 'data/catalog.json', revision: '1', size: 3 }])
    expect(manifest).toEqual([{ url: 'data/catalog.json', revision: '1', size: 3, integrity: integrityOf(Buffer.from('abc')) }])
  })
})
