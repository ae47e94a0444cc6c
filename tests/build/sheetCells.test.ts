/** The 活动 sheet's date cells take the Beijing-time forms the 排班 sheet takes, and give the files' form. */
import { describe, expect, it } from 'vitest'

import { decodeCell, encodeCell } from '../../src/build/sheets/cells'

const date = (cell: Parameters<typeof decodeCell>[0]) => decodeCell(cell, 'date')

describe('an event date cell', () => {
  it('keeps the files’ own forms as they are', () => {
    expect(date('2027-05-22')).toBe('2027-05-22')
    expect(date('2027-05-22T09:30:00+08:00')).toBe('2027-05-22T09:30:00+08:00')
    expect(date(' 2027-05-22T09:30:00+08:00 ')).toBe('2027-05-22T09:30:00+08:00')
  })

  it('reads a Beijing time as WPS and Excel users type it', () => {
    expect(date('2027/5/22 9:30')).toBe('2027-05-22T09:30:00+08:00')
    expect(date('2027-05-22 09:30')).toBe('2027-05-22T09:30:00+08:00')
    expect(date('2027年5月22日 下午2:00')).toBe('2027-05-22T14:00:00+08:00')
  })

  it('reads a day typed with slashes or 年月日 as an all-day date', () => {
    expect(date('2027/5/22')).toBe('2027-05-22')
    expect(date('2027年5月22日')).toBe('2027-05-22')
  })

  it('reads a date-formatted cell: midnight is a day, any other time a Beijing time', () => {
    expect(date(new Date(Date.UTC(2027, 4, 22)))).toBe('2027-05-22')
    expect(date(new Date(Date.UTC(2027, 4, 22, 9, 30)))).toBe('2027-05-22T09:30:00+08:00')
  })

  it('hands on what it cannot read without guessing, so content:check names it', () => {
    // No year: an event may be a year or more ahead.
    expect(date('5月22日 9:30')).toBe('5月22日 9:30')
    expect(date('2027/5/32')).toBe('2027/5/32')
    expect(date('2027-05-32')).toBe('2027-05-32')
    expect(date('2027/5/22 25:00')).toBe('2027/5/22 25:00')
    expect(date('2027-05-22T09:30:00+99:00')).toBe('2027-05-22T09:30:00+99:00')
    expect(date('明天上午')).toBe('明天上午')
  })
})

describe('an 排除日期 cell', () => {
  const days = (cell: Parameters<typeof decodeCell>[0]) => decodeCell(cell, 'dateList')

  it('reads one day that Excel or WPS turned into a date, and days typed as text', () => {
    // Before, the date cell read as "2026-06-08 00:00" and was refused as not a day.
    expect(days(new Date(Date.UTC(2026, 5, 8)))).toEqual(['2026-06-08'])
    expect(days('2026-06-08、2026/6/15、2026年6月22日')).toEqual(['2026-06-08', '2026-06-15', '2026-06-22'])
    // What is not a day is handed on as typed, for content:check to name.
    expect(days('2026-06-31、下周')).toEqual(['2026-06-31', '下周'])
  })
})

describe('a list cell (面向对象, 携带物品…)', () => {
  const list = (cell: string) => decodeCell(cell, 'list')

  it('splits on 、, commas, semicolons and line breaks, as the phone’s roster import does', () => {
    // Before, only 、 split: "马甲，水杯" was one item here and two on the volunteer page.
    expect(list('马甲、水杯')).toEqual(['马甲', '水杯'])
    expect(list('马甲，水杯; 帽子,口罩；手套')).toEqual(['马甲', '水杯', '帽子', '口罩', '手套'])
    expect(list('马甲\n水杯\r\n帽子')).toEqual(['马甲', '水杯', '帽子'])
    expect(list('家庭、 、学生、')).toEqual(['家庭', '学生'])
  })

  it('is exported so that it reads back as the same items', () => {
    expect(encodeCell(['马甲', '水杯'], 'list')).toBe('马甲、水杯')
    for (const items of [['马甲，水杯', '帽子'], ['甲;乙'], ['第一行\n第二行'], [' 空格 ', '丙']])
      expect(decodeCell(encodeCell(items, 'list'), 'list')).toEqual(items)
  })

  it('keeps a separator inside brackets with its item', () => {
    expect(list('展品讲解（10:00, 15:00）、机器人表演')).toEqual(['展品讲解（10:00, 15:00）', '机器人表演'])
    expect(list('签到表(甲、乙两份)，笔')).toEqual(['签到表(甲、乙两份)', '笔'])
  })
})
