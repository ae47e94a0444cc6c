/**
 * The calendar and targets pages' Chinese text is not on the first route: it joins the dictionary when a
 * module that shows it loads (src/i18n/zh-CN/calendar.ts, targets.ts). A module that names one of their keys and does not
 * import its file would show the bare key ("calendar.today") whenever it loads before the others.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '../../../src')
/** Key prefix → the file (src/i18n/zh-CN/<file>.ts) that holds its text. */
const NAMESPACES = [
  ['calendar', 'calendar'],
  ['targets', 'targets'],
  ['offline.myData', 'myData'],
] as const

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return /\.(ts|vue)$/.test(entry.name) ? [path] : []
  })
}

// The dictionary itself, and the build's Node-side code (its editor labels are not message keys).
const appModules = sources(ROOT).filter((path) => !/^(i18n|build)\//.test(relative(ROOT, path)))

describe("the first route's dictionary", () => {
  it('leaves out the calendar, targets and 我的数据 text', async () => {
    const { zhCN } = await import('@/i18n/zh-CN')
    expect(Object.keys(zhCN.calendar)).toEqual([])
    expect(Object.keys(zhCN.targets)).toEqual([])
    expect(Object.keys(zhCN.offline.myData)).toEqual([])
  })

  it.each(NAMESPACES)('every module that names a %s key imports its text', (ns, file) => {
    const key = new RegExp(`['"\`]${ns.replace('.', '\\.')}\\.[A-Za-z]`)
    const users = appModules.filter((path) => key.test(readFileSync(path, 'utf8')))
    expect(users.length).toBeGreaterThan(0)
    const missing = users.filter((path) => !readFileSync(path, 'utf8').includes(`import '@/i18n/zh-CN/${file}'`))
    expect(missing.map((path) => relative(ROOT, path))).toEqual([])
  })
})
