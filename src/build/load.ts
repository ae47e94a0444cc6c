/**
 * Step 1 of the content pipeline: glob and parse. Reads every content file and keeps the YAML
 * document so that a problem found later can be reported at the line where the field stands.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, extname, join, relative } from 'node:path'

import { type Document, LineCounter, parseDocument } from 'yaml'

import type { ContentProblem } from './errors'

export const COLLECTIONS = ['regions', 'plans', 'venues', 'campaigns', 'events', 'targets'] as const
export type Collection = (typeof COLLECTIONS)[number]

export interface RawRecord {
  collection: Collection
  /** Path as shown in messages, relative to the project root, e.g. `content/venues/x.yaml`. */
  file: string
  /** File name without extension; must equal the record's id. */
  stem: string
  data: unknown
  /** Markdown body of a `.md` record. */
  body?: string
  /** 1-based line where the Markdown body starts. */
  bodyLine?: number
  /** 1-based line of the field at `path` (or of its nearest existing parent). */
  lineOf(path: readonly PropertyKey[]): number
}

const EXTENSION: Record<Collection, string> = {
  regions: '.yaml',
  plans: '.md',
  venues: '.yaml',
  campaigns: '.yaml',
  events: '.yaml',
  targets: '.yaml',
}

function lineFinder(doc: Document, counter: LineCounter, lineOffset: number) {
  return (path: readonly PropertyKey[]): number => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined
      if (node && node.range) return counter.linePos(node.range[0]).line + lineOffset
    }
    return 1 + lineOffset
  }
}

/** Split `---\nfrontmatter\n---\nbody` into its parts; null when the file has no frontmatter. */
export function splitFrontmatter(source: string): { yaml: string; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source)
  return match ? { yaml: match[1]!, body: match[2]! } : null
}

/** The last line up to `before` (1-based) with an odd number of double quotes: where a quote opens. */
function openingQuoteLine(text: string, before: number): number | undefined {
  const lines = text.split('\n').slice(0, before)
  for (let i = lines.length - 1; i >= 0; i--) if ((lines[i]!.match(/"/g)?.length ?? 0) % 2 === 1) return i + 1
  return undefined
}

/** Parse one file's text. Problems (syntax errors) are pushed to `problems`. */
/** What an organiser did, for the yaml library's error codes they meet (tabs, a key twice, a colon in a value). */
const YAML_CAUSES: Record<string, string> = {
  TAB_AS_INDENT: '缩进用了 Tab 键，请改用空格',
  DUPLICATE_KEY: '同一个字段写了两次，请删掉一个',
  BLOCK_AS_IMPLICIT_KEY: '值里有英文冒号“: ”时，请给整个值加引号，例如 summary: "时间: 上午9点"；也请看这一行的缩进是否和上一行对齐',
  MULTILINE_IMPLICIT_KEY: '字段名后要用英文冒号“:”加一个空格（不是中文冒号“：”）；值里有冒号请加引号；缩进要和上一行对齐',
  BAD_INDENT: '缩进不齐，或方括号 [ ] 没有配对：同一层的字段要对齐，下一层多缩进两个空格',
}

export function parseRecord(collection: Collection, file: string, source: string, problems: ContentProblem[]): RawRecord | null {
  // A byte-order mark (Windows editors) is not content: without this a plan's frontmatter is not found.
  let yamlText = source.replace(/^\uFEFF/, '')
  let body: string | undefined
  let bodyLine: number | undefined
  let lineOffset = 0
  if (EXTENSION[collection] === '.md') {
    const parts = splitFrontmatter(yamlText)
    if (!parts) {
      problems.push({ file, line: 1, field: '', message: '文件开头要先写一段用 --- 上下包住的字段，再写 Markdown 正文' })
      return null
    }
    yamlText = parts.yaml
    body = parts.body
    lineOffset = 1
    bodyLine = yamlText.split('\n').length + 3
  }
  const counter = new LineCounter()
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    const seen = new Set<string>()
    for (const error of doc.errors) {
      // The error's offset is exact; linePos is only filled in with prettyErrors.
      let line = counter.linePos(error.pos[0]).line
      const quote = error.code === 'MISSING_CHAR' && /quote/i.test(error.message)
      // An unclosed quote is detected where the file ends: point at the line that opens it.
      if (quote) line = openingQuoteLine(yamlText, line) ?? line
      line += lineOffset
      const cause = quote ? '引号没有配对' : (YAML_CAUSES[error.code] ?? '常见原因：缩进不齐、引号或括号没有配对')
      // The parser's own words last, for whoever knows YAML.
      const message = `YAML 格式错误：${cause}（${error.message.split('\n')[0]}）`
      // One mistake can be reported twice on its line (an unquoted "时间: 9点"): said once.
      if (seen.has(`${line} ${message}`)) continue
      seen.add(`${line} ${message}`)
      problems.push({ file, line, field: '', message })
    }
    return null
  }
  let data: unknown
  try {
    // A few aliases are fine; a "billion laughs" alias bomb is refused, not expanded.
    data = doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    problems.push({ file, line: 1 + lineOffset, field: '', message: `YAML 无法读取：${(error as Error).message.split('\n')[0]}` })
    return null
  }
  const ext = extname(file)
  return {
    collection,
    file,
    stem: basename(file, ext),
    data,
    body,
    bodyLine,
    lineOf: lineFinder(doc, counter, lineOffset),
  }
}

/**
 * Decode a file as UTF-8. Invalid bytes (a file saved as GBK, a cut-off download) are reported at their
 * line; the text is still read, with U+FFFD in their place, so the file's other problems are found too.
 */
export function decodeUtf8(bytes: Uint8Array, file: string, problems: ContentProblem[]): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    // The first line whose bytes do not decode is where the problem is.
    const strict = new TextDecoder('utf-8', { fatal: true })
    let line = 1
    for (let start = 0; start < bytes.length; line++) {
      const end = bytes.indexOf(0x0a, start)
      const stop = end === -1 ? bytes.length : end
      try {
        strict.decode(bytes.subarray(start, stop))
      } catch {
        break
      }
      start = stop + 1
    }
    const text = new TextDecoder('utf-8').decode(bytes)
    problems.push({
      file,
      line,
      field: '',
      message: '从这一行起不是 UTF-8 文字；请把文件另存为 UTF-8 编码（不要用 GBK 等其他编码）',
    })
    return text
  }
}

/** Read every record of every collection under `contentDir`. */
export function loadContent(contentDir: string, rootDir: string, problems: ContentProblem[]): RawRecord[] {
  const records: RawRecord[] = []
  for (const collection of COLLECTIONS) {
    const dir = join(contentDir, collection)
    if (!existsSync(dir)) continue
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      if (!statSync(path).isFile() || name.startsWith('.')) continue
      const file = relative(rootDir, path).split('\\').join('/')
      if (extname(name) !== EXTENSION[collection]) {
        problems.push({
          file,
          line: 1,
          field: '',
          message: `${collection}/ 里不该有这个文件：这里的记录都是 ${EXTENSION[collection]} 文件`,
        })
        continue
      }
      const record = parseRecord(collection, file, decodeUtf8(readFileSync(path), file, problems), problems)
      if (record) records.push(record)
    }
  }
  return records
}
