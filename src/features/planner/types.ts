/** Domain vocabulary of the school visit planner: grade labels and subjects. Saved shapes live in shared/userData. */
import type { Audience } from '@/shared/types'
import { GRADE_BANDS, type GradeBand } from '@/shared/userData'

export { GRADE_BANDS }
export type { GradeBand, SchoolLocation, SessionText, VisitContact, VisitPlan } from '@/shared/userData'

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
