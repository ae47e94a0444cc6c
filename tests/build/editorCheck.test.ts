/**
 * The web editor's check before saving (src/build/editor/entryCheck.ts): the rules Decap cannot express
 * field by field stop a save with the form's own words, and nothing the build accepts is refused.
 */
import { resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { entryProblems, fieldLabel } from '../../src/build/editor/entryCheck'
import { loadContent } from '../../src/build/load'

const ROOT = resolve(__dirname, '../..')
const TODAY = '2026-11-26'

/** An event as an organiser fills it in the editor (the e2e test's event), before any source. */
const event = {
  id: 'kepu-open-day-2026-12-05-urumqi',
  title: '科技馆开放日·机器人科普体验',
  kind: '主题日',
  start: '2026-12-05T09:30:00+08:00',
  end: '2026-12-05T11:30:00+08:00',
  status: 'confirmed',
  dateNote: '据主办方通知',
  region: 'urumqi',
  audiences: ['家庭'],
  organiser: '乌鲁木齐市科协',
  summary: '机器人、无人机和虚拟现实互动体验，适合家庭参加。',
  sources: [{ general: '主办方发布的活动通知' }],
}

describe('the editor’s check before saving', () => {
  it('accepts every record of the real content, as the editor holds it (a plan with its body)', () => {
    // Any day after the content was written: its pages were all read by then.
    const later = '2100-01-01'
    const problems: unknown[] = []
    const records = loadContent(resolve(ROOT, 'content'), ROOT, [])
    expect(records.length).toBeGreaterThan(40)
    for (const record of records) {
      const data = { ...(record.data as Record<string, unknown>), ...(record.body === undefined ? {} : { body: record.body }) }
      for (const p of entryProblems(record.collection, data, later)) problems.push({ file: record.file, ...p })
    }
    expect(problems).toEqual([])
  })

  it('accepts the organiser’s event once it has a source', () => {
    expect(entryProblems('events', event, TODAY)).toEqual([])
  })

  it('takes a cleared 场馆, 系列, 所属年度活动 and 日期精度 as left out, but not a cleared title', () => {
    // Decap saves a cleared relation or text as '' and a cleared select as null: the save was refused.
    const cleared = { ...event, venue: '', series: '', campaign: '', datePrecision: null, howToJoin: '' }
    expect(entryProblems('events', cleared, TODAY)).toEqual([])
    expect(entryProblems('events', { ...cleared, title: '' }, TODAY).map((p) => p.field)).toEqual(['title'])
  })

  it('refuses an 编号 edited away from the saved entry’s file name, as the build would', () => {
    expect(entryProblems('events', event, TODAY, event.id)).toEqual([])
    expect(entryProblems('events', event, TODAY, 'kepu-open-day-2026-12-06-urumqi')).toEqual([
      {
        field: 'id',
        label: '编号（文件名）',
        message: '已保存的条目不能改编号（原来是“kepu-open-day-2026-12-06-urumqi”）；要换编号，请新建一条',
      },
    ])
  })

  it('refuses a source left empty, naming it as the form does', () => {
    const problems = entryProblems('events', { ...event, sources: [{ general: '主办方通知' }, {}] }, TODAY)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({
      field: 'sources.1',
      label: '来源 第2条',
      message:
        '三种写法选一种，把它的几项填全：规划出处（规划、章节、行号）；常识说明；公开来源（来源编号、网址、网页标题、发布单位、发布日期、查阅日期）',
    })
  })

  it('refuses an end before the start', () => {
    const problems = entryProblems('events', { ...event, end: '2026-12-05T08:30:00+08:00' }, TODAY)
    expect(problems.map((p) => [p.field, p.label])).toEqual([['end', '结束']])
    expect(problems[0]!.message).toContain(event.start)
  })

  it('tells every problem at once: an end before the start beside a source half filled in', () => {
    const source = { id: 'notice', url: 'https://example.org.cn/notice' }
    const problems = entryProblems('events', { ...event, end: '2026-12-05T08:30:00+08:00', sources: [source] }, TODAY)
    expect(problems.map((p) => p.label)).toEqual(
      expect.arrayContaining(['结束', '来源 第1条 › 网页标题', '来源 第1条 › 发布单位', '来源 第1条 › 发布日期']),
    )
  })

  it('refuses a published source dated after today', () => {
    const source = {
      id: 'notice',
      url: 'https://example.org.cn/notice',
      title: '通知',
      publisher: '乌鲁木齐市科协',
      published: '2026-11-30',
      retrieved: '2026-11-30',
    }
    const problems = entryProblems('events', { ...event, sources: [source] }, TODAY)
    expect(problems.map((p) => p.label)).toEqual(['来源 第1条 › 发布日期', '来源 第1条 › 查阅日期'])
  })

  it('names nested fields, list items and the record itself in the form’s words', () => {
    expect(fieldLabel('events', 'sources.0.url')).toBe('来源 第1条 › 网址')
    expect(fieldLabel('venues', '')).toBe('这条记录')
    expect(fieldLabel('events', 'notAField')).toBe('notAField')
  })
})
