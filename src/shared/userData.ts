/**
 * The user's own records, as saved in IndexedDB (src/data/db.ts) and in a backup file: 我的日程 entries,
 * visit plans and volunteer shifts. Defined here, once, so that the database, the stores, the backup
 * code and the features all speak of the same shapes. Plain JSON only (IndexedDB clones them).
 */
import type { EventItem, Shift } from './types'

/** What a starred event looked like when the user last saw it, to flag changes ("已变更"). */
export interface ScheduleSnapshot {
  title: string
  start: string
  end: string
  status: string
  venue?: string
  region: string
}

/** One event in 我的日程. */
export interface ScheduleEntry {
  /** Event occurrence id. */
  id: string
  addedAt: string
  seen: ScheduleSnapshot
}

/** The fields whose change the user is told about, as stored in `entry.seen`. */
export function snapshotOf(event: EventItem): ScheduleSnapshot {
  return {
    title: event.title,
    start: event.start,
    end: event.end,
    status: event.status,
    region: event.region,
    ...(event.venue ? { venue: event.venue } : {}),
  }
}

/** The parts of a shift whose change a volunteer is shown. */
export type ShiftSnapshot = Pick<Shift, 'role' | 'start' | 'end' | 'meetingPoint'>

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

/** The snapshot of a shift as it is now. */
export const shiftSnapshot = (s: ShiftSnapshot): ShiftSnapshot => ({
  role: s.role,
  start: s.start,
  end: s.end,
  meetingPoint: s.meetingPoint,
})

/** School grade bands of the visit planner (labels live in features/planner). */
export const GRADE_BANDS = ['primary-lower', 'primary-upper', 'junior', 'senior'] as const
export type GradeBand = (typeof GRADE_BANDS)[number]

/** A venue session as `HH:mm-HH:mm` in Beijing time. */
export type SessionText = string

export interface VisitContact {
  name: string
  phone: string
}

/** One class visit, as saved in IndexedDB (`visitPlans`). */
export interface VisitPlan {
  id: string
  createdAt: string
  updatedAt: string
  venueId: string
  /** `YYYY-MM-DD`, Beijing; empty while not chosen. */
  date: string
  /** `HH:mm-HH:mm`; empty while not chosen. */
  session: SessionText
  school: string
  className: string
  grade: GradeBand
  students: number
  teachers: number
  contact: VisitContact
  notes: string
  /** Ids of checklist items already done (ticked on screen, printed as ☑). */
  done: string[]
}

/** Where the school is, set once and saved locally (kv `planner:school`); used for distances. */
export interface SchoolLocation {
  lat: number
  lng: number
  /** How it was set: a region's centre (approximate) or the device's position. */
  source: 'region' | 'device'
  /** Region id when `source` is `region`. */
  region?: string
  label: string
}

/** A small value of the `kv` store (settings, flags), as a backup file lists it. */
export interface KvRecord {
  key: string
  value: unknown
}

/** The record each user-data store holds. */
export interface UserRecords {
  kv: KvRecord
  schedule: ScheduleEntry
  visitPlans: VisitPlan
  shifts: MyShift
}
