// @vitest-environment happy-dom
/**
 * The problem list's field names take the organiser to the field (src/build/editor/saveCheck.ts), found by
 * the labels Decap writes: a top-level field, or a field of a list's item, each item showing every field.
 */
import { describe, expect, it } from 'vitest'

import { fieldControl, showProblems } from '../../src/build/editor/saveCheck'

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

describe('the problem list after the form is edited', () => {
  it('says it is of the last 发布 once a field changes, not that the problems are still there', () => {
    document.body.innerHTML = field('结束', 'end')
    showProblems([{ field: 'end', label: '结束', message: '不能早于开始时间' }])
    const heading = () => document.querySelector('#kpxj-save-problems h2')?.textContent
    expect(heading()).toBe('还没有保存：请先改正下面 1 处')
    // A click inside the list (its field names, 关闭) is no edit.
    document.querySelector('#kpxj-save-problems button')!.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    expect(heading()).toBe('还没有保存：请先改正下面 1 处')
    document.getElementById('end')!.dispatchEvent(new Event('input', { bubbles: true }))
    expect(heading()).toBe('上次保存时有 1 处要改正；改好后再保存，会重新检查')
    // A select or a toggle (Decap's widgets fire no input event) marks it as well.
    showProblems([{ field: 'end', label: '结束', message: '不能早于开始时间' }])
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    expect(heading()).toBe('上次保存时有 1 处要改正；改好后再保存，会重新检查')
    // Shown again by the next 发布 with what is still wrong.
    showProblems([{ field: 'end', label: '结束', message: '不能早于开始时间' }])
    expect(heading()).toBe('还没有保存：请先改正下面 1 处')
  })
})
