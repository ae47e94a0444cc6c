/**
 * Content schemas. Imported by the build compiler, and bundled into the web editor's check before saving
 * (/admin/save-check.js, src/build/editor/entryCheck.ts); zod never reaches the app's bundle.
 * Messages are written for content editors, in Chinese: they complete "file:line: field: …".
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
import { OPTION_TEXT } from './editor/labels'

/** The Chinese words for each kind of value zod expects, for checks that give no message of their own. */
const EXPECTED_TEXT: Record<string, string> = {
  string: '应填写文字',
  number: '应填写数字',
  int: '应填写整数',
  boolean: '只能填 true 或 false',
  array: '应为列表（每行一项，以“- ”开头，或写成 [甲, 乙]）',
  object: '应为一组字段（下一行缩进写“字段: 值”）',
}

/**
 * Chinese for zod's own messages, where a schema below sets none (`leadDays: -1`, a list given as text …).
 * Set once for the process (the build, or the editor's page): there zod checks only content.
 */
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return EXPECTED_TEXT[issue.expected] ?? '格式不对，请对照 content/README.md'
      case 'too_small':
        return issue.origin === 'array' ? `至少要有 ${issue.minimum} 项` : `不能小于 ${issue.minimum}`
      case 'too_big':
        return issue.origin === 'array' ? `最多只能有 ${issue.maximum} 项` : `不能大于 ${issue.maximum}`
      case 'invalid_value':
        return `只能是以下之一：${issue.values.map(String).join('、')}`
      case 'unrecognized_keys':
        return `不认识的字段：${issue.keys.join('、')}（请对照 content/README.md 检查拼写）`
      default:
        return '格式不对，请对照 content/README.md'
    }
  },
})

/**
 * A value as an editor types it, with its meaning where it is a code (`confirmed（已确认）`); a label's own
 * brackets become a comma, so they do not nest (`expected（预计，主办方尚未确认）`).
 */
const optionText = (value: string) => {
  const label = OPTION_TEXT[value]?.replace(/（(.*)）$/, '，$1')
  return label ? `${value}（${label}）` : value
}

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `只能是以下之一：${values.map(optionText).join('、')}` })

const text = (what = '文字') =>
  z
    .string({ error: `应填写${what}` })
    .trim()
    .min(1, { error: `不能为空` })

const optionalText = z.string({ error: '应填写文字' }).nullish()

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
              reviewed: z.boolean({ error: '只能填 true 或 false（这条译文是否已由母语者审校过？）' }),
            })
            .optional(),
        ]),
      ),
    } as Record<(typeof CONTENT_LANGUAGES)[number], z.ZodOptional<z.ZodObject<S & { reviewed: z.ZodBoolean }>>>)
    .optional()

const between = (min: number, max: number) => {
  const error = `应填写 ${min} 到 ${max} 之间的数字`
  return z.number({ error }).min(min, { error }).max(max, { error })
}

const year = z
  .number({ error: '应填写年份，例如 2025' })
  .int({ error: '年份应为整数，例如 2025' })
  .min(2000, { error: '年份应在 2000 到 2100 之间' })
  .max(2100, { error: '年份应在 2000 到 2100 之间' })

const id = z
  .string({ error: '应填写编号' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: '只能用小写英文字母、数字和单个短横线，例如 tech-week-2027-changji' })

/** Plain calendar date, meaning an all-day date in Beijing time. */
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
/** Date-time with an explicit offset; a bare local time would be ambiguous across devices. */
const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2})?(Z|[+-]\d{2}:\d{2})$/

function isRealDate(y: string, m: string, d: string): boolean {
  const date = new Date(Date.UTC(+y, +m - 1, +d))
  return date.getUTCFullYear() === +y && date.getUTCMonth() === +m - 1 && date.getUTCDate() === +d
}

export const dateOrDateTime = z
  .string({ error: '应填写日期（如 2026-05-23）或带时区的北京时间（如 2026-05-23T09:30:00+08:00）' })
  .superRefine((value, ctx) => {
    const date = DATE_RE.exec(value)
    const dt = DATETIME_RE.exec(value)
    if (!date && !dt) {
      const message = /^\d{4}-\d{2}-\d{2}T/.test(value)
        ? '时间后面要写时区 +08:00（北京时间），例如 2026-05-23T09:30:00+08:00'
        : '应填写日期（如 2026-05-23）或带时区的北京时间（如 2026-05-23T09:30:00+08:00）'
      ctx.addIssue({ code: 'custom', message })
      return
    }
    const [, y, m, d] = (date ?? dt)!
    if (!isRealDate(y!, m!, d!)) ctx.addIssue({ code: 'custom', message: `${value} 不是真实存在的日期` })
    else if (dt) {
      const [hh, mm] = [Number(dt[4]), Number(dt[5])]
      const offset = /([+-])(\d{2}):(\d{2})$/.exec(dt[7]!)
      if (hh > 23 || mm > 59) ctx.addIssue({ code: 'custom', message: `${value} 不是有效的时刻（应在 00:00–23:59 之间）` })
      // Real offsets run from −12:00 to +14:00.
      else if (offset && (Number(offset[2]) * 60 + Number(offset[3]) > 14 * 60 || Number(offset[3]) > 59))
        ctx.addIssue({ code: 'custom', message: `${value} 的时区不存在；北京时间写 +08:00` })
    }
  })

/** A published day (YYYY-MM-DD) or, when the page gives only the month, YYYY-MM. */
const PUBLISHED_RE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/

const PUBLISHED_FORM = '应填写日期 YYYY-MM-DD，例如 2026-05-23（网页只写到月份时填 YYYY-MM）'
const publishedDate = z
  .string({ error: PUBLISHED_FORM })
  .regex(PUBLISHED_RE, { error: PUBLISHED_FORM })
  // 2026-02-30: the form is right, the day does not exist (a form that is wrong is told about once, above).
  .refine(
    (v) => {
      const m = PUBLISHED_RE.exec(v)
      return !m || isRealDate(m[1]!, m[2]!, m[3] ?? '01')
    },
    { error: '应填写真实存在的日期 YYYY-MM-DD（网页只写到月份时填 YYYY-MM）' },
  )

/**
 * A notice or article published by a venue, its operator or official media. Dates in the future are
 * rejected by the build (src/build/validate.ts), which knows the build date.
 */
export const publishedSourceSchema = z
  .strictObject({
    id: id,
    url: z
      .string({ error: '应填写网页地址（以 https:// 开头）' })
      .regex(/^https?:\/\/\S+$/, { error: '应填写网页地址（以 https:// 开头）' }),
    title: text('网页标题'),
    publisher: text('发布单位，例如 新疆科技馆 或 天山网'),
    published: publishedDate,
    retrieved: z
      .string({ error: '应填写日期 YYYY-MM-DD，例如 2026-05-23' })
      .regex(DATE_RE, { error: '应填写日期 YYYY-MM-DD，例如 2026-05-23' })
      .refine(
        (v) => {
          const m = DATE_RE.exec(v)!
          return isRealDate(m[1]!, m[2]!, m[3]!)
        },
        { error: '应填写真实存在的日期 YYYY-MM-DD' },
      ),
    note: optionalText.transform((v) => v ?? undefined),
  })
  // Compared only when both are dates: a 发布日期 written 2026/5/1 is told about once, not also the 查阅日期.
  .refine((s) => !PUBLISHED_RE.test(s.published) || !DATE_RE.test(s.retrieved) || s.retrieved >= s.published.slice(0, 10), {
    path: ['retrieved'],
    error: '不能早于发布日期',
  })

/** The union's message; the web editor says it in its fields' words instead (src/build/editor/entryCheck.ts). */
export const SOURCE_FORMS =
  '应为三种来源写法之一：规划 { plan, section, lines }、常识 { general: 说明 }、已发布网页 { id, url, title, publisher, published, retrieved }'

export const sourceSchema = z.union(
  [
    z.strictObject({
      plan: id,
      section: text('章节，例如 第三章第四节'),
      lines: z
        .union([z.string(), z.number()], { error: '应填写行号或行号范围，例如 "12" 或 "12-15"' })
        .transform(String)
        .refine((v) => /^\d+(-\d+)?$/.test(v), { error: '应填写行号或行号范围，例如 "12" 或 "12-15"' })
        // A range written backwards or a line 0 cites nothing: the reader could not find the passage.
        .refine(
          (v) => {
            const [from = 0, to = from] = v.split('-').map(Number)
            return !/^\d+(-\d+)?$/.test(v) || (from >= 1 && to >= from)
          },
          { error: '行号从 1 开始，范围要从小到大，例如 "12-15"' },
        ),
    }),
    z.strictObject({ general: text('用户看到的说明，例如 全国科技活动周一般在5月下旬举行') }),
    publishedSourceSchema,
  ],
  { error: SOURCE_FORMS },
)

const sources = z.array(sourceSchema, { error: '应为来源列表' }).min(1, { error: '至少要有一条来源' })

/** Which published sources (by their `id` in the record's `sources`) back a group of facts. */
const from = z.array(id, { error: '应为已发布来源的编号列表' }).optional()

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
  /** Both names together: a page shows a region by one or the other, and never mixes languages between them. */
  i18n: translations({ name: text(), shortName: text() }),
  sources,
})

export const planFrontmatterSchema = z.strictObject({
  id,
  title: text(),
  shortTitle: text(),
  issuer: text(),
  docNumber: optionalText,
  issued: z.string().regex(DATE_RE, { error: '应填写日期 YYYY-MM-DD，不清楚时填 null' }).nullish(),
  period: z
    .strictObject({ start: year, end: year })
    .refine((p) => p.end >= p.start, { error: 'end（结束年份）不能早于 start（开始年份）' }),
  regions: z.array(id).min(1, { error: '至少要有一个地区' }),
  seed: text('规划原文在 shared/seeds/ 里的文件名'),
  /** How many lines the plan's text has: a source citing a line past it cites nothing (the text is not in this repository). */
  seedLines: z.number({ error: '应填写规划原文的行数（数字）' }).int({ error: '应填写整数' }).min(1, { error: '至少 1 行' }),
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
  inPlans: z.boolean({ error: '只能填 true 或 false' }),
  summary: text(),
  audiences: z.array(oneOf(AUDIENCES)).min(1, { error: '至少要有一类面向人群' }),
  topics: z.array(text()).default([]),
  activities: z.array(text()).default([]),
  fee: oneOf(['free', 'paid', 'unknown']),
  feeNote: optionalText.transform((v) => v ?? undefined),
  feeFrom: from,
  contact: z
    .strictObject({
      phone: z
        .string({ error: '应按公布的写法填写电话，例如 0991-6386167' })
        .regex(/^[0-9][0-9-]{6,15}$/, { error: '应按公布的写法填写电话，例如 0991-6386167' })
        .optional(),
      channel: optionalText.transform((v) => v ?? undefined),
      from: z.array(id).min(1, { error: '电话或预约渠道要写明出自哪条已发布来源（填来源编号）' }),
    })
    .optional(),
  closures: z
    .array(
      z
        .strictObject({
          start: z.string().regex(DATE_RE, { error: '应填写日期 YYYY-MM-DD，例如 2026-05-23' }),
          end: z.string().regex(DATE_RE, { error: '应填写日期 YYYY-MM-DD，例如 2026-05-23' }),
          text: text(),
          from: z.array(id).min(1, { error: '临时闭馆要写明出自哪条已发布通知（填来源编号）' }),
        })
        .refine((c) => c.end >= c.start, { path: ['end'], error: '不能早于开始日期' }),
    )
    .default([]),
  booking: z
    .strictObject({
      required: z.union([z.boolean(), z.literal('unknown')], { error: '只能填 true、false 或 unknown（不清楚）' }),
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
    .refine((h) => h.osm || h.note, { error: '请填写 osm（开放时间规则）或 note（说明，例如 开放时间请咨询场馆）' })
    // The app reads a subset of the syntax (src/shared/hours.ts); anything else would show as "unknown".
    .refine((h) => !h.osm || parseHours(h.osm).kind === 'weekly', {
      path: ['osm'],
      error: '应用只认得星期范围加时间的写法，例如 "Tu-Su 09:30-17:00; Mo off" 或 "24/7"；其他情况请写在 hours.note 里',
    })
    // Hours in rule form count as published (本周末可以去, 开放中, the map's filters): they must say where they
    // were published, or the page says 开放中 above 未找到公开信息.
    .refine((h) => !h.osm || (h.from?.length ?? 0) > 0, {
      path: ['from'],
      error: '写了开放时间规则 osm，就要写它出自哪条已发布来源（hours.from：sources 里的编号）',
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
      error: '位置精度不是 exact 时，要在 note 里写一句给用户看的说明，例如 位置为大致位置',
    }),
  mobile: z.boolean().default(false),
  i18n: translations({ name: text().optional(), summary: text().optional() }),
  sources,
})

/** A date-time with an explicit offset (volunteer shifts). */
export const DATETIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/

/**
 * A shift's start or end: a date-time with its offset, on a day and at a time that exist (2026-02-30 passed,
 * and Date.parse rolled it over to 2 March while the shift's day stayed 02-30), as an event's times are.
 */
const shiftTime = (example: string) => {
  const error = `应填写带时区的北京时间，例如 ${example}`
  return z
    .string({ error })
    .regex(DATETIME_WITH_OFFSET, { error })
    .superRefine((value, ctx) => {
      if (!DATETIME_WITH_OFFSET.test(value)) return // said above, once
      const checked = dateOrDateTime.safeParse(value)
      if (!checked.success) for (const issue of checked.error.issues) ctx.addIssue({ code: 'custom', message: issue.message })
    })
}

export const shiftSchema = z
  .strictObject({
    id,
    role: text(),
    start: shiftTime('2026-05-23T08:30:00+08:00'),
    end: shiftTime('2026-05-23T12:00:00+08:00'),
    meetingPoint: text(),
    team: text(),
    lead: text('班次负责人（写职务或单位）'),
    contact: optionalText.transform((v) => v ?? undefined),
    bring: z.array(text()).default([]),
    sample: z.boolean({ error: '只能填 true 或 false（示例排班填 true）' }),
  })
  .refine((s) => Date.parse(s.end) > Date.parse(s.start), { error: '必须晚于开始时间', path: ['end'] })

export const eventSchema = z.strictObject({
  id,
  title: text(),
  kind: oneOf(EVENT_KINDS),
  series: id.optional(),
  start: dateOrDateTime,
  end: dateOrDateTime,
  datePrecision: oneOf(DATE_PRECISIONS).default('day'),
  status: oneOf(EVENT_STATUSES),
  dateNote: text('日期出处的说明'),
  region: id,
  venue: id.nullish(),
  audiences: z.array(oneOf(AUDIENCES)).min(1, { error: '至少要有一类面向人群' }),
  organiser: text(),
  howToJoin: optionalText,
  summary: text(),
  rrule: optionalText,
  exdates: z.array(z.string().regex(DATE_RE, { error: '应填写日期 YYYY-MM-DD，例如 2026-05-23' })).default([]),
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
          message: `{${name}} 不是可用的占位符；可用的有：${CAMPAIGN_PLACEHOLDERS.map((p) => `{${p}}`).join('、')}`,
        })
      }
    }
  })

const MONTH_DAY_RE = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
const monthDay = (what: string) =>
  z
    .string({ error: `应按 MM-DD 填写${what}，例如 03-31` })
    .regex(MONTH_DAY_RE, { error: `应按 MM-DD 填写${what}，例如 03-31` })
    // 2024 is a leap year: 02-29 is allowed (the last day of February in other years), 04-31 is not.
    .refine((v) => isRealDate('2024', v.slice(0, 2), v.slice(3)), { error: '不是一年中存在的日期' })

/**
 * A recurring campaign (科技活动周, 科普月, 科技之冬 …): one file with a yearly rule. The build generates an
 * `expected` event for each year from the build date over the next 18 months; an event file with
 * `campaign:` and the instance's id replaces the generated one (a confirmed date, a venue, a roster).
 */
export const campaignSchema = z
  .strictObject({
    id,
    eventId: z
      .string({ error: '应填写每年活动的编号，用 {year} 代表年份，例如 tech-week-{year}-changji' })
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*-\{year\}(-[a-z0-9]+)*$|^\{year\}-[a-z0-9]+(-[a-z0-9]+)*$/, {
        error: '应填写每年活动的编号，用 {year} 代表年份，例如 tech-week-{year}-changji',
      }),
    title: template('每年活动的标题，例如 {year}年全国科技活动周·昌吉市活动'),
    kind: oneOf(EVENT_KINDS),
    series: id.optional(),
    rule: z
      .strictObject({
        rrule: text('每年第一天的重复规则，例如 FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=1').refine((r) => /(^|;)FREQ=YEARLY(;|$)/.test(r), {
          error: '必须是每年一次的规则（FREQ=YEARLY;…）',
        }),
        days: z.number({ error: '应填写天数' }).int({ error: '天数应为整数' }).min(1).max(366).optional(),
        until: monthDay('最后一天').optional(),
        untilLunar: monthDay('农历的最后一天（01-15 即元宵节）').optional(),
      })
      .refine((r) => [r.days, r.until, r.untilLunar].filter((v) => v !== undefined).length === 1, {
        error: 'days、until、untilLunar 三项要填且只填一项',
      }),
    from: year.optional(),
    to: year.optional(),
    datePrecision: oneOf(DATE_PRECISIONS).default('day'),
    dateNote: template('日期出处的说明'),
    region: id,
    venue: id.nullish(),
    audiences: z.array(oneOf(AUDIENCES)).min(1, { error: '至少要有一类面向人群' }),
    organiser: text(),
    howToJoin: optionalText,
    summary: template('简介'),
    sources,
  })
  .refine((c) => c.from === undefined || c.to === undefined || c.to >= c.from, { path: ['to'], error: '不能早于 from（开始年份）' })

const targetValue = z.strictObject({
  value: z.number({ error: '应填写数字' }),
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
    if (t.scope === 'plan' && !t.plan) ctx.addIssue({ code: 'custom', path: ['plan'], message: 'scope 为 plan（规划指标）时必须填写' })
    if (!t.baseline && !t.target && t.observations.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'baseline（基线）、target（目标）、observations（观测值）至少要填一项' })
    }
  })

export type RegionInput = z.output<typeof regionSchema>
export type PlanInput = z.output<typeof planFrontmatterSchema>
export type VenueInput = z.output<typeof venueSchema>
export type EventInput = z.output<typeof eventSchema>
export type TargetInput = z.output<typeof targetSchema>
export type CampaignInput = z.output<typeof campaignSchema>
