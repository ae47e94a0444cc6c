/**
 * What of a record still parses when the record as a whole fails its schema. The checks across fields (an
 * end before the start, a `from` naming no published source) used to wait until every field was right, so an
 * organiser fixed five problems, saved, and only then heard of a sixth. They now run on the fields that did
 * parse, field by field: a field that failed is left out (its own problem is already reported) and every check
 * skips what is missing.
 */
import { z } from 'zod'

/** A parsed value with any field, at any depth, possibly missing; list items keep their places (a hole). */
export type DeepPartial<T> = T extends readonly (infer U)[]
  ? (DeepPartial<U> | undefined)[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T

/** The schema a value is checked by once optional, default and nullable wrappers are set aside. */
function unwrap(schema: z.ZodType, data: unknown): z.ZodType {
  let inner = schema
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault || inner instanceof z.ZodNullable) {
    // undefined and null are these wrappers' own business: safeParse has already said they do not fit.
    if (data === undefined || data === null) return inner
    inner = inner.unwrap() as z.ZodType
  }
  return inner
}

const isPlainObject = (data: unknown): data is Record<string, unknown> => data !== null && typeof data === 'object' && !Array.isArray(data)

/**
 * `data` parsed by `schema` where it can be: the whole value when it fits; else, for an object, the fields
 * that fit (each tried on its own, recursively) and, for a list, each item tried on its own. `undefined` when
 * nothing can be said. Refinements of an object that spans fields are not re-run on the part.
 */
export function partialParse<S extends z.ZodType>(schema: S, data: unknown): DeepPartial<z.output<S>> | undefined {
  return parse(schema, data) as DeepPartial<z.output<S>> | undefined
}

function parse(schema: z.ZodType, data: unknown): unknown {
  const whole = schema.safeParse(data)
  if (whole.success) return whole.data
  const inner = unwrap(schema, data)
  if (inner instanceof z.ZodObject && isPlainObject(data)) {
    const out: Record<string, unknown> = {}
    for (const [key, field] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
      const value = parse(field, data[key])
      if (value !== undefined) out[key] = value
    }
    return out
  }
  if (inner instanceof z.ZodArray && Array.isArray(data)) return data.map((item) => parse(inner.element as z.ZodType, item))
  return undefined
}
