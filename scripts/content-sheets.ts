/**
 * `npm run content:export [file.xlsx]`: content/ as one workbook (活动、场馆、排班、目标、说明).
 * `npm run content:import file.xlsx`: write it back into content/, or nothing when any cell is wrong.
 * A roster alone (排班表模板.xlsx, or a CSV in UTF-8, UTF-8 with BOM or GBK) imports as the 排班 sheet.
 * `--dir <folder>` points at another content folder (the tests use a copy).
 */
import { writeFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'

import { ContentError, formatProblem } from '../src/build/errors'

const [command, ...rest] = process.argv.slice(2)
const dirFlag = rest.indexOf('--dir')
const rootDir = process.cwd()
const contentDir = resolve(rootDir, dirFlag >= 0 ? rest[dirFlag + 1]! : 'content')
const file = rest.find((a, i) => !a.startsWith('--') && rest[i - 1] !== '--dir')
/** `--help` (or any flag this script does not know) shows how to call it, and writes nothing. */
const unknownFlag = rest.some((a, i) => a.startsWith('-') && a !== '--dir' && rest[i - 1] !== '--dir')

// The workbook code (exceljs, the content compiler) loads only for a command that uses it: `--help` answered
// after ~7 s of loading it (most of a test file's time on a 2-core machine).
if (command === 'export' && !unknownFlag) {
  const { exportWorkbook } = await import('../src/build/sheets/book')
  const out = resolve(rootDir, file ?? '科普新疆内容.xlsx')
  try {
    writeFileSync(out, await exportWorkbook(contentDir, rootDir))
  } catch (error) {
    if (!(error instanceof ContentError)) throw error
    for (const p of error.problems) console.error(formatProblem(p))
    console.error(`\n✗ content/ 里有问题，请先改好（npm run content:check）再导出`)
    process.exit(1)
  }
  console.log(`✓ 已写入 ${relative(rootDir, out)}`)
} else if (command === 'import' && file && !unknownFlag) {
  const [{ importWorkbook }, { readSheetsFile, SheetsFileError }] = await Promise.all([
    import('../src/build/sheets/book'),
    import('../src/build/sheets/read'),
  ])
  const sheets = await readSheetsFile(resolve(rootDir, file)).catch((error: unknown) => {
    if (!(error instanceof SheetsFileError)) throw error
    console.error(`✗ ${error.message}，没有写入任何文件`)
    process.exit(1)
  })
  const result = importWorkbook(sheets, { contentDir, rootDir })
  if (result.problems.length) {
    for (const line of result.problems) console.error(line)
    console.error(`\n✗ 有 ${result.problems.length} 处问题，没有写入任何文件`)
    process.exit(1)
  }
  for (const path of result.written) console.log(`  已写入 ${path}`)
  console.log(`✓ 写入 ${result.written.length} 个文件，${result.unchanged} 条记录没有变化。下一步请运行 npm run content:check。`)
} else {
  console.error('用法：content:export [文件.xlsx] | content:import 文件.xlsx|文件.csv   [--dir content]')
  process.exit(unknownFlag && rest.some((a) => a === '--help' || a === '-h') ? 0 : 2)
}
