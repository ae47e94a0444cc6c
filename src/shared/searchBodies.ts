/**
 * The longer text (`b`) of the search documents whose records the catalog holds: a venue's summary and fee
 * note, a plan's summary, a target's notes. The index leaves them out and the browser fills them in from the
 * catalog it has loaded anyway: written in both files they were ~25 KB of the precache twice. Bodies are
 * matched by characters only (no pinyin), so the index's readings do not need them.
 * Shared by the build (src/build/search-index.ts, for the documents of other kinds) and the browser.
 */
import type { Catalog } from './types'

export const words = (...parts: (string | undefined | null | false)[]) => [...new Set(parts.filter((p): p is string => !!p))].join(' ')

export const stripHtml = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()

export type BodyCatalog = Pick<Catalog, 'venues' | 'plans' | 'targets'>

/** `kind:id` → body, for the venues, plans and targets of a catalog. */
export function catalogBodies(catalog: BodyCatalog): Map<string, string> {
  const bodies = new Map<string, string>()
  for (const venue of catalog.venues) bodies.set(`venue:${venue.id}`, words(venue.summary, venue.feeNote))
  for (const plan of catalog.plans) bodies.set(`plan:${plan.id}`, stripHtml(plan.summaryHtml))
  for (const target of catalog.targets) bodies.set(`target:${target.id}`, words(target.wordingNote, target.note))
  return bodies
}

/** A document with its body from the catalog, where the index left it out. */
export function withCatalogBody<D extends { k: string; id: string; b?: string }>(doc: D, bodies: Map<string, string>): D & { b: string } {
  return doc.b !== undefined ? (doc as D & { b: string }) : { ...doc, b: bodies.get(`${doc.k}:${doc.id}`) ?? '' }
}
