/**
 * `npm run content:check`: validate content/ and print every problem as `file:line: field: message`.
 * Exit code 1 when anything is wrong. `--dir` points it at another folder (used by the tests).
 */
import { resolve } from 'node:path'

import { checkContent } from './compile'
import { formatProblem } from './errors'

const args = process.argv.slice(2)
const dirFlag = args.indexOf('--dir')
const rootDir = process.cwd()
const contentDir = resolve(rootDir, dirFlag >= 0 ? args[dirFlag + 1]! : 'content')

// The demo data set (content/demo/) is checked too; it is built in only where demo data is on.
const { problems, compiled } = checkContent({ contentDir, rootDir, demo: true })
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p))
  console.error(`\n✗ 内容有 ${problems.length} 处问题，请按上面每行写的文件、行号修改`)
  process.exit(1)
}
const c = compiled!.catalog
console.log(
  `✓ 内容检查通过：${c.regions.length} 个地区，${c.plans.length} 个规划，${c.venues.length} 个场馆，共 ${compiled!.events.length} 场活动（分布在 ${compiled!.shards.size} 个月），${c.targets.length} 个目标`,
)
