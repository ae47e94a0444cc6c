// @vitest-environment happy-dom
import { afterAll, describe, expect, it } from 'vitest'

import { evaluateVenue } from '@/features/planner/finder'
import { applyLanguage } from '@/i18n'

import { makeMuseum } from '../builders'

describe('the planner’s criteria in English', () => {
  afterAll(() => applyLanguage('zh-CN'))

  it('name the grade and the subjects in English, as the filters do', async () => {
    await applyLanguage('en')
    const museum = makeMuseum({ audiences: ['初中'], topics: ['物理'] })
    const { criteria } = evaluateVenue(museum, { grade: 'junior', subjects: ['物理', '化学'] })
    const texts = criteria.map((c) => c.text).join(' | ')
    expect(texts).not.toMatch(/\p{Script=Han}/u)
    expect(texts).toContain('Junior secondary')
    expect(evaluateVenue(museum, { subjects: ['化学'] }).criteria[0]!.text).not.toMatch(/\p{Script=Han}/u)
  })
})
