/** A content problem, always reported as `file:line: field: message`. */
export interface ContentProblem {
  file: string
  line: number
  field: string
  message: string
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}: ${p.field || '(文件)'}: ${p.message}`
}

/** Thrown by the compiler when content is invalid; carries every problem, not just the first. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`内容有 ${problems.length} 处问题：\n${problems.map(formatProblem).join('\n')}`)
    this.name = 'ContentError'
  }
}
