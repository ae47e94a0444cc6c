// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'

import { applyLanguage } from '@/i18n'
import { firstDayNote } from '@/shared/eventFormat'

describe('a long event’s calendar-file note with the page in English', () => {
  it('stays Chinese, dates included: the file is Chinese for every reader', async () => {
    await applyLanguage('en')
    expect(firstDayNote({ start: '2026-11-15', end: '2027-03-31' })).toBe(
      '活动持续137天：2026年11月15日（周日）至2027年3月31日（周三）（北京时间）。日历中只标出第一天，并在前一天提醒。',
    )
  })
})
