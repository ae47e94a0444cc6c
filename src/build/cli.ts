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
  console.error(`\n✗ ${problems.length} content problem${problems.length === 1 ? '' : 's'}`)
  process.exit(1)
}
const c = compiled!.catalog
console.log(
  `✓ content ok: ${c.regions.length} regions, ${c.plans.length} plans, ${c.venues.length} venues, ${compiled!.events.length} event occurrences in ${compiled!.shards.size} months, ${c.targets.length} targets`,
)
