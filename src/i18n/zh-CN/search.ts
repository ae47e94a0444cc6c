/** UI text of the search feature (zh-CN). Owned by that feature; add keys here, not in zh-CN.ts. */
export const search = {
  title: '搜索',
} as const
