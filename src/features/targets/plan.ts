/** What a plan page lists: its events by phase and its targets by group. */
import { eventPhase, isHistory } from '@/shared/eventFormat'
import type { PlanEventRef, Source, Target, TargetGroup } from '@/shared/types'

import { GROUP_ORDER } from './format'

export interface PlanEventsByPhase {
  current: PlanEventRef[]
  /** Ended year- or period-long work the plan reports (十三五 counts, 2021—2025 programmes): its 回顾. */
  history: PlanEventRef[]
  past: PlanEventRef[]
}

const byStart = (a: PlanEventRef, b: PlanEventRef) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)

/** Upcoming and ongoing events first (soonest first), then history and past events (latest first). */
export function planEventsByPhase(events: PlanEventRef[], today: string): PlanEventsByPhase {
  const current = events.filter((e) => eventPhase(e, today) !== 'past').sort(byStart)
  const ended = events.filter((e) => eventPhase(e, today) === 'past').sort((a, b) => byStart(b, a))
  return { current, history: ended.filter((e) => isHistory(e, today)), past: ended.filter((e) => !isHistory(e, today)) }
}

/** A plan's targets in group order, leaving out empty groups. */
export function planTargetsByGroup(targets: Target[], planId: string): { group: TargetGroup; targets: Target[] }[] {
  return GROUP_ORDER.map((group) => ({ group, targets: targets.filter((t) => t.plan === planId && t.group === group) })).filter(
    (g) => g.targets.length > 0,
  )
}

/** Something on the site that cites a plan: a target, a venue, a defect. */
export interface CitingItem {
  label: string
  to: string
  sources: Source[]
}

export interface Citation {
  section: string
  lines: string
  /** First line, for sorting. */
  line: number
  items: { label: string; to: string }[]
}

/** Every place in a plan's text that the app cites, in text order, with what cites it. */
export function planCitations(planId: string, items: CitingItem[]): Citation[] {
  const byPlace = new Map<string, Citation>()
  for (const item of items) {
    for (const source of item.sources) {
      if (!('plan' in source) || source.plan !== planId) continue
      const key = `${source.section}|${source.lines}`
      let citation = byPlace.get(key)
      if (!citation) {
        citation = { section: source.section, lines: source.lines, line: Number.parseInt(source.lines, 10) || 0, items: [] }
        byPlace.set(key, citation)
      }
      if (!citation.items.some((i) => i.to === item.to)) citation.items.push({ label: item.label, to: item.to })
    }
  }
  return [...byPlace.values()].sort((a, b) => a.line - b.line || a.lines.length - b.lines.length)
}
