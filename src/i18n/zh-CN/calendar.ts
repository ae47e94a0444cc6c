/** UI text of the calendar feature (zh-CN). Owned by that feature; add keys here, not in zh-CN.ts. */
export const calendar = {
  title: '活动日历',
} as const
