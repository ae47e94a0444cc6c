/** Volunteer shifts as the pages compare them. The saved shape (MyShift) lives in shared/userData. */
import type { ShiftSnapshot } from '@/shared/userData'

/** Which parts of a shift changed since it was last seen. */
export function changedFields(shift: ShiftSnapshot, seen: ShiftSnapshot): (keyof ShiftSnapshot)[] {
  return (['role', 'start', 'end', 'meetingPoint'] as const).filter((k) => shift[k] !== seen[k])
}
