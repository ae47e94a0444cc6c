// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest'

import { loadCsvParser, parseRosterCsv } from '@/features/volunteer/roster'
import { applyLanguage } from '@/i18n'

// The CSV parser is a lazy chunk in the app (loaded before a CSV is parsed).
beforeAll(loadCsvParser)

const NOW = '2026-11-26T08:00:00.000Z'
const CHINESE_UI = /[\u4e00-\u9fff]/

describe.each(['ug', 'kk-Arab'] as const)('roster problems in %s', (language) => {
  it('are in the reader’s script, Chinese only where they name the file’s own columns', async () => {
    await applyLanguage(language)
    const { problems } = parseRosterCsv('活动,岗位,开始,结束,集合地点\n科技之冬,,2026-12-05 09:30,2026-12-05 08:00,馆前广场\n', NOW)
    expect(problems).toHaveLength(2)
    for (const { message, field } of problems) {
      expect(message).toMatch(/[\u0600-\u06ff]/)
      expect(message).not.toMatch(CHINESE_UI)
      expect(field).not.toMatch(/^(内容|表头|引号|格式)$/)
    }
    const header = parseRosterCsv('活动,岗位\n', NOW).problems[0]!
    expect(header.field).toMatch(/[\u0600-\u06ff]/)
    // The missing columns and the header line are the file's own words: they stay as the template has them.
    expect(header.message).toContain('开始、结束、集合地点')
    expect(header.message).toContain('活动,岗位,开始,结束,集合地点')
    expect(header.message.replace(/[开始结束集合地点活动岗位、,]/g, '')).not.toMatch(CHINESE_UI)
  })
})
