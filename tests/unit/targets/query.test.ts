import { describe, expect, it } from 'vitest'

import { parseTargetsQuery, toTargetsQuery } from '@/features/targets/query'
import { targetIdFromHash, targetPath } from '@/features/targets/share'

const regions = ['shuanghe', 'changji', 'kashgar']
const defaults: [string, string] = ['shuanghe', 'changji']

describe('targets query', () => {
  it('reads known regions and groups and drops the rest', () => {
    expect(parseTargetsQuery({ region: 'changji', group: 'kepu', compare: 'kashgar,shuanghe' }, regions, defaults)).toEqual({
      region: 'changji',
      group: 'kepu',
      compare: ['kashgar', 'shuanghe'],
    })
    expect(parseTargetsQuery({ region: 'mars', group: '科普', compare: 'x' }, regions, defaults)).toEqual({
      region: null,
      group: null,
      compare: defaults,
    })
  })
  it('writes only what differs from the defaults, so the round trip is stable', () => {
    expect(toTargetsQuery({ region: null, group: null, compare: defaults }, defaults)).toEqual({})
    const state = { region: 'kashgar', group: 'innovation' as const, compare: ['changji', 'kashgar'] as [string, string] }
    const query = toTargetsQuery(state, defaults) as Record<string, string>
    expect(query).toEqual({ region: 'kashgar', group: 'innovation', compare: 'changji,kashgar' })
    expect(parseTargetsQuery(query, regions, defaults)).toEqual(state)
  })
})

describe('target links', () => {
  it('links to the target’s anchor, filtered to its region', () => {
    expect(targetPath({ id: 'changji-science-literacy', region: 'changji' })).toBe(
      '/targets?region=changji#target-changji-science-literacy',
    )
    expect(targetPath({ id: 'national-outline-2025' })).toBe('/targets#target-national-outline-2025')
  })
  it('reads the target id back from a hash', () => {
    expect(targetIdFromHash('#target-changji-science-literacy')).toBe('changji-science-literacy')
    expect(targetIdFromHash('#plan-summary')).toBeNull()
    expect(targetIdFromHash('')).toBeNull()
  })
})
