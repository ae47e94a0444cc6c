/** Where an event stands: by the day, and for a timed event on its own day by the clock. */
import { describe, expect, it } from 'vitest'

import { eventPhase } from '@/shared/eventFormat'

const talk = { start: '2026-11-26T19:00:00+08:00', end: '2026-11-26T21:00:00+08:00', allDay: false }
const at = (time: string) => new Date(`2026-11-26T${time}:00+08:00`)

describe('eventPhase', () => {
  it('places a timed event by the clock on its day: upcoming in the morning, past after its end', () => {
    // Before, 进行中 at 08:00 and still at 23:00.
    expect(eventPhase(talk, '2026-11-26', at('08:00'))).toBe('upcoming')
    expect(eventPhase(talk, '2026-11-26', at('19:30'))).toBe('ongoing')
    expect(eventPhase(talk, '2026-11-26', at('21:00'))).toBe('past')
    expect(eventPhase(talk, '2026-11-26', at('23:00'))).toBe('past')
  })

  it('keeps days for all-day events and when no clock is given', () => {
    const fair = { start: '2026-11-26', end: '2026-11-28', allDay: true }
    expect(eventPhase(fair, '2026-11-26', at('06:00'))).toBe('ongoing')
    expect(eventPhase(fair, '2026-11-29', at('06:00'))).toBe('past')
    expect(eventPhase(talk, '2026-11-26')).toBe('ongoing')
    expect(eventPhase(talk, '2026-11-25', at('23:00'))).toBe('upcoming')
  })
})
