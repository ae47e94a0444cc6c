import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { type ContentProblem, formatProblem } from '../../src/build/errors'
import { parseRecord } from '../../src/build/load'
import { validateContent } from '../../src/build/validate'

const root = resolve(__dirname, '../..')
const museum = readFileSync(resolve(root, 'content/venues/xinjiang-science-museum.yaml'), 'utf8')

/** Validate one venue file's text (the real museum with its translations edited), as the build does. */
function check(source: string): string[] {
  const problems: ContentProblem[] = []
  const record = parseRecord('venues', 'content/venues/xinjiang-science-museum.yaml', source, problems)
  validateContent(record ? [record] : [], problems)
  // Only this file's own fields: its region and plan ids are checked against files not loaded here.
  return problems.map(formatProblem).filter((line) => line.includes(': i18n'))
}

describe('translated content fields (i18n)', () => {
  it('accepts the real translations', () => {
    expect(museum).toMatch(/^i18n:\n {2}ug:\n {4}name: /m)
    expect(check(museum)).toEqual([])
  })

  it('names an unknown language code with file, line and field', () => {
    const source = museum.replace('\n  kk-Arab:\n', '\n  kk:\n')
    // A mapping's line is where its value starts (load.ts lineOf): the first field under `kk:`.
    const line = source.split('\n').findIndex((l) => l === '  kk:') + 2
    expect(check(source)).toEqual([
      `content/venues/xinjiang-science-museum.yaml:${line}: i18n.kk: 不认识的语言代码“kk”（只能用 ug、kk-Arab、en）`,
    ])
  })

  it('requires the reviewed flag and knows only the record’s text fields', () => {
    const source = museum.replace(/(\n {2}en:\n {4}name: .*)\n {4}reviewed: false/, '$1\n    organiser: someone')
    const lines = check(source)
    expect(lines.some((l) => /: i18n\.en\.reviewed: (必须填写|只能填 true 或 false)/.test(l))).toBe(true)
    expect(lines.some((l) => /: i18n\.en\.organiser: 不是认识的字段（请对照 content\/README\.md 检查拼写）/.test(l))).toBe(true)
  })
})
