/**
 * Generates the web editor's fields (Decap CMS widgets) from the content schemas in src/build/schema.ts,
 * so the editor can never drift from what `npm run content:check` accepts: an enum becomes a select list,
 * a list of enum values a multiple select, an id reference a select or a relation, a date-time a text
 * field that only takes Beijing time. Rules that span several fields (end after start, one of three
 * source forms) are content:check's own code, which the editor runs before each save (./entryCheck.ts).
 */
import type { z } from 'zod'

import { dateOrDateTime, DATETIME_WITH_OFFSET } from '../schema'
import { FIELD_TEXT, type FieldText, OPTION_TEXT } from './labels'

/** One Decap CMS field, as written into config.yml. */
export interface EditorField {
  name: string
  label: string
  /** Decap's widgets, and `tristate` (true / false / "unknown", src/build/editor/plugin.ts). */
  widget: 'string' | 'text' | 'select' | 'relation' | 'boolean' | 'number' | 'list' | 'object' | 'tristate'
  required: boolean
  hint?: string
  default?: unknown
  options?: { label: string; value: string }[]
  multiple?: boolean
  min?: number
  max?: number
  value_type?: 'int' | 'float'
  pattern?: [string, string]
  fields?: EditorField[]
  field?: EditorField
  collection?: string
  value_field?: string
  search_fields?: string[]
  display_fields?: string[]
  options_length?: number
  collapsed?: boolean
  summary?: string
}

/** Which collection an id field points at, by field path (the references src/build/validate.ts checks). */
export const REFERENCES: Record<string, string> = {
  'events.region': 'regions',
  'events.venue': 'venues',
  'events.campaign': 'campaigns',
  'campaigns.region': 'regions',
  'campaigns.venue': 'venues',
  'venues.region': 'regions',
  'targets.region': 'regions',
  'targets.plan': 'plans',
  'plans.regions': 'regions',
  'sources.plan': 'plans',
}

/** Regions are few and fixed: a plain select list built from content/regions at build time. */
export interface RegionOption {
  id: string
  name: string
}

export interface FieldContext {
  collection: string
  regions: RegionOption[]
}

type Def = { type: string; [key: string]: unknown }
type Check = { check: string; pattern?: RegExp; minimum?: number; value?: number; format?: string }

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def
const checksOf = (s: z.ZodType): Check[] => ((defOf(s).checks as { _zod: { def: Check } }[] | undefined) ?? []).map((c) => c._zod.def)

/** The schema a field holds once optional, nullable, default and transforms are peeled off. */
export function coreOf(schema: z.ZodType): z.ZodType {
  let s = schema
  for (;;) {
    const def = defOf(s)
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') s = def.innerType as z.ZodType
    else if (def.type === 'pipe') s = def.in as z.ZodType
    else return s
  }
}

/** A field is required when the schema refuses a missing value. */
export const isRequired = (schema: z.ZodType) => !schema.safeParse(undefined).success

/** The object shape of a schema (refinements keep the shape in zod 4). */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | null {
  const def = defOf(coreOf(schema))
  return def.type === 'object' ? (def.shape as Record<string, z.ZodType>) : null
}

/** The label and help for a field path: the most specific entry of labels.ts. */
export function textFor(collection: string, path: string[]): FieldText {
  for (let i = 0; i < path.length; i++) {
    const suffix = path.slice(i).join('.')
    const text = FIELD_TEXT[`${collection}.${suffix}`] ?? FIELD_TEXT[suffix]
    if (text) return text
  }
  throw new Error(`src/build/editor/labels.ts: no Chinese label for ${collection}.${path.join('.')}`)
}

function referenceOf(collection: string, path: string[]): string | undefined {
  for (let i = 0; i < path.length; i++) {
    const suffix = path.slice(i).join('.')
    const target = REFERENCES[`${collection}.${suffix}`] ?? (i > 0 || path.length > 1 ? REFERENCES[suffix] : undefined)
    if (target) return target
  }
  return undefined
}

const optionsOf = (values: readonly string[]) => values.map((value) => ({ label: OPTION_TEXT[value] ?? value, value }))

/** Editor patterns: the schema's own, except that a time zone offset must be Beijing's. */
const DATE = String.raw`\d{4}-\d{2}-\d{2}`
const BEIJING_TIME = String.raw`T\d{2}:\d{2}(:\d{2})?\+08:00`
const DATE_OR_BEIJING: [string, string] = [`^${DATE}(${BEIJING_TIME})?$`, '写日期 2027-05-22，或北京时间 2027-05-22T09:30:00+08:00']

/** What each schema pattern asks for, in the words of the editor's error message. */
const PATTERN_TEXT: Record<string, string> = {
  '^[a-z0-9]+(-[a-z0-9]+)*$': '只能用小写英文字母、数字和单个短横线，如 tech-week-2027',
  '^https?:\\/\\/\\S+$': '写网页地址，以 https:// 开头',
  '^(\\d{4})-(\\d{2})-(\\d{2})$': '写日期 YYYY-MM-DD，如 2027-05-22',
  '^[0-9][0-9-]{6,15}$': '按公布的写电话，如 0991-6386167',
}

function patternOf(schema: z.ZodType): [string, string] | undefined {
  if (schema === dateOrDateTime) return DATE_OR_BEIJING
  const regex = checksOf(schema).find((c) => c.check === 'string_format' && c.pattern)?.pattern
  if (!regex) return undefined
  if (regex.source === DATETIME_WITH_OFFSET.source) return [`^${DATE}${BEIJING_TIME}$`, '北京时间，如 2027-05-22T09:30:00+08:00']
  return [regex.source, PATTERN_TEXT[regex.source] ?? '格式不对，请看下方说明']
}

/** Fields of an object schema, or of all the forms of a union of objects (each then optional). */
/**
 * Record fields the editor leaves to the files: translations (`i18n`) are written by translators, who work
 * in the files next to the Chinese (docs/translating.md). Decap would also demand `reviewed` in every
 * language of every new record.
 */
export const NOT_IN_EDITOR: readonly string[] = ['i18n']

function objectFields(schema: z.ZodType, ctx: FieldContext, path: string[]): EditorField[] {
  const core = coreOf(schema)
  const def = defOf(core)
  if (def.type === 'union') {
    const seen = new Map<string, EditorField>()
    for (const option of def.options as z.ZodType[]) {
      for (const field of objectFields(option, ctx, path)) if (!seen.has(field.name)) seen.set(field.name, { ...field, required: false })
    }
    return [...seen.values()]
  }
  const shape = shapeOf(core)
  if (!shape) throw new Error(`${ctx.collection}.${path.join('.')}: expected an object schema`)
  return Object.entries(shape)
    .filter(([name]) => !(path.length === 0 && NOT_IN_EDITOR.includes(name)))
    .map(([name, child]) => fieldFor(name, child, ctx, [...path, name]))
}

/** One schema field as an editor field. */
export function fieldFor(name: string, schema: z.ZodType, ctx: FieldContext, path: string[]): EditorField {
  const [label, hint] = textFor(ctx.collection, path)
  const required = isRequired(schema)
  const base = { name, label, required, ...(hint ? { hint } : {}) }
  const outer = defOf(schema)
  const fallback = outer.type === 'default' ? (outer.defaultValue as unknown) : undefined
  const withDefault = <T extends EditorField>(f: T): T =>
    fallback !== undefined && !Array.isArray(fallback) ? { ...f, default: fallback } : f
  const core = coreOf(schema)
  const def = defOf(core)
  const reference = referenceOf(ctx.collection, path)

  if (reference === 'regions') {
    const options = ctx.regions.map((r) => ({ label: `${r.name}（${r.id}）`, value: r.id }))
    if (def.type === 'array') return { ...base, widget: 'select', multiple: true, options, min: minOf(core) }
    return { ...base, widget: 'select', options }
  }
  if (reference) {
    const display = reference === 'plans' ? 'shortTitle' : 'name'
    return {
      ...base,
      widget: 'relation',
      collection: reference,
      value_field: 'id',
      search_fields: [display, 'id'],
      display_fields: [display],
      options_length: 50,
      ...(def.type === 'array' ? { multiple: true } : {}),
    }
  }

  switch (def.type) {
    case 'string': {
      const pattern = patternOf(core)
      const long = /(^|\.)(summary|note|dateNote|text|general|wording|wordingNote|feeNote)$/.test(path.join('.'))
      return withDefault({ ...base, widget: long ? 'text' : 'string', ...(pattern ? { pattern } : {}) })
    }
    case 'enum':
      return withDefault({ ...base, widget: 'select', options: optionsOf((core as unknown as { options: string[] }).options) })
    case 'boolean':
      return withDefault({ ...base, widget: 'boolean', ...(fallback === undefined ? {} : { default: fallback }) })
    case 'number': {
      const checks = checksOf(core)
      const min = checks.find((c) => c.check === 'greater_than')?.value
      const max = checks.find((c) => c.check === 'less_than')?.value
      const int = checks.some((c) => c.format === 'safeint')
      return {
        ...base,
        widget: 'number',
        value_type: int ? 'int' : 'float',
        ...(min === undefined ? {} : { min }),
        ...(max === undefined ? {} : { max }),
      }
    }
    case 'union': {
      const kinds = (def.options as z.ZodType[]).map((o) => defOf(coreOf(o)).type)
      // `lines: "12"` or `12`: a text field with the schema's check keeps the value a string.
      if (kinds.every((k) => k === 'string' || k === 'number'))
        return { ...base, widget: 'string', pattern: [String.raw`^\d+(-\d+)?$`, '写行号，如 12 或 12-15'] }
      // true | false | "unknown": our own select keeps each value's type (Decap's stores only text).
      if (kinds.every((k) => k === 'boolean' || k === 'literal')) return { ...base, widget: 'tristate' }
      return { ...base, widget: 'list', fields: objectFields(core, ctx, path), collapsed: false }
    }
    case 'object': {
      // An object a record may leave out (a target's baseline, null in most files): Decap checks the fields
      // inside it even when it is empty, and refused to save such a record. content:check (which the editor
      // runs before saving, ./entryCheck.ts) still requires them once the object is given.
      const fields = objectFields(core, ctx, path)
      const optional = !required || schema.safeParse(null).success
      return { ...base, widget: 'object', fields: optional ? fields.map(optionalField) : fields, collapsed: false }
    }
    case 'array': {
      const element = def.element as z.ZodType
      const item = defOf(coreOf(element))
      const min = minOf(core)
      const bounds = min === undefined ? {} : { min }
      if (item.type === 'enum')
        return {
          ...base,
          widget: 'select',
          multiple: true,
          options: optionsOf((coreOf(element) as unknown as { options: string[] }).options),
          ...bounds,
        }
      if (item.type === 'object' || item.type === 'union')
        return { ...base, widget: 'list', fields: objectFields(element, ctx, path), collapsed: false, ...bounds }
      // A list of plain values (ids, dates, words): one per line.
      return { ...base, widget: 'list', field: { ...fieldFor(name, element, ctx, path), label }, ...bounds }
    }
    default:
      throw new Error(`${ctx.collection}.${path.join('.')}: no editor widget for a zod ${def.type}`)
  }
}

/**
 * A field, and every field inside it, as optional to Decap. A number's range goes too: Decap hands the fields
 * of an empty object its null, which its range check reads as 0 ("年份必须位于 2000 和 2100 之间").
 */
function optionalField(field: EditorField): EditorField {
  const { min: _min, max: _max, ...rest } = field
  const kept = field.widget === 'number' ? rest : field
  return { ...kept, required: false, ...(field.fields ? { fields: field.fields.map(optionalField) } : {}) }
}

function minOf(schema: z.ZodType): number | undefined {
  return checksOf(schema).find((c) => c.check === 'min_length')?.minimum
}

/** Every field of a record schema, in schema order. */
export function fieldsFor(schema: z.ZodType, ctx: FieldContext): EditorField[] {
  return objectFields(schema, ctx, [])
}
