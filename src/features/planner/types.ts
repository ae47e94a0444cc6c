/** Domain types of the school visit planner: grade bands, subjects and a saved visit plan. */
import type { Audience } from '@/shared/types'
import { GRADE_BANDS } from '@/shared/userRecords'

export { GRADE_BANDS }
export type GradeBand = (typeof GRADE_BANDS)[number]

/** Labels teachers use, and the venue audience each band maps to (venues only say 小学, not which years). */
export const GRADE_INFO: Record<GradeBand, { label: string; audience: Audience }> = {
  'primary-lower': { label: '小学低年级', audience: '小学' },
  'primary-upper': { label: '小学高年级', audience: '小学' },
  junior: { label: '初中', audience: '初中' },
  senior: { label: '高中', audience: '高中' },
}

/** School subjects a class visit is tied to; matched against venue `topics`. */
export const SUBJECTS = ['物理', '生物', '地理', '化学', '信息技术', '劳动教育'] as const
export type Subject = (typeof SUBJECTS)[number]

/** A venue session as `HH:mm-HH:mm` in Beijing time. */
export type SessionText = string

export interface VisitContact {
  name: string
  phone: string
}

/** One class visit, as saved in IndexedDB (`visitPlans`). Plain JSON only. */
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

/** Where the school is, set once and saved locally; used for distances. */
export interface SchoolLocation {
  lat: number
  lng: number
  /** How it was set: a region's centre (approximate) or the device's position. */
  source: 'region' | 'device'
  /** Region id when `source` is `region`. */
  region?: string
  label: string
}
