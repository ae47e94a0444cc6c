/**
 * What the web editor saves when an organiser clears an optional field ('' for a relation or text, null for a
 * select), and a rule written with its RRULE: prefix: content:check takes both, across the files too.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { checkContent } from '../../src/build/compile'
import { formatProblem } from '../../src/build/errors'

const root = resolve(__dirname, '../..')
const dir = mkdtempSync(join(tmpdir(), 'kpxj-cleared-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('an event saved by the web editor with cleared fields', () => {
  it('passes content:check: a cleared 场馆 and 日期精度 are left out, RRULE: is read', () => {
    cpSync(resolve(root, 'tests/fixtures/content-valid'), dir, { recursive: true })
    const file = join(dir, 'events/caravan-a.yaml')
    const yaml = readFileSync(file, 'utf8').replace('rrule: FREQ=', 'rrule: RRULE:FREQ=')
    writeFileSync(file, `${yaml}venue: ''\ncampaign: ''\nseries: ''\ndatePrecision: null\n`)
    const { problems } = checkContent({ contentDir: dir, rootDir: root, builtAt: '2026-01-01T00:00:00.000Z' })
    // Before: 找不到场馆编号“” (the check across files read the raw ''), and 重复规则要写 FREQ for RRULE:FREQ=.
    expect(problems.map(formatProblem)).toEqual([])
  })
})
