/** What every target list on the targets page shares; each list adds its targets and heading level. */
export interface TargetListContext {
  planTitles: Record<string, string>
  currentYear: number
  highlighted: string | null
  regionName?: (id?: string) => string | undefined
}
