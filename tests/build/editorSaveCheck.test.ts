// @vitest-environment happy-dom
/**
 * The problem list's field names take the organiser to the field (src/build/editor/saveCheck.ts), found by
 * the labels Decap writes: a top-level field, or a field of a list's item, each item showing every field.
 */
import { describe, expect, it } from 'vitest'

import { fieldControl } from '../../src/build/editor/saveCheck'

/** Decap's markup, reduced: each field a ControlContainer with its label (for= its control). */
const field = (label: string, id: string, inner = '') =>
  `<div class="css-1-ControlContainer"><label for="${id}">${label}</label><input id="${id}">${inner}</div>`

describe('the field a problem names', () => {
  document.body.innerHTML =
    field('开始', 'start') +
    field('结束', 'end') +
    field('场馆 (可选)', 'venue') +
    field('来源', 'sources', [1, 2].map((n) => field('网址 (可选)', `url-${n}`) + field('发布日期 (可选)', `published-${n}`)).join(''))

  it('is the top-level field of that label, optional or not', () => {
    expect(fieldControl('结束')?.id).toBe('end')
    expect(fieldControl('场馆')?.id).toBe('venue')
  })

  it('is the field of the list item the problem names', () => {
    expect(fieldControl('来源 第2条 › 发布日期')?.id).toBe('published-2')
    expect(fieldControl('来源 第1条 › 网址')?.id).toBe('url-1')
  })

  it('is the list for a problem with its item as a whole, and nothing for a label the form lacks', () => {
    expect(fieldControl('来源 第1条')?.id).toBe('sources')
    expect(fieldControl('开放时间')).toBeNull()
  })
})
