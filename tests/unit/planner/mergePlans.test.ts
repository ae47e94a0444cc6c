/** Two tabs editing one visit plan: merged field by field, or refused where both changed the same field. */
import { describe, expect, it } from 'vitest'

import { mergePlans } from '@/features/planner/mergePlans'

import { makePlan } from '../builders'

const base = makePlan({ updatedAt: '2026-11-26T02:00:00.000Z' })

describe('mergePlans', () => {
  it("lays this page's changes over the other page's, each field kept", () => {
    const mine = { ...base, className: '八年级（1）班', contact: { name: '李老师', phone: '13900000000' } }
    const theirs = { ...base, notes: '带水', students: 30, updatedAt: '2026-11-26T03:00:00.000Z' }
    expect(mergePlans(base, mine, theirs)).toEqual({
      ...base,
      className: '八年级（1）班',
      contact: { name: '李老师', phone: '13900000000' },
      notes: '带水',
      students: 30,
      updatedAt: '2026-11-26T03:00:00.000Z',
    })
  })

  it('takes a change made the same on both sides, and drops a field this page removed', () => {
    const { session: _, ...withoutSession } = base
    const mine = { ...withoutSession, date: '2026-12-09' } as typeof base
    const theirs = { ...base, date: '2026-12-09', notes: '带水' }
    const merged = mergePlans(base, mine, theirs)!
    expect(merged).toMatchObject({ date: '2026-12-09', notes: '带水' })
    expect('session' in merged).toBe(false)
  })

  it('gives up where both pages changed one field differently (ticks included)', () => {
    expect(mergePlans(base, { ...base, className: '一班' }, { ...base, className: '二班' })).toBeNull()
    expect(mergePlans(base, { ...base, done: ['letter'] }, { ...base, done: ['bus'] })).toBeNull()
  })

  it("is the other page's plan when this page changed nothing", () => {
    const theirs = { ...base, notes: '带水', updatedAt: '2026-11-26T03:00:00.000Z' }
    expect(mergePlans(base, base, theirs)).toEqual(theirs)
  })
})
