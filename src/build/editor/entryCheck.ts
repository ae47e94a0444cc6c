/**
 * What the web editor checks before it saves: the record on its own, by the same code as
 * `npm run content:check` (src/build/validate.ts `checkRecord`). Decap checks a field at a time; the rules
 * that span fields (a source in exactly one of its three forms, an end not before the start, a published
 * date not after today) are only here. Bundled for the browser by ./plugin.ts as /admin/save-check.js.
 */
import type { Collection, RawRecord } from '../load'
import { SOURCE_FORMS } from '../schema'
import { checkRecord } from '../validate'
import { textFor } from './fields'

/** Collections whose files are Markdown with a body under the frontmatter (the editor's `body` field). */
const BODY_FIELD: Partial<Record<Collection, string>> = { plans: 'body' }

/** A field path as the organiser sees it in the form: `来源 第1条 › 网址`. */
export function fieldLabel(collection: Collection, field: string): string {
  if (!field) return '这条记录'
  const names: string[] = []
  const words: string[] = []
  for (const part of field.split('.')) {
    if (/^\d+$/.test(part)) {
      words.push(`${words.pop() ?? ''} 第${Number(part) + 1}条`)
      continue
    }
    names.push(part)
    let label = part
    try {
      label = textFor(collection, names)[0]
    } catch {
      // A key the editor has no field for (a typo kept from the file): show it as written.
    }
    words.push(label)
  }
  return words.join(' › ')
}

const SOURCE_FIELDS = {
  plan: ['plan', 'section', 'lines'],
  general: ['general'],
  published: ['id', 'url', 'title', 'publisher', 'published', 'retrieved'],
}

/** content:check names a source's three forms by their keys in the file; the form shows their labels. */
function sourceFormsInWords(collection: Collection, field: string): string {
  const words = (keys: string[]) => keys.map((key) => fieldLabel(collection, `${field}.${key}`).split(' › ').at(-1)).join('、')
  return (
    `三种写法选一种，把它的几项填全：规划出处（${words(SOURCE_FIELDS.plan)}）；${words(SOURCE_FIELDS.general)}；` +
    `公开来源（${words(SOURCE_FIELDS.published)}）`
  )
}

export interface EntryProblem {
  field: string
  label: string
  message: string
}

/**
 * The problems of one record as the editor holds it (its fields' data), as of `today` in Beijing. `slug` is
 * the entry's file name when it has one: Decap does not rename the file when 编号 is edited, and the build
 * then failed (必须与文件名相同) on a record this check had passed.
 */
export function entryProblems(collection: Collection, data: Record<string, unknown>, today: string, slug?: string): EntryProblem[] {
  const body = BODY_FIELD[collection]
  const fields = body ? Object.fromEntries(Object.entries(data).filter(([key]) => key !== body)) : data
  const record: RawRecord = {
    collection,
    file: `content/${collection}/${String(data.id ?? '')}`,
    stem: String(data.id ?? ''),
    data: fields,
    ...(body && typeof data[body] === 'string' ? { body: data[body], bodyLine: 1 } : {}),
    lineOf: () => 1,
  }
  // The build checks the file name against 编号 across all the files (validateContent), not per record.
  const renamed: EntryProblem[] =
    slug && typeof data.id === 'string' && data.id !== slug
      ? [{ field: 'id', label: fieldLabel(collection, 'id'), message: `已保存的条目不能改编号（原来是“${slug}”）；要换编号，请新建一条` }]
      : []
  return [
    ...renamed,
    ...checkRecord(record, today).map((p) => ({
      field: p.field,
      label: fieldLabel(collection, p.field),
      message: p.message === SOURCE_FORMS ? sourceFormsInWords(collection, p.field) : p.message,
    })),
  ]
}
