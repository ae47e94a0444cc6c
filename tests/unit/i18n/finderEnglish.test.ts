// @vitest-environment happy-dom
import { afterAll, describe, expect, it } from 'vitest'

import { checkPlan } from '@/features/planner/checks'
import { evaluateVenue } from '@/features/planner/finder'
import { t } from '@/i18n'
import { applyLanguage } from '@/i18n'

import { makeMuseum, makePlan } from '../builders'

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

  it('count one teacher without a plural (it said "1 teachers" on most plans)', async () => {
    await applyLanguage('en')
    expect(t('planner.people', { students: 45, teachers: 1 })).toBe('Students: 45, teachers: 1')
    // A venue that publishes no group size: the advice names the class's people.
    const plan = makePlan({ students: 20, teachers: 1 })
    const venue = makeMuseum({ booking: undefined })
    const advice = checkPlan({ plan, venue, today: '2026-11-26', events: [] }).find((i) => i.id === 'size-unknown')!.advice
    expect(advice).toBe('When booking, say 21 people in all (students: 20, teachers: 1).')
  })

  it('name the venue as its content translates it (新疆科技馆 was left in English plans)', async () => {
    await applyLanguage('en')
    const venue = makeMuseum({ i18n: { en: { name: 'Xinjiang Science and Technology Museum', reviewed: true } } })
    // A Monday: the museum is closed.
    const plan = makePlan({ date: '2026-11-30', session: '' })
    const closed = checkPlan({ plan, venue, today: '2026-11-26', events: [] }).find((i) => i.id === 'closed')!
    expect(closed.text).toContain('Xinjiang Science and Technology Museum')
    expect(closed.text).not.toMatch(/\p{Script=Han}/u)
  })
})
