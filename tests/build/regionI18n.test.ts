/** Region names in other languages (content/regions/*.yaml `i18n:`): checked, and compiled into the catalog. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { compileContent } from '../../src/build/compile'
import { type ContentProblem, formatProblem } from '../../src/build/errors'
import { parseRecord } from '../../src/build/load'
import { validateContent } from '../../src/build/validate'

const root = resolve(__dirname, '../..')
const { catalog } = compileContent({ contentDir: resolve(root, 'content'), rootDir: root })
const region = (id: string) => catalog.regions.find((r) => r.id === id)!
const changji = readFileSync(resolve(root, 'content/regions/changji.yaml'), 'utf8')

/** Validate the 昌吉 region file's text (its translations edited), as the build does: its i18n problems. */
function check(source: string): string[] {
  const problems: ContentProblem[] = []
  const record = parseRecord('regions', 'content/regions/changji.yaml', source, problems)
  validateContent(record ? [record] : [], problems)
  return problems.map(formatProblem).filter((line) => line.includes(': i18n'))
}

describe('region names in other languages', () => {
  it('reach the catalog with both names and the reviewed flag', () => {
    expect(region('changji').i18n).toEqual({
      ug: { name: 'سانجى شەھىرى', shortName: 'سانجى', reviewed: false },
      en: { name: 'Changji City', shortName: 'Changji', reviewed: false },
    })
    expect(region('urumqi').i18n?.en).toEqual({ name: 'Urumqi City', shortName: 'Urumqi', reviewed: false })
    // No established Uyghur spelling known for 双河: left out, so the app shows 双河.
    expect(region('shuanghe').i18n?.ug).toBeUndefined()
    expect(region('shuanghe').i18n?.en?.shortName).toBe('Shuanghe')
  })

  it('are all marked as not yet reviewed, and none is Chinese', () => {
    for (const r of catalog.regions) {
      for (const translation of Object.values(r.i18n ?? {})) {
        expect(translation.reviewed, r.id).toBe(false)
        expect(`${translation.name} ${translation.shortName}`).not.toMatch(/\p{Script=Han}/u)
      }
    }
  })

  it('must give the name and the short name together, and only those', () => {
    expect(check(changji)).toEqual([])
    const noShort = changji.replace(/(\n {2}en:\n {4}name: .*)\n {4}shortName: .*/, '$1')
    expect(check(noShort).some((l) => /: i18n\.en\.shortName: /.test(l))).toBe(true)
    const summary = changji.replace(/(\n {2}en:\n {4}name: .*)/, '$1\n    summary: A city next to Urumqi')
    expect(check(summary).some((l) => /: i18n\.en\.summary: 不是认识的字段/.test(l))).toBe(true)
  })
})
