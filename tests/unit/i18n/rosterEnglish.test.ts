// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest'

import { loadCsvParser, parseRosterCsv } from '@/features/volunteer/roster'
import { applyLanguage } from '@/i18n'

// The CSV parser is a lazy chunk in the app (loaded before a CSV is parsed).
beforeAll(loadCsvParser)

describe('roster problems in English', () => {
  it('say what is wrong in English, naming the file’s own Chinese columns', async () => {
    await applyLanguage('en')
    const { problems } = parseRosterCsv(
      '活动,岗位,开始,结束,集合地点\n科技之冬,,2026-12-05 09:30,2026-12-05 08:00,馆前广场\n',
      '2026-11-26T08:00:00.000Z',
    )
    expect(problems.map((p) => p.message)).toEqual(['must not be empty', 'The end must be later than the start'])
    expect(parseRosterCsv('活动,岗位\n', '2026-11-26T08:00:00.000Z').problems[0]).toMatchObject({
      field: 'Header',
      message: expect.stringMatching(/^Missing columns: 开始、结束、集合地点\. The first line should be: 活动,岗位,开始,结束,集合地点$/),
    })
  })
})
