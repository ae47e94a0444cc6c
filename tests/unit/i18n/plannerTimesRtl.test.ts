// @vitest-environment happy-dom
/**
 * A visit's time range in Uyghur and Kazakh: inside right-to-left text "15:00–17:30" read as 17:30–15:00 on the
 * plan, its timetable and the list of plans (each time is isolated, and the two isolates were ordered right to
 * left). The range is isolated left to right as a whole, as on the venue page.
 */
import { describe, expect, it } from 'vitest'

import { buildTimetable } from '@/features/planner/checklist'
import { sessionRange } from '@/features/planner/checks'
import { applyLanguage } from '@/i18n'

import { makePlan } from '../builders'

/** Left to right as a whole: begins with LRI and ends with its PDI, the start's digits before the end's. */
const LEFT_TO_RIGHT = /^\u2066[^\u2066]*15:00[^\u2066]*–[^\u2066]*17:30[^\u2066]*\u2069$/

it('needs no isolate in Chinese', () => {
  expect(sessionRange('15:00-17:30')).toBe('15:00–17:30')
})

describe.each(['ug', 'kk-Arab'] as const)('a visit’s time in %s', (code) => {
  it('reads from its start to its end', async () => {
    await applyLanguage(code)
    expect(sessionRange('15:00-17:30')).toMatch(LEFT_TO_RIGHT)
    const visit = buildTimetable(makePlan({ session: '15:00-17:30' }), ['15:00-17:30'])[1]!
    expect(visit.time).toMatch(LEFT_TO_RIGHT)
  })
})
