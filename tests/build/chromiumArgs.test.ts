/**
 * The test browser's --disable-features replaces Playwright's own (Chromium keeps the last one given), so
 * playwright.config.ts repeats Playwright's list. This reads that list from the installed playwright-core:
 * an upgrade that changes it fails here, not as a puzzling difference in the browser.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { CHROMIUM_ARGS, chromiumArgs, PLAYWRIGHT_DISABLED_FEATURES } from '../../playwright.config'

/** The `disabledFeatures = [...]` array of playwright-core's chromiumSwitches, wherever its build puts it. */
function playwrightDisabledFeatures(): string[] {
  const root = join(dirname(createRequire(import.meta.url).resolve('playwright-core/package.json')), 'lib')
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.js') ? [path] : []
    })
  for (const file of files(root)) {
    const text = readFileSync(file, 'utf8')
    const list = /disabledFeatures = \[([^\]]*)\]/.exec(text)?.[1]
    if (list) return [...list.matchAll(/^\s*["']([^"']+)["']/gm)].map((m) => m[1]!)
  }
  throw new Error(`no disabledFeatures list under ${root}`)
}

describe('the test browser', () => {
  it('keeps every feature Playwright itself switches off', () => {
    const theirs = playwrightDisabledFeatures()
    expect(theirs.length).toBeGreaterThan(5)
    expect(PLAYWRIGHT_DISABLED_FEATURES).toEqual(theirs)
  })

  it('gets one --disable-features, with Playwright’s list and the top-chrome WebUI pages', () => {
    const flags = CHROMIUM_ARGS.filter((a) => a.startsWith('--disable-features='))
    expect(flags).toHaveLength(1)
    const features = flags[0]!.slice('--disable-features='.length).split(',')
    expect(features).toEqual(
      expect.arrayContaining([
        ...PLAYWRIGHT_DISABLED_FEATURES,
        'WebUIOmniboxPopup',
        'PreloadTopChromeWebUI',
        'SpareRendererForSitePerProcess',
      ]),
    )
  })

  it('sends the tile hosts to the suite’s tile server, and trusts that server’s certificate alone', () => {
    const rules = (args: string[]) =>
      args
        .find((a) => a.startsWith('--host-resolver-rules='))!
        .split('=')[1]!
        .split(', ')
    // First match wins: the tile hosts before the catch-all that fails every other host.
    expect(rules(chromiumArgs(6173))).toEqual([
      'MAP tile.openstreetmap.org 127.0.0.1:6173',
      'MAP *.tianditu.gov.cn 127.0.0.1:6173',
      'MAP * ~NOTFOUND',
      'EXCLUDE localhost',
      'EXCLUDE 127.0.0.1',
    ])
    expect(chromiumArgs(6173).filter((a) => a.startsWith('--ignore-certificate-errors'))).toEqual([
      expect.stringMatching(/^--ignore-certificate-errors-spki-list=[A-Za-z0-9+/]{43}=$/),
    ])
    // Without a tile server (benchmarks, install.spec.ts), no host is sent anywhere and no certificate is excused.
    expect(rules(CHROMIUM_ARGS)).toEqual(['MAP * ~NOTFOUND', 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1'])
    expect(CHROMIUM_ARGS.some((a) => a.startsWith('--ignore-certificate-errors'))).toBe(false)
  })
})
