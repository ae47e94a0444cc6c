import { describe, expect, it } from 'vitest'

import { monthsInRanges, toMonthRanges } from '@/shared/monthRanges'

describe('toMonthRanges', () => {
  it('joins consecutive months into one run, across a year end', () => {
    expect(toMonthRanges(['2026-11', '2026-12', '2027-01', '2027-03', '2027-05', '2027-06'])).toEqual([
      ['2026-11', '2027-01'],
      ['2027-03', '2027-03'],
      ['2027-05', '2027-06'],
    ])
  })

  it('ignores a repeated month and gives nothing for none', () => {
    expect(toMonthRanges(['2026-01', '2026-01', '2026-02'])).toEqual([['2026-01', '2026-02']])
    expect(toMonthRanges([])).toEqual([])
  })
})

describe('monthsInRanges', () => {
  const ranges: [string, string][] = [
    ['2016-01', '2020-12'],
    ['2026-11', '2027-02'],
    ['2027-06', '2027-06'],
  ]

  it('gives the months of the runs inside the window, in order', () => {
    expect(monthsInRanges(ranges, '2026-12', '2027-12')).toEqual(['2026-12', '2027-01', '2027-02', '2027-06'])
  })

  it('gives nothing for a window between runs or for no runs', () => {
    expect(monthsInRanges(ranges, '2021-01', '2026-10')).toEqual([])
    expect(monthsInRanges([], '2026-01', '2026-12')).toEqual([])
  })

  it('round-trips with toMonthRanges', () => {
    const months = ['2025-12', '2026-01', '2026-04', '2026-05', '2026-06', '2027-01']
    expect(monthsInRanges(toMonthRanges(months), '2000-01', '2100-12')).toEqual(months)
  })
})
