/**
 * The targets page's data: the filters in the URL (region, group, the two compared regions) and the
 * targets grouped as the page shows them — 科学素质 with its chart, 科普 per plan, 创新 per plan.
 */
import '@/i18n/zh-CN/targets'

import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'

import { useToday } from '@/composables/useToday'
import { t } from '@/i18n'
import type { Plan, Target, TargetGroup } from '@/shared/types'
import { useCatalogStore } from '@/stores/catalog'

import { literacySeries } from './chart'
import { GROUP_KEYS, parseTargetsQuery, type TargetsQuery, toTargetsQuery } from './query'

/** One plan's targets of a group: goals (with a target figure) and reported figures. */
export interface PlanGroup {
  plan: Plan
  goals: Target[]
  figures: Target[]
}

export function useTargetGroups() {
  const catalog = useCatalogStore()
  const route = useRoute()
  const router = useRouter()
  const today = useToday()
  const currentYear = computed(() => Number(today.value.slice(0, 4)))

  const regions = computed(() => catalog.regions)
  const allTargets = computed(() => catalog.catalog?.targets ?? [])
  const regionIds = computed(() => regions.value.map((r) => r.id))
  // The two regions whose plans set a 科学素质 figure make the most telling default comparison.
  const defaultCompare = computed<[string, string]>(() => {
    const withLiteracy = [...new Set(allTargets.value.filter((x) => x.group === '科学素质' && x.region).map((x) => x.region!))]
    const ids = [...withLiteracy, ...regionIds.value]
    return [ids[0] ?? '', ids.find((id) => id !== ids[0]) ?? '']
  })
  const query = computed(() => parseTargetsQuery(route.query, regionIds.value, defaultCompare.value))
  function setQuery(patch: Partial<TargetsQuery>) {
    return router.replace({ query: toTargetsQuery({ ...query.value, ...patch }, defaultCompare.value), hash: route.hash })
  }
  const shows = (group: TargetGroup) => !query.value.group || GROUP_KEYS[query.value.group] === group
  const inRegion = (target: Target) => !query.value.region || target.region === query.value.region

  const plans = computed(() => (catalog.catalog?.plans ?? []).filter((p) => !query.value.region || p.regions.includes(query.value.region)))
  function byPlan(group: TargetGroup): PlanGroup[] {
    return plans.value.map((plan) => {
      const list = allTargets.value.filter((x) => x.plan === plan.id && x.group === group)
      return { plan, goals: list.filter((x) => x.target), figures: list.filter((x) => !x.target) }
    })
  }
  const kepu = computed(() => byPlan('科普'))
  const innovation = computed(() => byPlan('创新').filter((g) => g.goals.length + g.figures.length > 0))

  const literacy = computed(() => allTargets.value.filter((x) => x.group === '科学素质' && x.scope === 'plan' && inRegion(x)))
  const national = computed(() => allTargets.value.filter((x) => x.scope === 'national'))
  const plansWithoutLiteracy = computed(() => plans.value.filter((p) => !literacy.value.some((x) => x.plan === p.id)))
  const series = computed(() =>
    literacySeries([...literacy.value, ...national.value], {
      regionNames: catalog.regionNames,
      surveyName: t('targets.survey'),
      outlineName: t('targets.chartOutline'),
    }),
  )

  return {
    currentYear,
    regions,
    allTargets,
    query,
    setQuery,
    shows,
    inRegion,
    kepu,
    innovation,
    literacy,
    national,
    plansWithoutLiteracy,
    series,
  }
}

export type TargetGroups = ReturnType<typeof useTargetGroups>
