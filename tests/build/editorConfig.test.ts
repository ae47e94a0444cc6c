/**
 * The web editor's fields against the content schemas (issue 17): every schema field has an editor field
 * with the right widget, options and required flag, and the editor has no field the schema lacks. The
 * walk over the schemas here is written independently of src/build/editor/fields.ts, so a change to
 * either side that breaks the match fails here.
 */
import { resolve } from 'node:path'

import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import type { z } from 'zod'

import { EDITOR_SCHEMAS, type EditorCollection, editorConfig, editorConfigYaml, readRegions } from '../../src/build/editor/config'
import { type EditorField, NOT_IN_EDITOR, REFERENCES, textFor } from '../../src/build/editor/fields'
import { COLLECTIONS } from '../../src/build/load'
import { AUDIENCES, EVENT_KINDS, EVENT_STATUSES, VENUE_CATEGORIES } from '../../src/shared/types'

const contentDir = resolve(__dirname, '../../content')
const regions = readRegions(contentDir)
const config = editorConfig({ regions })

type Def = { type: string; [key: string]: unknown }
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def
const unwrap = (s: z.ZodType): z.ZodType => {
  const d = def(s)
  if (['optional', 'nullable', 'default'].includes(d.type)) return unwrap(d.innerType as z.ZodType)
  if (d.type === 'pipe') return unwrap(d.in as z.ZodType)
  return s
}
const CJK = /[\u4e00-\u9fff]/

/** Everything wrong between the schema's fields and the editor's fields at one level, as readable lines. */
function drift(collection: string, schema: z.ZodType, fields: EditorField[], path: string[] = [], optionalParent = false): string[] {
  const core = unwrap(schema)
  const d = def(core)
  const shapes = d.type === 'union' ? (d.options as z.ZodType[]).map((o) => def(unwrap(o)).shape) : [d.shape]
  const keys = new Map<string, z.ZodType[]>()
  for (const shape of shapes as Record<string, z.ZodType>[])
    for (const [k, v] of Object.entries(shape)) keys.set(k, [...(keys.get(k) ?? []), v])
  const problems: string[] = []
  const at = (name: string) => `${collection}.${[...path, name].join('.')}`
  const extra = collection === 'plans' && path.length === 0 ? ['body'] : []
  const leftToFiles = path.length === 0 ? NOT_IN_EDITOR : []
  for (const field of fields)
    if (!keys.has(field.name) && !extra.includes(field.name)) problems.push(`${at(field.name)}: in the editor, not in the schema`)
  for (const [name, forms] of keys) {
    if (leftToFiles.includes(name)) continue
    const field = fields.find((f) => f.name === name)
    if (!field) {
      problems.push(`${at(name)}: in the schema, not in the editor`)
      continue
    }
    // In a union of forms (sources) no field is required on its own; content:check picks the form. Nor in an
    // object that may be left out (a target's baseline): Decap would demand its fields of every record without it.
    const required = d.type === 'union' || optionalParent ? false : !forms[0]!.safeParse(undefined).success
    if (field.required !== required) problems.push(`${at(name)}: required is ${field.required}, schema says ${required}`)
    if (!CJK.test(field.label) || !CJK.test(field.hint ?? '')) problems.push(`${at(name)}: needs a Chinese label and help`)
    const inner = unwrap(forms[0]!)
    const t = def(inner).type
    const ref = REFERENCES[`${collection}.${name}`] ?? (path.length > 0 ? REFERENCES[`${path.at(-1)}.${name}`] : undefined)
    const expectWidget = (widget: string) =>
      field.widget !== widget && problems.push(`${at(name)}: widget ${field.widget}, expected ${widget}`)
    if (ref === 'regions') {
      expectWidget('select')
      if (JSON.stringify(field.options?.map((o) => o.value)) !== JSON.stringify(regions.map((r) => r.id)))
        problems.push(`${at(name)}: region options`)
    } else if (ref) {
      expectWidget('relation')
      if (field.collection !== ref) problems.push(`${at(name)}: relation to ${field.collection}, expected ${ref}`)
    } else if (t === 'enum') {
      expectWidget('select')
      const values = (inner as unknown as { options: string[] }).options
      if (JSON.stringify(field.options?.map((o) => o.value)) !== JSON.stringify(values))
        problems.push(`${at(name)}: options differ from the enum`)
    } else if (t === 'boolean') expectWidget('boolean')
    else if (t === 'union') {
      const kinds = (def(inner).options as z.ZodType[]).map((o) => def(unwrap(o)).type)
      // true | false | "unknown" must keep its types: neither Decap's select (text) nor its switch (true/false).
      if (kinds.every((k) => k === 'boolean' || k === 'literal')) expectWidget('tristate')
      else if (kinds.every((k) => k === 'string' || k === 'number')) expectWidget('string')
    } else if (t === 'number') expectWidget('number')
    else if (t === 'object') {
      expectWidget('object')
      const optional = optionalParent || forms[0]!.safeParse(undefined).success || forms[0]!.safeParse(null).success
      problems.push(...drift(collection, inner, field.fields ?? [], [...path, name], optional))
    } else if (t === 'array') {
      const element = unwrap(def(inner).element as z.ZodType)
      const et = def(element).type
      if (et === 'enum') {
        expectWidget('select')
        if (!field.multiple) problems.push(`${at(name)}: a list of values must be a multiple select`)
      } else if (et === 'object' || et === 'union') {
        expectWidget('list')
        problems.push(...drift(collection, element, field.fields ?? [], [...path, name]))
      } else expectWidget('list')
      const min = (def(inner).checks as { _zod: { def: { check: string; minimum?: number } } }[] | undefined)?.find(
        (c) => c._zod.def.check === 'min_length',
      )?._zod.def.minimum
      if (min !== undefined && field.min !== min) problems.push(`${at(name)}: at least ${min} required, editor says ${field.min}`)
    } else if (t === 'string' && !['string', 'text'].includes(field.widget)) problems.push(`${at(name)}: text field expected`)
  }
  return problems
}

const collection = (name: string) => config.collections.find((c) => c.name === name) as EditorCollection
const field = (fields: EditorField[] | undefined, name: string) => fields?.find((f) => f.name === name) as EditorField

describe('web editor fields generated from the content schemas', () => {
  it('has one collection per content folder, writing where content/README.md says', () => {
    expect(config.collections.map((c) => c.name).sort()).toEqual([...COLLECTIONS].sort())
    for (const c of config.collections) {
      expect(c.folder).toBe(`content/${c.name}`)
      expect(c.slug).toBe('{{fields.id}}')
      expect(c.extension).toBe(c.name === 'plans' ? 'md' : 'yaml')
    }
  })

  it('matches every schema field, with the right widget and required flag, and nothing more', () => {
    const problems = config.collections.flatMap((c) => drift(c.name, EDITOR_SCHEMAS[c.name], c.fields))
    expect(problems).toEqual([])
  })

  it('the drift check fails on an editor that lost a field, gained one or got a flag wrong', () => {
    const events = collection('events')
    const tampered = structuredClone(events.fields)
    tampered.splice(
      tampered.findIndex((f) => f.name === 'summary'),
      1,
    )
    tampered.push({ name: 'price', label: '票价', hint: '元', widget: 'string', required: false })
    field(tampered, 'venue').required = true
    field(field(tampered, 'sources').fields, 'url').widget = 'number'
    expect(drift('events', EDITOR_SCHEMAS.events, tampered)).toEqual([
      'events.price: in the editor, not in the schema',
      'events.venue: required is true, schema says false',
      'events.summary: in the schema, not in the editor',
      'events.sources.url: text field expected',
    ])
  })

  it('offers select lists for regions, categories, audiences and statuses', () => {
    const events = collection('events').fields
    expect(field(events, 'region').options).toContainEqual({ label: '乌鲁木齐市（urumqi）', value: 'urumqi' })
    expect(field(events, 'audiences')).toMatchObject({ widget: 'select', multiple: true, min: 1 })
    expect(field(events, 'audiences').options?.map((o) => o.value)).toEqual([...AUDIENCES])
    expect(field(events, 'kind').options?.map((o) => o.value)).toEqual([...EVENT_KINDS])
    expect(field(events, 'status').options).toEqual(
      EVENT_STATUSES.map((value) => ({ value, label: expect.stringMatching(CJK) as unknown as string })),
    )
    expect(field(collection('venues').fields, 'category').options?.map((o) => o.value)).toEqual([...VENUE_CATEGORIES])
    expect(field(events, 'venue')).toMatchObject({ widget: 'relation', collection: 'venues', value_field: 'id', required: false })
    expect(field(field(collection('venues').fields, 'booking').fields, 'required').widget).toBe('tristate')
  })

  it('takes dates and Beijing date-times only, and requires a source', () => {
    const events = collection('events').fields
    for (const name of ['start', 'end']) {
      const pattern = new RegExp(field(events, name).pattern![0])
      expect(['2027-05-22', '2027-05-22T09:30:00+08:00', '2027-05-22T09:30+08:00'].filter((v) => !pattern.test(v))).toEqual([])
      expect(
        ['2027-05-22T09:30:00+06:00', '2027-05-22T09:30:00Z', '2027-05-22T09:30', '22/05/2027'].filter((v) => pattern.test(v)),
      ).toEqual([])
      expect(field(events, name).hint).toContain('北京时间')
    }
    const shiftStart = new RegExp(field(field(events, 'shifts').fields, 'start').pattern![0])
    expect(shiftStart.test('2027-05-22T08:30:00+08:00')).toBe(true)
    expect(shiftStart.test('2027-05-22')).toBe(false)
    expect(field(events, 'sources')).toMatchObject({ widget: 'list', required: true, min: 1 })
    expect(field(events, 'id').pattern![0]).toBe('^[a-z0-9]+(-[a-z0-9]+)*$')
  })

  it('edits long texts in plain text boxes, never in the rich Markdown editor (Chinese IME bugs)', () => {
    const yaml = editorConfigYaml({ regions })
    expect(yaml).not.toMatch(/widget: markdown/)
    expect(field(collection('events').fields, 'summary').widget).toBe('text')
    expect(field(collection('plans').fields, 'body')).toMatchObject({ widget: 'text', required: true })
  })

  it('writes valid YAML with the Chinese UI, the Forgejo editorial workflow and the local proxy', () => {
    const parsed = parse(
      editorConfigYaml({ regions, backend: { forgejoUrl: 'https://git.kexie.example.cn/', repo: 'kx/kepu', appId: 'abc' } }),
    )
    expect(parsed).toMatchObject({
      locale: 'zh_Hans',
      publish_mode: 'editorial_workflow',
      local_backend: true,
      backend: { name: 'forgejo', repo: 'kx/kepu', app_id: 'abc', api_root: 'https://git.kexie.example.cn/api/v1', branch: 'main' },
    })
  })

  it('refuses to generate a field that has no Chinese label', () => {
    expect(() => textFor('events', ['newField'])).toThrow(/no Chinese label for events\.newField/)
  })
})
