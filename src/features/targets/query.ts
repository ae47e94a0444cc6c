/** The targets page's filters as URL query parameters, so a filtered view can be shared and reloaded. */
import type { LocationQuery, LocationQueryRaw } from 'vue-router'

import type { TargetGroup } from '@/shared/types'

export const GROUP_KEYS = { literacy: '科学素质', kepu: '科普', innovation: '创新' } as const satisfies Record<string, TargetGroup>
export type GroupKey = keyof typeof GROUP_KEYS

export interface TargetsQuery {
  /** A region id, or null for all regions. */
  region: string | null
  group: GroupKey | null
  /** The two regions compared side by side. */
  compare: [string, string]
}

const first = (value: LocationQuery[string] | undefined): string | null => (Array.isArray(value) ? (value[0] ?? null) : (value ?? null))

/** Read the query, dropping anything that is not a known region or group. */
export function parseTargetsQuery(query: LocationQuery, regionIds: string[], defaultCompare: [string, string]): TargetsQuery {
  const region = first(query.region)
  const group = first(query.group)
  const pair = (first(query.compare) ?? '').split(',')
  const known = (id: string | undefined): id is string => !!id && regionIds.includes(id)
  return {
    region: known(region ?? undefined) ? region : null,
    group: group && group in GROUP_KEYS ? (group as GroupKey) : null,
    compare: [known(pair[0]) ? pair[0] : defaultCompare[0], known(pair[1]) ? pair[1] : defaultCompare[1]],
  }
}

/** Write the state back; defaults are left out so a plain /targets stays plain. */
export function toTargetsQuery(state: TargetsQuery, defaultCompare: [string, string]): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (state.region) query.region = state.region
  if (state.group) query.group = state.group
  if (state.compare[0] !== defaultCompare[0] || state.compare[1] !== defaultCompare[1]) query.compare = state.compare.join(',')
  return query
}
