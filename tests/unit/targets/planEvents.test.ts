import { resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { compileContent } from '../../../src/build/compile'

const root = resolve(__dirname, '../../..')

describe('plan events in the compiled catalog', () => {
  const { catalog, events } = compileContent({ contentDir: resolve(root, 'content'), rootDir: root, builtAt: '2026-01-01T00:00:00.000Z' })

  it('lists, for each plan, one entry per event record that cites it, linking to a real occurrence', () => {
    const ids = new Set(events.map((e) => e.id))
    for (const plan of catalog.plans) {
      const citing = new Set(events.filter((e) => e.sources.some((s) => 'plan' in s && s.plan === plan.id)).map((e) => e.recordId))
      expect(plan.events?.length, plan.id).toBe(citing.size)
      for (const ref of plan.events ?? []) expect(ids.has(ref.id), ref.id).toBe(true)
    }
    expect(catalog.plans.find((p) => p.id === 'changji-14')!.events!.length).toBeGreaterThan(0)
  })
})
