import { describe, expect, it } from 'vitest'

import { parseDay, parseMonth } from '@/shared/time'

describe('parseDay', () => {
  it('accepts real calendar days, leap days included', () => {
    expect(parseDay('2026-12-01')).toBe('2026-12-01')
    expect(parseDay('2028-02-29')).toBe('2028-02-29')
    expect(parseDay('2000-01-01')).toBe('2000-01-01')
    expect(parseDay('2100-12-31')).toBe('2100-12-31')
  })

  it.each([
    '2026-13-45',
    '2026-02-30',
    '2027-02-29',
    '9999-99-99',
    '9999-12-31',
    '1999-12-31',
    '2026-00-10',
    '2026-04-31',
    '2026-1-5',
    '2026-12-01T00:00',
    ' 2026-12-01',
    '',
    'NaN',
  ])('rejects %s', (value) => expect(parseDay(value)).toBeNull())

  it('rejects what is not a string', () => {
    expect(parseDay(undefined)).toBeNull()
    expect(parseDay(['2026-12-01'])).toBeNull()
    expect(parseDay(20261201)).toBeNull()
  })
})

describe('parseMonth', () => {
  it('accepts a month in range and rejects the rest', () => {
    expect(parseMonth('2027-06')).toBe('2027-06')
    expect(parseMonth('2027-13')).toBeNull()
    expect(parseMonth('9999-12')).toBeNull()
    expect(parseMonth('2027-6')).toBeNull()
  })
})
