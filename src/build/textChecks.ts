/**
 * Checks on every piece of text in a record, whatever its field: no control characters (a NUL pasted
 * from another program breaks search and the .ics feed) and a length limit, because every catalog text
 * is precached on every phone and indexed for search: one 10 MB summary makes both 10 MB.
 */
import { BIDI_OVERRIDE } from '../shared/bidi'
import type { ContentProblem } from './errors'
import type { RawRecord } from './load'

/** Longest text per field name; the real content's longest are about a fifth of these. */
const LIMITS: Record<string, number> = {
  name: 60,
  shortName: 60,
  title: 60,
  shortTitle: 60,
  body: 20_000,
}
/** Any other text field: summaries, notes, sources. */
const DEFAULT_LIMIT = 500

// C0 controls other than tab, line feed and carriage return; DEL; the C1 block.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

function checkString(value: string, key: string, at: Omit<ContentProblem, 'message'>, problems: ContentProblem[], multiline = false) {
  const report = (found: RegExpExecArray, what: string) => {
    // In a Markdown body, point at the line itself rather than where the body starts.
    const before = value.slice(0, found.index)
    const line = multiline ? at.line + (before.match(/\n/g)?.length ?? 0) : at.line
    const column = found.index - before.lastIndexOf('\n')
    problems.push({ ...at, line, message: `第 ${column} 个字符是${what} ${codePoint(found[0])}，请删掉` })
  }
  const bad = CONTROL.exec(value)
  if (bad) report(bad, '看不见的控制字符')
  // Invisible too, and they show the text after them reversed (a spoofed address or phone number).
  const override = BIDI_OVERRIDE.exec(value)
  if (override) report(override, '看不见的文字方向控制字符（会把后面的字倒过来显示）')
  const limit = LIMITS[key] ?? DEFAULT_LIMIT
  const length = [...value].length
  if (length > limit) problems.push({ ...at, message: `有 ${length} 个字，最多 ${limit} 个（每部手机都要下载这段文字）` })
}

/** Push a problem for each text field of the record (and a plan's Markdown body) that breaks a rule. */
export function checkTexts(record: RawRecord, problems: ContentProblem[]) {
  const visit = (node: unknown, path: PropertyKey[]) => {
    if (typeof node === 'string') {
      const key = String([...path].reverse().find((k) => typeof k === 'string') ?? '')
      checkString(node, key, { file: record.file, line: record.lineOf(path), field: path.join('.') }, problems)
    } else if (Array.isArray(node)) node.forEach((child, i) => visit(child, [...path, i]))
    else if (node !== null && typeof node === 'object') for (const [key, child] of Object.entries(node)) visit(child, [...path, key])
  }
  visit(record.data, [])
  if (record.body !== undefined) {
    checkString(record.body, 'body', { file: record.file, line: record.bodyLine ?? 1, field: 'body' }, problems, true)
  }
}
