/** Domain vocabulary of the school visit planner: grade labels and subjects. Saved shapes live in shared/userData. */
import '@/i18n/zh-CN/lazy'

import { t } from '@/i18n'
import type { Audience } from '@/shared/types'
import { GRADE_BANDS, type GradeBand } from '@/shared/userData'

export { GRADE_BANDS }
export type { GradeBand, SchoolLocation, SessionText, VisitContact, VisitPlan } from '@/shared/userData'

/** The venue audience each band maps to (venues only say 小学, not which years). */
export const GRADE_AUDIENCE: Record<GradeBand, Audience> = {
  'primary-lower': '小学',
  'primary-upper': '小学',
  junior: '初中',
  senior: '高中',
}

/** The band as teachers name it (小学低年级 …), in the page's language. */
export const gradeLabel = (band: GradeBand) => t(`planner.grades.${band}`)

/** School subjects a class visit is tied to; matched against venue `topics`. */
export const SUBJECTS = ['物理', '生物', '地理', '化学', '信息技术', '劳动教育'] as const
export type Subject = (typeof SUBJECTS)[number]
