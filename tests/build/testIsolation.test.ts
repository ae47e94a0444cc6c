/**
 * Most unit test files share one module graph per worker (vitest.config.ts, `isolate: false`). A file that
 * switches the app's language or mocks a module must be listed as isolated: otherwise the files after it in
 * the same worker see its language (a month grid in Kazakh) or its mocks, and fail on some runs only.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

import { expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../..')
const config = readFileSync(join(ROOT, 'vitest.config.ts'), 'utf8')
/** The text of the ISOLATED list (ALL, before it, names every file). */
const list = config.slice(config.indexOf('const ISOLATED'), config.indexOf(']', config.indexOf('const ISOLATED')))

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return testFiles(path)
    return entry.name.endsWith('.test.ts') ? [relative(ROOT, path)] : []
  })
}

/** Listed by name, or under a folder whose every file is isolated (`tests/unit/stores/**`). */
const isolated = (file: string) =>
  list.includes(`'${file}'`) || [...list.matchAll(/'([\w/]+)\/\*\*\/\*\.test\.ts'/g)].some(([, dir]) => file.startsWith(`${dir}/`))

it('isolates every unit test file that switches the language or mocks a module', () => {
  const leaking = testFiles(join(ROOT, 'tests/unit')).filter((file) => {
    const source = readFileSync(join(ROOT, file), 'utf8')
    return /\bapplyLanguage\(|\bsetDateWords\(|\bvi\.mock\(/.test(source) && !isolated(file)
  })
  expect(leaking).toEqual([])
})
