/**
 * A shared link to one target (`/targets#target-<id>`): clear the filters that would hide it, open its
 * folded section, scroll to it and mark it. Also holds which folded sections are open.
 */
import { nextTick, type Ref, ref, watch } from 'vue'
import { useRoute } from 'vue-router'

import { useCatalogStore } from '@/stores/catalog'

import { targetAnchor, targetIdFromHash } from './share'
import type { TargetGroups } from './useTargetGroups'

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)))

export function useTargetLink(groups: TargetGroups, painted: Ref<boolean>) {
  const catalog = useCatalogStore()
  const route = useRoute()
  const highlighted = ref<string | null>(null)
  const innovationOpen = ref(false)
  // Reported figures (no target) are many; each plan's list stays folded until opened or linked to.
  const openFigures = ref(new Set<string>())
  function toggleFigures(planId: string, open: boolean) {
    if (open === openFigures.value.has(planId)) return
    const next = new Set(openFigures.value)
    if (open) next.add(planId)
    else next.delete(planId)
    openFigures.value = next
  }

  watch(
    [() => catalog.state, () => route.hash, painted],
    async () => {
      if (!painted.value) return
      const id = targetIdFromHash(route.hash)
      const target = id ? groups.allTargets.value.find((x) => x.id === id) : undefined
      if (!target) return
      if (!groups.inRegion(target) || !groups.shows(target.group)) await groups.setQuery({ region: null, group: null })
      if (target.group === '创新') innovationOpen.value = true
      if (target.group === '科普' && !target.target && target.plan) toggleFigures(target.plan, true)
      highlighted.value = target.id
      // After the router's own scroll-to-top and the re-render.
      await nextTick()
      await frame()
      await frame()
      const el = document.getElementById(targetAnchor(target.id))
      const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
      el?.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' })
      el?.focus({ preventScroll: true })
    },
    { immediate: true },
  )

  return { highlighted, innovationOpen, openFigures, toggleFigures }
}
