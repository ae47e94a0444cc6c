/**
 * Content schemas. Imported by the build compiler only (zod never reaches the browser bundle).
 * Messages are written for content editors: they complete "file:line: field: …".
 */
import { z } from 'zod'

import { XINJIANG_BOUNDS } from '../shared/constants'
import { parseHours } from '../shared/hours'
import {
  AUDIENCES,
  DATE_PRECISIONS,
  EVENT_KINDS,
  EVENT_STATUSES,
  LOCATION_PRECISIONS,
  NATURES,
  QUALIFIERS,
  REGION_KINDS,
  TARGET_GROUPS,
  VENUE_CATEGORIES,
  VENUE_KINDS,
} from '../shared/types'

const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `must be one of: ${values.join(', ')}` })

const text = (what = 'text') =>
  z
    .string({ error: `must be ${what}` })
    .trim()
    .min(1, { error: `must not be empty` })

const optionalText = z.string({ error: 'must be text' }).nullish()

/** The languages a record's text may be translated into (Chinese is the original). */
export const CONTENT_LANGUAGES = ['ug', 'kk-Arab', 'en'] as const

/**
 * Optional translations of a record's text fields, e.g. `i18n: { ug: { name: …, reviewed: false } }`.
 * `reviewed` says whether a native speaker checked it (the app shows the Chinese original where a field
 * has no translation).
 */
const translations = <S extends Record<string, z.ZodType>>(fields: S) =>
  z
    .strictObject({
      ...Object.fromEntries(
        CONTENT_LANGUAGES.map((code) => [
          code,
          z
            .strictObject({
              ...fields,
              reviewed: z.boolean({ error: 'must be true or false (has a native speaker reviewed this translation?)' }),
            })
            .optional(),
        ]),
      ),
    } as Record<(typeof CONTENT_LANGUAGES)[number], z.ZodOptional<z.ZodObject<S & { reviewed: z.ZodBoolean }>>>)
    .optional()

const between = (min: number, max: number) => {
  const error = `must be a number between ${min} and ${max}`
  return z.number({ error }).min(min, { error }).max(max, { error })
}

const year = z
  .number({ error: 'must be a year (e.g. 2025)' })
  .int({ error: 'must be a whole year' })
  .min(2000, { error: 'must be a year between 2000 and 2100' })
  .max(2100, { error: 'must be a year between 2000 and 2100' })

const id = z
  .string({ error: 'must be an id' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be lowercase letters, digits and single dashes' })

/** Plain calendar date, meaning an all-day date in Beijing time. */
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
/** Date-time with an explicit offset; a bare local time would be ambiguous across devices. */
const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2})?(Z|[+-]\d{2}:\d{2})$/

function isRealDate(y: string, m: string, d: string): boolean {
  const date = new Date(Date.UTC(+y, +m - 1, +d))
  return date.getUTCFullYear() === +y && date.getUTCMonth() === +m - 1 && date.getUTCDate() === +d
}

export const dateOrDateTime = z
  .string({ error: 'must be a date (YYYY-MM-DD) or a date-time with offset (2026-05-23T09:30:00+08:00)' })
  .superRefine((value, ctx) => {
    const date = DATE_RE.exec(value)
    const dt = DATETIME_RE.exec(value)
    if (!date && !dt) {
      const message = /^\d{4}-\d{2}-\d{2}T/.test(value)
        ? 'must carry an explicit time zone offset, e.g. 2026-05-23T09:30:00+08:00'
        : 'must be a date (YYYY-MM-DD) or a date-time with offset (2026-05-23T09:30:00+08:00)'
      ctx.addIssue({ code: 'custom', message })
      return
    }
    const [, y, m, d] = (date ?? dt)!
    if (!isRealDate(y!, m!, d!)) ctx.addIssue({ code: 'custom', message: `${value} is not a real calendar date` })
    else if (dt) {
      const [hh, mm] = [Number(dt[4]), Number(dt[5])]
      const offset = /([+-])(\d{2}):(\d{2})$/.exec(dt[7]!)
      if (hh > 23 || mm > 59) ctx.addIssue({ code: 'custom', message: `${value} is not a real time of day (00:00–23:59)` })
      else if (offset && (Number(offset[2]) > 14 || Number(offset[3]) > 59))
        ctx.addIssue({ code: 'custom', message: `${value} has an impossible offset; Beijing time is +08:00` })
    }
  })

/** A published day (YYYY-MM-DD) or, when the page gives only the month, YYYY-MM. */
const PUBLISHED_RE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/

const publishedDate = z.string({ error: 'must be a date YYYY-MM-DD (or YYYY-MM when the page gives only the month)' }).refine(
  (v) => {
    const m = PUBLISHED_RE.exec(v)
    return !!m && isRealDate(m[1]!, m[2]!, m[3] ?? '01')
  },
  { error: 'must be a real date YYYY-MM-DD (or YYYY-MM when the page gives only the month)' },
)

/**
 * A notice or article published by a venue, its operator or official media. Dates in the future are
 * rejected by the build (src/build/validate.ts), which knows the build date.
 */
export const publishedSourceSchema = z
  .strictObject({
    id: id,
    url: z
      .string({ error: 'must be the page address (https://…)' })
      .regex(/^https?:\/\/\S+$/, { error: 'must be the page address (https://…)' }),
    title: text('the page title'),
    publisher: text('who published it, e.g. 新疆科技馆 or 天山网'),
    published: publishedDate,
    retrieved: z
      .string({ error: 'must be a date YYYY-MM-DD' })
      .regex(DATE_RE, { error: 'must be a date YYYY-MM-DD' })
      .refine(
        (v) => {
          const m = DATE_RE.exec(v)!
          return isRealDate(m[1]!, m[2]!, m[3]!)
        },
        { error: 'must be a real date YYYY-MM-DD' },
      ),
    note: optionalText.transform((v) => v ?? undefined),
  })
  .refine((s) => s.retrieved >= s.published.slice(0, 10), { path: ['retrieved'], error: 'must not be before published' })

export const sourceSchema = z.union(
  [
    z.strictObject({
      plan: id,
      section: text('the chapter or section, e.g. 第三章第四节'),
      lines: z
        .union([z.string(), z.number()], { error: 'must be a line number or range, e.g. "12" or "12-15"' })
        .transform(String)
        .refine((v) => /^\d+(-\d+)?$/.test(v), { error: 'must be a line number or range, e.g. "12" or "12-15"' }),
    }),
    z.strictObject({ general: text('the note users see, e.g. 全国科技活动周一般在5月下旬举行') }),
    publishedSourceSchema,
  ],
  {
    error: 'must be { plan, section, lines }, { general: note } or a published source { id, url, title, publisher, published, retrieved }',
  },
)

const sources = z.array(sourceSchema, { error: 'must be a list of sources' }).min(1, { error: 'at least one source is required' })

/** Which published sources (by their `id` in the record's `sources`) back a group of facts. */
const from = z.array(id, { error: 'must be a list of published source ids' }).optional()

const latLng = {
  lat: between(XINJIANG_BOUNDS.south, XINJIANG_BOUNDS.north),
  lng: between(XINJIANG_BOUNDS.west, XINJIANG_BOUNDS.east),
}

export const regionSchema = z.strictObject({
  id,
  name: text(),
  shortName: text(),
  /** The city name map apps search in (e.g. 哈密市 for 新星市); defaults to shortName. */
  mapCity: optionalText.transform((v) => v ?? undefined),
  kind: oneOf(REGION_KINDS),
  center: z.strictObject(latLng),
  summary: text(),
  sources,
})

export const planFrontmatterSchema = z.strictObject({
  id,
  title: text(),
  shortTitle: text(),
  issuer: text(),
  docNumber: optionalText,
  issued: z.string().regex(DATE_RE, { error: 'must be a date YYYY-MM-DD or null' }).nullish(),
  period: z.strictObject({ start: year, end: year }).refine((p) => p.end >= p.start, { error: 'end must not be before start' }),
  regions: z.array(id).min(1, { error: 'at least one region is required' }),
  seed: text('the file name of the plan text in shared/seeds/'),
  defects: z.array(z.strictObject({ text: text(), sources })).default([]),
  i18n: translations({ title: text().optional(), shortTitle: text().optional() }),
  sources,
})

export const venueSchema = z.strictObject({
  id,
  name: text(),
  region: id,
  category: oneOf(VENUE_CATEGORIES),
  kind: oneOf(VENUE_KINDS),
  inPlans: z.boolean({ error: 'must be true or false' }),
  summary: text(),
  audiences: z.array(oneOf(AUDIENCES)).min(1, { error: 'at least one audience is required' }),
  topics: z.array(text()).default([]),
  activities: z.array(text()).default([]),
  fee: oneOf(['free', 'paid', 'unknown']),
  feeNote: optionalText.transform((v) => v ?? undefined),
  feeFrom: from,
  contact: z
    .strictObject({
      phone: z
        .string({ error: 'must be a phone number as published, e.g. 0991-6386167' })
        .regex(/^[0-9][0-9-]{6,15}$/, { error: 'must be a phone number as published, e.g. 0991-6386167' })
        .optional(),
      channel: optionalText.transform((v) => v ?? undefined),
      from: z.array(id).min(1, { error: 'a phone or booking channel needs the published source it comes from' }),
    })
    .optional(),
  closures: z
    .array(
      z
        .strictObject({
          start: z.string().regex(DATE_RE, { error: 'must be a date YYYY-MM-DD' }),
          end: z.string().regex(DATE_RE, { error: 'must be a date YYYY-MM-DD' }),
          text: text(),
          from: z.array(id).min(1, { error: 'a closure needs the published notice it comes from' }),
        })
        .refine((c) => c.end >= c.start, { path: ['end'], error: 'must not be before start' }),
    )
    .default([]),
  booking: z
    .strictObject({
      required: z.union([z.boolean(), z.literal('unknown')], { error: 'must be true, false or unknown' }),
      note: optionalText.transform((v) => v ?? undefined),
      from,
      leadDays: z.number().int().min(0).max(365).optional(),
      groupMin: z.number().int().min(1).optional(),
      groupMax: z.number().int().min(1).optional(),
      letterRequired: z.boolean().optional(),
    })
    .optional(),
  hours: z
    .strictObject({
      osm: optionalText.transform((v) => v ?? undefined),
      note: optionalText.transform((v) => v ?? undefined),
      season: optionalText.transform((v) => v ?? undefined),
      from,
    })
    .refine((h) => h.osm || h.note, { error: 'give osm opening_hours or a note such as 开放时间请咨询场馆' })
    // The app reads a subset of the syntax (src/shared/hours.ts); anything else would show as "unknown".
    .refine((h) => !h.osm || parseHours(h.osm).kind === 'weekly', {
      path: ['osm'],
      error: 'the app reads only weekday ranges and times, e.g. "Tu-Su 09:30-17:00; Mo off" or "24/7"; put anything else in hours.note',
    }),
  location: z
    .strictObject({
      ...latLng,
      precision: oneOf(LOCATION_PRECISIONS),
      note: optionalText.transform((v) => v ?? undefined),
      address: optionalText,
      from,
    })
    .refine((l) => l.precision === 'exact' || !!l.note, {
      error: 'an approximate or city-centre location needs a note users see (e.g. 位置为大致位置)',
    }),
  mobile: z.boolean().default(false),
  i18n: translations({ name: text().optional(), summary: text().optional() }),
  sources,
})

/** A date-time with an explicit offset (volunteer shifts). */
export const DATETIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/

export const shiftSchema = z
  .strictObject({
    id,
    role: text(),
    start: z
      .string({ error: 'must be a date-time with offset, e.g. 2026-05-23T08:30:00+08:00' })
      .regex(DATETIME_WITH_OFFSET, { error: 'must be a date-time with offset, e.g. 2026-05-23T08:30:00+08:00' }),
    end: z
      .string({ error: 'must be a date-time with offset, e.g. 2026-05-23T12:00:00+08:00' })
      .regex(DATETIME_WITH_OFFSET, { error: 'must be a date-time with offset, e.g. 2026-05-23T12:00:00+08:00' }),
    meetingPoint: text(),
    team: text(),
    lead: text('who leads the shift (a role or organisation)'),
    contact: optionalText.transform((v) => v ?? undefined),
    bring: z.array(text()).default([]),
    sample: z.boolean({ error: 'must be true or false (true for a sample roster)' }),
  })
  .refine((s) => Date.parse(s.end) > Date.parse(s.start), { error: 'end must be after start', path: ['end'] })

export const eventSchema = z.strictObject({
  id,
  title: text(),
  kind: oneOf(EVENT_KINDS),
  series: id.optional(),
  start: dateOrDateTime,
  end: dateOrDateTime,
  datePrecision: oneOf(DATE_PRECISIONS).default('day'),
  status: oneOf(EVENT_STATUSES),
  dateNote: text('a note on where the date comes from'),
  region: id,
  venue: id.nullish(),
  audiences: z.array(oneOf(AUDIENCES)).min(1, { error: 'at least one audience is required' }),
  organiser: text(),
  howToJoin: optionalText,
  summary: text(),
  rrule: optionalText,
  exdates: z.array(z.string().regex(DATE_RE, { error: 'must be a date YYYY-MM-DD' })).default([]),
  shifts: z.array(shiftSchema).optional(),
  /** Set on a file that overrides one year's instance of a campaign (content/campaigns/). */
  campaign: id.optional(),
  i18n: translations({ title: text().optional(), summary: text().optional(), howToJoin: text().optional() }),
  sources,
})

/** Placeholders a campaign's texts may use; each instance fills them in for its own year. */
export const CAMPAIGN_PLACEHOLDERS = ['year', 'nextYear', 'start', 'end', 'springFestival', 'lanternFestival'] as const

const template = (what: string) =>
  text(what).superRefine((value, ctx) => {
    for (const [, name] of value.matchAll(/\{([^}]*)\}/g)) {
      if (!(CAMPAIGN_PLACEHOLDERS as readonly string[]).includes(name!)) {
        ctx.addIssue({
          code: 'custom',
          message: `{${name}} is not a placeholder; use ${CAMPAIGN_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
        })
      }
    }
  })

const MONTH_DAY_RE = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
const monthDay = (what: string) =>
  z
    .string({ error: `must be ${what} as MM-DD, e.g. 03-31` })
    .regex(MONTH_DAY_RE, { error: `must be ${what} as MM-DD, e.g. 03-31` })
    // 2024 is a leap year: 02-29 is allowed (the last day of February in other years), 04-31 is not.
    .refine((v) => isRealDate('2024', v.slice(0, 2), v.slice(3)), { error: 'is not a day of the year' })

/**
 * A recurring campaign (科技活动周, 科普月, 科技之冬 …): one file with a yearly rule. The build generates an
 * `expected` event for each year from the build date over the next 18 months; an event file with
 * `campaign:` and the instance's id replaces the generated one (a confirmed date, a venue, a roster).
 */
export const campaignSchema = z
  .strictObject({
    id,
    eventId: z
      .string({ error: "must be the id of each year's event, with {year}, e.g. tech-week-{year}-changji" })
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*-\{year\}(-[a-z0-9]+)*$|^\{year\}-[a-z0-9]+(-[a-z0-9]+)*$/, {
        error: "must be the id of each year's event, with {year}, e.g. tech-week-{year}-changji",
      }),
    title: template("the title of each year's event, e.g. {year}年全国科技活动周·昌吉市活动"),
    kind: oneOf(EVENT_KINDS),
    series: id.optional(),
    rule: z
      .strictObject({
        rrule: text('a yearly RRULE for the first day, e.g. FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=1').refine(
          (r) => /(^|;)FREQ=YEARLY(;|$)/.test(r),
          {
            error: 'must be a yearly rule (FREQ=YEARLY;…): one instance a year',
          },
        ),
        days: z.number({ error: 'must be a number of days' }).int({ error: 'must be a whole number of days' }).min(1).max(366).optional(),
        until: monthDay('the last day').optional(),
        untilLunar: monthDay('the last day in the Chinese calendar (01-15 = 元宵节)').optional(),
      })
      .refine((r) => [r.days, r.until, r.untilLunar].filter((v) => v !== undefined).length === 1, {
        error: 'give exactly one of days, until or untilLunar',
      }),
    from: year.optional(),
    to: year.optional(),
    datePrecision: oneOf(DATE_PRECISIONS).default('day'),
    dateNote: template('a note on where the date comes from'),
    region: id,
    venue: id.nullish(),
    audiences: z.array(oneOf(AUDIENCES)).min(1, { error: 'at least one audience is required' }),
    organiser: text(),
    howToJoin: optionalText,
    summary: template('a summary'),
    sources,
  })
  .refine((c) => c.from === undefined || c.to === undefined || c.to >= c.from, { path: ['to'], error: 'must not be before from' })

const targetValue = z.strictObject({
  value: z.number({ error: 'must be a number' }),
  year,
  qualifier: oneOf(QUALIFIERS).nullish(),
})

export const targetSchema = z
  .strictObject({
    id,
    plan: id.optional(),
    scope: oneOf(['plan', 'national']),
    region: id.optional(),
    group: oneOf(TARGET_GROUPS),
    indicator: text(),
    wording: text(),
    wordingNote: optionalText,
    unit: text(),
    baseline: targetValue.nullish(),
    target: targetValue.nullish(),
    stretch: targetValue.nullish(),
    observations: z.array(z.strictObject({ year, value: z.number() })).default([]),
    nature: oneOf(NATURES).nullish(),
    note: optionalText,
    sources,
  })
  .superRefine((t, ctx) => {
    if (t.scope === 'plan' && !t.plan) ctx.addIssue({ code: 'custom', path: ['plan'], message: 'is required when scope is plan' })
    if (!t.baseline && !t.target && t.observations.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'give a baseline, a target or observations' })
    }
  })

export type RegionInput = z.output<typeof regionSchema>
export type PlanInput = z.output<typeof planFrontmatterSchema>
export type VenueInput = z.output<typeof venueSchema>
export type EventInput = z.output<typeof eventSchema>
export type TargetInput = z.output<typeof targetSchema>
export type CampaignInput = z.output<typeof campaignSchema>
