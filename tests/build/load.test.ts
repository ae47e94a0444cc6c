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
    // Each says what the organiser did, in Chinese, before the parser's words.
    expect(problems.map((p) => p.message.split('（')[0])).toEqual([
      'YAML 格式错误：同一个字段写了两次，请删掉一个',
      'YAML 格式错误：缩进用了 Tab 键，请改用空格',
    ])
  })

  it('says once what a colon in a value did, and what a Chinese colon after a field name did', () => {
    const problems: ContentProblem[] = []
    parseRecord('events', 'content/events/x.yaml', 'id: x\nsummary: 时间: 上午9点，地点: 科技馆。\n', problems)
    parseRecord('events', 'content/events/y.yaml', 'id: y\norganiser：甲\ntitle: y\n', problems)
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message.split('（')[0]}`)).toEqual([
      'content/events/x.yaml:2: YAML 格式错误：值里有英文冒号“: ”时，请给整个值加引号，例如 summary: "时间: 上午9点"；也请看这一行的缩进是否和上一行对齐',
      'content/events/y.yaml:2: YAML 格式错误：字段名后要用英文冒号“:”加一个空格',
    ])
  })
})
