import { describe, expect, it } from 'vitest'

import type { ContentProblem } from '../../src/build/errors'
import { parseRecord } from '../../src/build/load'

describe('parseRecord on files from other editors (issue 18.7)', () => {
  it('reads a plan .md that starts with a byte-order mark', () => {
    const problems: ContentProblem[] = []
    const record = parseRecord('plans', 'content/plans/x.md', '\uFEFF---\nid: x\ntitle: 测试\n---\n正文', problems)
    expect(problems).toEqual([])
    expect(record?.data).toMatchObject({ id: 'x', title: '测试' })
  })

  it('reports a tab and a duplicate key at their own line', () => {
    const problems: ContentProblem[] = []
    parseRecord('events', 'content/events/x.yaml', 'id: x\ntitle: a\ntitle: b\n', problems)
    parseRecord('events', 'content/events/y.yaml', 'id: y\ntitle: a\nsources:\n\t- general: b\n', problems)
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual(['content/events/x.yaml:3', 'content/events/y.yaml:4'])
  })
})
