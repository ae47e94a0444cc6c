/** UI text of the offline feature (zh-CN). Owned by that feature; add keys here, not in zh-CN.ts. */
export const offline = {
  title: '离线与更新',
} as const
