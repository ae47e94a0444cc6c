/** UI text of the map feature (zh-CN). Owned by that feature; add keys here, not in zh-CN.ts. */
export const map = {
  title: '地图',
} as const
