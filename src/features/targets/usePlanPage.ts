/**
 * A plan page's data: the plan, where it applies, and everything on the site that comes from it —
 * its targets by group, its 科学素质 chart, its venues, its events by phase and the lines of it we cite.
 */
import '@/i18n/zh-CN/targets'

import { computed, type MaybeRefOrGetter, toValue } from 'vue'

import { useToday } from '@/composables/useToday'
import { t } from '@/i18n'
import { dateWords } from '@/shared/time'
import { useCatalogStore } from '@/stores/catalog'

import { literacySeries } from './chart'
import { planCitations, planEventsByPhase, planTargetsByGroup } from './plan'
import { targetPath } from './share'

export function usePlanPage(planId: MaybeRefOrGetter<string>) {
  const catalog = useCatalogStore()
  const today = useToday()
  const id = computed(() => toValue(planId))
  const plan = computed(() => catalog.plansById.get(id.value))
  const currentYear = computed(() => Number(today.value.slice(0, 4)))

  const regions = computed(() => (plan.value?.regions ?? []).map((r) => catalog.regionsById.get(r)?.name ?? r).join(dateWords.list))
  const venues = computed(() =>
    (catalog.catalog?.venues ?? []).filter((venue) => venue.sources.some((s) => 'plan' in s && s.plan === id.value)),
  )
  const allTargets = computed(() => catalog.catalog?.targets ?? [])
  const targetGroups = computed(() => planTargetsByGroup(allTargets.value, id.value))
  const targetCount = computed(() => targetGroups.value.reduce((n, g) => n + g.targets.length, 0))

  const literacyTargets = computed(() =>
    allTargets.value.filter((x) => x.group === '科学素质' && (x.plan === id.value || x.scope === 'national')),
  )
  const series = computed(() =>
    literacyTargets.value.some((x) => x.plan === id.value)
      ? literacySeries(literacyTargets.value, {
          regionNames: catalog.regionNames,
          surveyName: t('targets.survey'),
          outlineName: t('targets.chartOutline'),
        })
      : [],
  )

  const events = computed(() => planEventsByPhase(plan.value?.events ?? [], today.value))
  const eventCount = computed(() => events.value.current.length + events.value.history.length + events.value.past.length)
  const periodState = computed(() => {
    const p = plan.value?.period
    if (!p) return ''
    if (p.end < currentYear.value) return t('targets.planPage.periodEnded')
    return p.start > currentYear.value ? t('targets.planPage.periodFuture') : t('targets.planPage.periodCurrent')
  })

  const citations = computed(() =>
    planCitations(id.value, [
      ...allTargets.value.filter((x) => x.plan === id.value).map((x) => ({ label: x.indicator, to: targetPath(x), sources: x.sources })),
      ...venues.value.map((v) => ({ label: v.name, to: `/venues/${v.id}`, sources: v.sources })),
    ]),
  )

  return { plan, currentYear, regions, venues, targetGroups, targetCount, series, events, eventCount, periodState, citations }
}
