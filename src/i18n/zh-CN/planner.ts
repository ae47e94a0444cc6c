/** UI text of the planner feature (zh-CN). Owned by that feature; add keys here, not in zh-CN.ts. */
export const planner = {
  title: '学校参观',
} as const
