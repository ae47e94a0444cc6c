import { describe, expect, it } from 'vitest'

import { toSegments } from '@/features/search/highlight'

const render = (text: string, ranges: [number, number][]) =>
  toSegments(text, ranges)
    .map((s) => (s.mark ? `[${s.text}]` : s.text))
    .join('')

describe('toSegments', () => {
  it('marks the ranges and keeps the rest as text', () => {
    expect(render('新疆科技馆', [[2, 5]])).toBe('新疆[科技馆]')
    expect(render('新疆科技馆', [[0, 2]])).toBe('[新疆]科技馆')
    expect(render('新疆科技馆', [])).toBe('新疆科技馆')
  })

  it('merges overlapping ranges, sorts them and clamps them to the text', () => {
    expect(
      render('乌鲁木齐科技馆', [
        [4, 7],
        [0, 2],
        [1, 4],
      ]),
    ).toBe('[乌鲁木齐科技馆]')
    expect(
      render('科技馆', [
        [2, 9],
        [-1, 1],
      ]),
    ).toBe('[科]技[馆]')
  })

  it('keeps markup in the text as text', () => {
    expect(toSegments('<b>科技</b>', [[3, 5]])).toEqual([
      { text: '<b>', mark: false },
      { text: '科技', mark: true },
      { text: '</b>', mark: false },
    ])
  })
})
