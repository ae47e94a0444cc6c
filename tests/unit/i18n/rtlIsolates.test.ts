/**
 * In the right-to-left dictionaries, a file extension or an example date is written left to right inside an
 * isolate (U+2066 … U+2069). Without it the bidi algorithm hangs the leading dot on the other side (".xlsx"
 * showed as "xlsx." at a line's start) and an example time came out in another order than the one to type.
 */
import { describe, expect, it } from 'vitest'

import { kkArab } from '@/i18n/kk-Arab'
import { planner as kkPlanner } from '@/i18n/kk-Arab/planner'
import { volunteer as kkVolunteer } from '@/i18n/kk-Arab/volunteer'
import { ug } from '@/i18n/ug'
import { planner as ugPlanner } from '@/i18n/ug/planner'
import { volunteer as ugVolunteer } from '@/i18n/ug/volunteer'

function leaves(node: unknown, prefix = ''): [string, string][] {
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  )
}

/** Left-to-right pieces: `.xlsx`, `.ics`, `2026-12-05 09:30`. */
const LTR_PIECE = /\.(?:xlsx|xls|ics|csv)\b|\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2})?/g

/** The pieces not isolated, per key. A file name to save (templateFile) is a name, not text to lay out. */
function bare(messages: unknown): string[] {
  const found: string[] = []
  for (const [key, text] of leaves(messages)) {
    if (key.endsWith('templateFile')) continue
    for (const m of text.matchAll(LTR_PIECE)) {
      const isolated = text.lastIndexOf('\u2066', m.index) > text.lastIndexOf('\u2069', m.index)
      if (!isolated) found.push(`${key}: ${m[0]}`)
    }
  }
  return found
}

describe('file extensions and example dates in Uyghur and Kazakh', () => {
  it.each([
    ['ug', [ug.messages, ugVolunteer, ugPlanner]],
    ['kk-Arab', [kkArab.messages, kkVolunteer, kkPlanner]],
  ] as const)('%s: each is isolated left to right', (_, parts) => {
    for (const part of parts) expect(bare(part)).toEqual([])
  })

  it('finds a bare one', () => {
    expect(bare({ a: '(.xlsx)', b: '2026-12-05 09:30 شەكلىدە', c: '(\u2066.ics\u2069)' })).toEqual(['a: .xlsx', 'b: 2026-12-05 09:30'])
  })
})
