import type { Shift } from '@/shared/types'

/** A shift the volunteer has taken on, from a content roster or an imported file. */
export interface MyShift extends Omit<Shift, 'id'> {
  /** `content:<eventId>:<shiftId>` or `import:<roster id or derived key>` — stable across re-imports. */
  id: string
  origin: 'content' | 'import'
  eventId?: string
  eventTitle: string
  addedAt: string
  updatedAt: string
  /** The shift as the volunteer last acknowledged it; a difference is shown as a roster change. */
  seen: ShiftSnapshot
}

export type ShiftSnapshot = Pick<Shift, 'role' | 'start' | 'end' | 'meetingPoint'>

export const snapshot = (s: ShiftSnapshot): ShiftSnapshot => ({ role: s.role, start: s.start, end: s.end, meetingPoint: s.meetingPoint })

/** Which parts of a shift changed since it was last seen. */
export function changedFields(shift: ShiftSnapshot, seen: ShiftSnapshot): (keyof ShiftSnapshot)[] {
  return (['role', 'start', 'end', 'meetingPoint'] as const).filter((k) => shift[k] !== seen[k])
}
