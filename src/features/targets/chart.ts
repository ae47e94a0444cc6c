/**
 * Pure geometry for the 科学素质 chart: which series to draw, where each point and label goes, and the
 * text a screen reader hears. No DOM, so every rule here has a unit test.
 */
import '@/i18n/zh-CN/targets'
import '@/i18n/zh-CN/targetsChart'

// Aliased: `t` is a local name (a tick) in the layout code below.
import { t as message } from '@/i18n'
import type { Qualifier, Target } from '@/shared/types'

import { formatTargetValue } from './format'

export type PointKind = 'baseline' | 'target' | 'stretch' | 'observation'
/** plan: a region's own plan; survey / outline: national figures, shown as general knowledge. */
export type SeriesStyle = 'plan' | 'survey' | 'outline'

export interface ChartPoint {
  year: number
  value: number
  kind: PointKind
  /** What the point says, qualifier included: `力争17%`, `13%以上`. */
  label: string
  /** The same as drawn beside the point: in other languages the words are longer than the room (`≥13%`). */
  short: string
}

export interface ChartSeries {
  id: string
  name: string
  style: SeriesStyle
  /** Target ids the series comes from, for links to their rows. */
  targetIds: string[]
  points: ChartPoint[]
}

const KIND_ORDER: Record<PointKind, number> = { observation: 0, baseline: 1, target: 2, stretch: 3 }
const byYear = (a: ChartPoint, b: ChartPoint) => a.year - b.year || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]

/** The points one target contributes: baseline, target, stretch and observations. */
export function targetPoints(target: Target): ChartPoint[] {
  const points: ChartPoint[] = []
  const unit = target.unit
  const point = (year: number, v: { value: number; qualifier?: Qualifier | null }, kind: PointKind): ChartPoint => ({
    year,
    value: v.value,
    kind,
    label: formatTargetValue(v, unit),
    short: formatTargetValue(v, unit, { compact: true }),
  })
  for (const o of target.observations) points.push({ ...o, ...point(o.year, o, 'observation') })
  if (target.baseline) points.push(point(target.baseline.year, { value: target.baseline.value }, 'baseline'))
  if (target.target) points.push(point(target.target.year, target.target, 'target'))
  if (target.stretch) points.push(point(target.stretch.year, target.stretch, 'stretch'))
  return points.sort(byYear)
}

export interface LiteracySeriesOptions {
  /** Region id → short name, used as the series name of a plan. */
  regionNames: Record<string, string>
  /** Names of the two national series. */
  surveyName: string
  outlineName: string
}

/**
 * One series per plan with a 科学素质 figure, then the national survey and the national 纲要 targets
 * (merged into one series). Targets without any point are left out.
 */
export function literacySeries(targets: Target[], options: LiteracySeriesOptions): ChartSeries[] {
  const literacy = targets.filter((t) => t.group === '科学素质')
  const plans: ChartSeries[] = literacy
    .filter((t) => t.scope === 'plan')
    .map((t) => ({
      id: t.id,
      name: (t.region && options.regionNames[t.region]) || t.indicator,
      style: 'plan' as const,
      targetIds: [t.id],
      points: targetPoints(t),
    }))
  const national = literacy.filter((t) => t.scope === 'national')
  const survey = national.filter((t) => t.observations.length > 0)
  const outline = national.filter((t) => t.target && t.observations.length === 0)
  const merged = (id: string, name: string, style: SeriesStyle, list: Target[]): ChartSeries => ({
    id,
    name,
    style,
    targetIds: list.map((t) => t.id),
    points: list.flatMap(targetPoints).sort(byYear),
  })
  return [
    ...plans,
    merged('national-survey', options.surveyName, 'survey', survey),
    merged('national-outline', options.outlineName, 'outline', outline),
  ].filter((s) => s.points.length > 0)
}

/** A round axis range that holds every value, with a step of `step`; never below zero. */
export function niceDomain(values: number[], step = 5): [number, number] {
  if (values.length === 0) return [0, step]
  const min = Math.min(...values)
  const max = Math.max(...values)
  const lo = Math.max(0, Math.floor(min / step) * step - (min % step === 0 ? step : 0))
  let hi = Math.ceil(max / step) * step
  if (hi <= lo) hi = lo + step
  return [lo, hi]
}

/**
 * Rough width of a label in user units: CJK characters are square, Latin letters, digits and signs about
 * half, the Arabic script of Uyghur and Kazakh about the same (0.5–0.56 measured in bold), and the bidi
 * isolates around a label's parts and a date's word joiners nothing. Counted square, a Uyghur label was
 * thought nearly twice its width and pushed to the chart's far edge, away from its point.
 */
export function labelWidth(text: string, fontSize: number): number {
  let width = 0
  for (const ch of text) {
    if (/[\u200b-\u200f\u2060\u2066-\u2069]/.test(ch)) continue
    width += /[\u0000-\u00ff]/.test(ch) ? 0.58 : /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 1 : 0.55
  }
  return width * fontSize
}

export type Anchor = 'start' | 'middle' | 'end'

export interface PlacedLabel {
  x: number
  y: number
  anchor: Anchor
  width: number
}

/**
 * Move labels apart vertically so that no two whose boxes share horizontal space are closer than
 * `lineHeight`, keeping them inside [top, bottom]. Labels are processed top to bottom; the result keeps
 * the input order.
 */
export function dodgeLabels(labels: PlacedLabel[], lineHeight: number, top: number, bottom: number): PlacedLabel[] {
  const span = (l: PlacedLabel): [number, number] =>
    l.anchor === 'start' ? [l.x, l.x + l.width] : l.anchor === 'end' ? [l.x - l.width, l.x] : [l.x - l.width / 2, l.x + l.width / 2]
  const overlaps = (a: PlacedLabel, b: PlacedLabel) => {
    if (a.width === 0 || b.width === 0) return false
    const [a0, a1] = span(a)
    const [b0, b1] = span(b)
    return a0 < b1 && b0 < a1
  }
  const order = labels.map((l, i) => ({ ...l, i })).sort((a, b) => a.y - b.y || a.x - b.x)
  const placed: typeof order = []
  for (const label of order) {
    let y = Math.max(top, label.y)
    // Push below every earlier label it collides with; repeat until it fits. The tolerance keeps
    // floating-point rounding (a + h - a < h) from pushing a label to the same place for ever.
    for (let moved = true, rounds = 0; moved && rounds <= placed.length; rounds++) {
      moved = false
      for (const other of placed) {
        if (overlaps(label, other) && Math.abs(y - other.y) < lineHeight - 1e-6) {
          y = other.y + lineHeight
          moved = true
        }
      }
    }
    placed.push({ ...label, y })
  }
  // Anything pushed past the bottom moves back up, and pushes the labels above it up in turn.
  const settled: typeof placed = []
  for (const label of [...placed].sort((a, b) => b.y - a.y)) {
    let limit = bottom
    for (const other of settled) if (overlaps(label, other)) limit = Math.min(limit, other.y - lineHeight)
    label.y = Math.min(label.y, limit)
    settled.push(label)
  }
  return placed.sort((a, b) => a.i - b.i).map(({ x, y, anchor, width }) => ({ x, y, anchor, width }))
}

export interface ChartOptions {
  width: number
  height: number
  fontSize: number
  /** Space around the plot: room for axis labels on the left and bottom, point labels on the right. */
  padding?: { top: number; right: number; bottom: number; left: number }
  /** Years the x axis must include even without points (e.g. a plan's period). */
  years?: [number, number]
}

export interface LaidOutPoint extends ChartPoint {
  x: number
  y: number
  labelX: number
  labelY: number
  anchor: Anchor
  /** The label as drawn: the first point of a series carries the series name (`双河 12.5%`). */
  text: string
}

export interface LaidOutSeries extends Omit<ChartSeries, 'points'> {
  points: LaidOutPoint[]
  /** SVG path through the points in year order; empty when a series has one year only. */
  path: string
}

export interface ChartLayout {
  width: number
  height: number
  plot: { left: number; right: number; top: number; bottom: number }
  xTicks: { x: number; year: number }[]
  yTicks: { y: number; value: number }[]
  series: LaidOutSeries[]
}

const round = (n: number) => Math.round(n * 10) / 10

/** Survey series label only their ends (the table has every value); other series label every point. */
function labelled(series: ChartSeries, index: number): boolean {
  return series.style !== 'survey' || index === 0 || index === series.points.length - 1
}

/** Place every series on a width × height canvas. */
export function layoutChart(series: ChartSeries[], options: ChartOptions): ChartLayout {
  const { width, height, fontSize } = options
  const pad = options.padding ?? { top: fontSize * 1.2, right: fontSize * 4.5, bottom: fontSize * 2, left: fontSize * 2.6 }
  const plot = { left: pad.left, right: width - pad.right, top: pad.top, bottom: height - pad.bottom }
  const all = series.flatMap((s) => s.points)
  const years = all.map((p) => p.year).concat(options.years ?? [])
  const y0 = Math.floor(Math.min(...years, 9999) / 5) * 5
  const y1 = Math.max(Math.ceil(Math.max(...years, 0) / 5) * 5, y0 + 5)
  const [v0, v1] = niceDomain(all.map((p) => p.value))
  const sx = (year: number) => round(plot.left + ((year - y0) / (y1 - y0)) * (plot.right - plot.left))
  const sy = (value: number) => round(plot.bottom - ((value - v0) / (v1 - v0)) * (plot.bottom - plot.top))

  const xTicks: ChartLayout['xTicks'] = []
  for (let year = y0; year <= y1; year += 5) xTicks.push({ x: sx(year), year })
  const yTicks: ChartLayout['yTicks'] = []
  for (let value = v0; value <= v1; value += 5) yTicks.push({ y: sy(value), value })

  const gap = fontSize * 0.45
  const texts = series.flatMap((s) =>
    s.points.map((p, i) => (!labelled(s, i) ? '' : i === 0 ? message('targets.chart.label', { name: s.name, value: p.short }) : p.short)),
  )
  let t = 0
  const raw = series.flatMap((s) =>
    s.points.map((p, i) => {
      const x = sx(p.year)
      const y = sy(p.value)
      const w = labelWidth(texts[t++]!, fontSize)
      // Where labels crowd the lines least: a plan line's baseline below its point, the survey's last
      // value before its point, everything else after it. Labels never leave the canvas.
      const last = i === s.points.length - 1
      if (s.style === 'plan' && p.kind === 'baseline' && x - w / 2 >= 0 && x + w / 2 <= width) {
        return { x, y: y + fontSize * 1.35, anchor: 'middle' as const, width: w }
      }
      const before = s.style === 'survey' && last && i > 0
      const fitsBefore = x - gap - w >= plot.left
      const fitsAfter = x + gap + w <= width
      const anchor: Anchor = (before && fitsBefore) || !fitsAfter ? 'end' : 'start'
      // A label too long for either side (a long Uyghur name) slides along to stay on the canvas, over the
      // axis if need be, rather than lose its first words off the edge.
      const at = anchor === 'start' ? Math.min(x + gap, width - w) : Math.max(x - gap, Math.min(w, width))
      return { x: at, y: y + fontSize * 0.35, anchor, width: w }
    }),
  )
  // Uyghur and Kazakh labels stand taller in their font (16.7 against 15.4 units at 13): more room between lines.
  const lineGap = texts.some((text) => /[\u0600-\u06ff]/.test(text)) ? 1.35 : 1.15
  const placed = dodgeLabels(raw, fontSize * lineGap, fontSize, height - pad.bottom + fontSize * 0.35)

  let k = 0
  const laid: LaidOutSeries[] = series.map((s) => {
    const points: LaidOutPoint[] = s.points.map((p) => {
      const label = placed[k]!
      const text = texts[k++]!
      return { ...p, x: sx(p.year), y: sy(p.value), labelX: round(label.x), labelY: round(label.y), anchor: label.anchor, text }
    })
    // The line joins one point per year (the main target; a stretch goal stands beside it).
    const line = points.filter((p) => p.kind !== 'stretch')
    const path = new Set(line.map((p) => p.year)).size > 1 ? line.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join(' ') : ''
    return { ...s, points, path }
  })
  return { width, height, plot, xTicks, yTicks, series: laid }
}

/** One sentence per series for the chart's text alternative: `双河：2024年基线12.5%，2030年目标力争17%。` */
export function describeSeries(series: ChartSeries[]): string {
  return series
    .map((s) => {
      const points = s.points.map((p) => message(`targets.chart.point.${p.kind}`, { year: p.year, value: p.label }))
      return message('targets.chart.sentence', { name: s.name, points: points.join(message('app.listComma')) })
    })
    .join('')
}
