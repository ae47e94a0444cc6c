import { readdirSync, readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

import type { ContentProblem } from '../../src/build/errors'
import { decodeUtf8, parseRecord } from '../../src/build/load'
import { checkTexts } from '../../src/build/textChecks'
import { inXinjiang, XINJIANG_OUTLINE } from '../../src/shared/xinjiangOutline'

describe("Xinjiang's outline (issue 18.6)", () => {
  it('is a closed ring of 30 to 80 points', () => {
    expect(XINJIANG_OUTLINE.length).toBeGreaterThanOrEqual(30)
    expect(XINJIANG_OUTLINE.length).toBeLessThanOrEqual(80)
    expect(XINJIANG_OUTLINE.at(-1)).toEqual(XINJIANG_OUTLINE[0])
  })

  it.each([
    ['乌鲁木齐', 43.83, 87.62],
    ['喀什', 39.47, 75.99],
    ['双河（第五师）', 44.84, 82.35],
    ['阿拉山口', 45.17, 82.57],
    ['霍尔果斯', 44.21, 80.41],
    ['塔什库尔干', 37.77, 75.23],
    ['阿勒泰', 47.85, 88.13],
    ['若羌', 39.02, 88.17],
    ['新星市（第十三师）', 42.8, 93.6],
  ])('%s is inside', (_name, lat, lng) => {
    expect(inXinjiang(lat, lng)).toBe(true)
  })

  it.each([
    ['Almaty', 43.24, 76.95],
    ['Bishkek', 42.87, 74.59],
    ['敦煌', 40.14, 94.66],
    ['格尔木', 36.4, 94.9],
    ['Khovd', 48.0, 91.64],
    ['Zharkent', 44.17, 80.0],
    ['lat and lng swapped', 87.62, 43.83],
    ['NaN', Number.NaN, 87],
  ])('%s is outside', (_name, lat, lng) => {
    expect(inXinjiang(lat, lng)).toBe(false)
  })

  it('holds every venue and region of the real content, 兵团 places included', () => {
    const points: [string, number, number][] = []
    for (const dir of ['venues', 'regions']) {
      for (const name of readdirSync(`content/${dir}`).filter((f) => f.endsWith('.yaml'))) {
        const data = parse(readFileSync(`content/${dir}/${name}`, 'utf8'))
        const point = data.location ?? data.center
        points.push([name, point.lat, point.lng])
      }
    }
    expect(points.length).toBeGreaterThan(15)
    expect(points.filter(([, lat, lng]) => !inXinjiang(lat, lng))).toEqual([])
  })
})

describe('text in content files (issue 18.6)', () => {
  const check = (source: string, file = 'content/plans/x.md') => {
    const problems: ContentProblem[] = []
    const record = parseRecord(file.includes('plans') ? 'plans' : 'events', file, source, problems)
    checkTexts(record!, problems)
    return problems.map((p) => `${p.line}: ${p.field}: ${p.message}`)
  }

  it('names a control character in a Markdown body at its own line', () => {
    expect(check('---\nid: x\ntitle: 测试\n---\n第一段\n\n第二\u0007段\n')).toEqual([
      '7: body: 第 3 个字符是看不见的控制字符 U+0007，请删掉',
    ])
  })

  it('names a control character written as a YAML escape, inside a list', () => {
    expect(check('id: x\nsources:\n  - general: "a\\x1bb"\n', 'content/events/x.yaml')).toEqual([
      '3: sources.0.general: 第 2 个字符是看不见的控制字符 U+001B，请删掉',
    ])
  })

  it('names a right-to-left override, which would show the text after it reversed', () => {
    expect(check('id: x\nsummary: "科技馆\u202e北门口"\n', 'content/events/x.yaml')).toEqual([
      '2: summary: 第 4 个字符是看不见的文字方向控制字符（会把后面的字倒过来显示） U+202E，请删掉',
    ])
    // The marks Uyghur and Kazakh text uses to place punctuation are no problem.
    expect(check('id: x\nsummary: "ئۈرۈمچى\u200f."\n', 'content/events/x.yaml')).toEqual([])
  })

  it('keeps tabs and line breaks, and counts characters, not bytes', () => {
    expect(check(`id: x\nsummary: "甲\\t乙\\n丙"\nname: ${'长'.repeat(60)}\n`, 'content/events/x.yaml')).toEqual([])
    expect(check(`id: x\nname: ${'长'.repeat(61)}\n`, 'content/events/x.yaml')).toEqual([
      '2: name: 有 61 个字，最多 60 个（每部手机都要下载这段文字）',
    ])
  })

  it('reads valid UTF-8 silently and names the first line with bad bytes', () => {
    const problems: ContentProblem[] = []
    expect(decodeUtf8(new TextEncoder().encode('id: x\n名称: 甲\n'), 'a.yaml', problems)).toBe('id: x\n名称: 甲\n')
    const gbk = Uint8Array.from([...new TextEncoder().encode('id: x\nname: ok\nsummary: '), 0xb2, 0xe2, 0xca, 0xd4, 0x0a])
    expect(decodeUtf8(gbk, 'a.yaml', problems)).toContain('\uFFFD')
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual(['a.yaml:3'])
  })
})
