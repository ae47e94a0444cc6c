/**
 * Recurring campaigns → dated events. Each campaign (content/campaigns/) has a yearly rule; the build makes
 * one `expected` event per year for the instances that touch the window [today, today + 18 months], so a
 * build in any year has a full calendar. An event file that names the campaign and carries the instance's
 * id replaces the generated one: that is where a confirmed date, a venue or a roster goes.
 */
import { Lunar, Solar } from 'lunar-typescript'

import { addDays, addMonths, formatMonthDay } from '../shared/time'
import { rrulestr } from './rrule'
import type { CampaignInput, EventInput } from './schema'

/** How far ahead the build dates campaigns. */
export const CAMPAIGN_HORIZON_MONTHS = 18

export interface CampaignInstance {
  year: number
  start: string
  end: string
}

/** The instance id of `year`, from the campaign's `eventId` pattern. */
export function instanceId(campaign: Pick<CampaignInput, 'eventId'>, year: number): string {
  return campaign.eventId.replace('{year}', String(year))
}

/** Does `id` name one year's instance of the campaign? Returns that year, or null. */
export function instanceYear(campaign: Pick<CampaignInput, 'eventId'>, id: string): number | null {
  const [before, after] = campaign.eventId.split('{year}') as [string, string]
  const match = new RegExp(`^${escape(before)}(\\d{4})${escape(after)}$`).exec(id)
  return match ? Number(match[1]) : null
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const ymd = (solar: Solar) => solar.toYmd()

/** The Gregorian day of a Chinese-calendar month-day (non-leap month) in the lunar year `year`. */
function lunarDay(year: number, monthDay: string): string {
  const [m, d] = monthDay.split('-').map(Number) as [number, number]
  return ymd(Lunar.fromYmd(year, m, d).getSolar())
}

/** 春节 and 元宵节 of the Chinese year that starts in Gregorian `year`. */
export function springFestival(year: number): { newYear: string; lantern: string } {
  return { newYear: lunarDay(year, '01-01'), lantern: lunarDay(year, '01-15') }
}

/** The instance of `year`: first day from the yearly rule, last day from days / until / untilLunar. */
export function campaignInstance(campaign: CampaignInput, year: number): CampaignInstance | null {
  const rule = rrulestr(`RRULE:${campaign.rule.rrule.replace(/^RRULE:/, '')}`, { dtstart: new Date(Date.UTC(year, 0, 1)) })
  const first = rule.between(new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year, 11, 31)), true)[0]
  if (!first) return null
  const start = first.toISOString().slice(0, 10)
  let end: string
  if (campaign.rule.days !== undefined) end = addDays(start, campaign.rule.days - 1)
  else if (campaign.rule.until !== undefined) {
    end = `${year}-${campaign.rule.until}`
    if (end < start) end = `${year + 1}-${campaign.rule.until}`
    // 02-29 in a common year: the last day of February.
    if (Number.isNaN(Date.parse(`${end}T00:00:00Z`)) || new Date(`${end}T00:00:00Z`).toISOString().slice(0, 10) !== end)
      end = `${end.slice(0, 7)}-28`
  } else {
    end = lunarDay(year, campaign.rule.untilLunar!)
    if (end < start) end = lunarDay(year + 1, campaign.rule.untilLunar!)
  }
  return { year, start, end }
}

/** Fill the placeholders of a campaign text for one instance. */
export function fillTemplate(text: string, instance: CampaignInstance): string {
  const festival = springFestival(instance.start <= `${instance.year}-06-30` ? instance.year : instance.year + 1)
  const values: Record<string, string> = {
    year: String(instance.year),
    nextYear: String(instance.year + 1),
    start: formatMonthDay(instance.start),
    end: formatMonthDay(instance.end),
    springFestival: formatMonthDay(festival.newYear),
    lanternFestival: formatMonthDay(festival.lantern),
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
}

export interface ExpandCampaignsOptions {
  /** The build's Beijing day. */
  today: string
  horizonMonths?: number
  /** Years that an event file already overrides, per campaign id. */
  overridden?: Map<string, Set<number>>
}

/** The generated events of one campaign in the window, as event records. */
export function expandCampaign(campaign: CampaignInput, options: ExpandCampaignsOptions): EventInput[] {
  const horizon = `${addMonths(options.today.slice(0, 7), options.horizonMonths ?? CAMPAIGN_HORIZON_MONTHS)}${options.today.slice(7)}`
  const skip = options.overridden?.get(campaign.id) ?? new Set<number>()
  const events: EventInput[] = []
  // A winter campaign that started last year may still be running today.
  for (let year = Number(options.today.slice(0, 4)) - 1; year <= Number(horizon.slice(0, 4)); year++) {
    if ((campaign.from !== undefined && year < campaign.from) || (campaign.to !== undefined && year > campaign.to) || skip.has(year))
      continue
    const instance = campaignInstance(campaign, year)
    if (!instance || instance.end < options.today || instance.start > horizon) continue
    events.push({
      id: instanceId(campaign, year),
      title: fillTemplate(campaign.title, instance),
      kind: campaign.kind,
      ...(campaign.series ? { series: campaign.series } : {}),
      start: instance.start,
      end: instance.end,
      datePrecision: campaign.datePrecision,
      status: 'expected',
      dateNote: fillTemplate(campaign.dateNote, instance),
      region: campaign.region,
      venue: campaign.venue ?? undefined,
      audiences: campaign.audiences,
      organiser: campaign.organiser,
      howToJoin: campaign.howToJoin,
      summary: fillTemplate(campaign.summary, instance),
      exdates: [],
      campaign: campaign.id,
      sources: campaign.sources,
    })
  }
  return events
}
