// @vitest-environment happy-dom
import '@/i18n/zh-CN/calendar'

import { describe, expect, it } from 'vitest'

import { applyLanguage, t } from '@/i18n'
import { formatMonthDay, formatMonthDayShort } from '@/shared/time'

/** The calendar's week title as useCalendarQuery builds it: its parts are the pieces a line may break between. */
const weekTitleParts = (from: string, to: string) =>
  t('calendar.weekRange', { from: formatMonthDayShort(from), to: formatMonthDayShort(to) }).split(' ')

// In this order: the app switches language by reloading, so nothing switches back to Chinese.
describe('the week title in each language', () => {
  it('is unchanged in Chinese and Uyghur, whose dates have no short form', async () => {
    expect(weekTitleParts('2026-11-26', '2026-12-02')).toEqual(['11月26日', '至', '12月2日'])
    await applyLanguage('ug')
    expect(formatMonthDayShort('2026-11-26')).toBe(formatMonthDay('2026-11-26'))
  })

  it('abbreviates English months and keeps each date whole: two lines at most on a narrow phone', async () => {
    await applyLanguage('en')
    expect(formatMonthDayShort('2026-11-26')).toBe('Nov\u00a026')
    expect(weekTitleParts('2026-11-26', '2026-12-02')).toEqual(['Nov\u00a026\u00a0–', 'Dec\u00a02'])
    // Elsewhere English dates keep the month's full name.
    expect(formatMonthDay('2026-11-26')).toBe('November 26')
  })
})
