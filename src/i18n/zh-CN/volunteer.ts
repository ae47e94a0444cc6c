/** UI text of the volunteer feature (zh-CN). Owned by that feature; add keys here, not in zh-CN.ts. */
export const volunteer = {
  title: '志愿者',
} as const
