/**
 * Time for the end-to-end tests. The served build is made as of E2E_TODAY (playwright.config.ts), and every
 * test fixes the page clock: on E2E_NOW, or on a day derived from the content (the next 科技活动周), never on
 * the machine's date.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import type { Page } from '@playwright/test'
import { parse } from 'yaml'

import { campaignInstance } from '../../src/build/campaigns'
import { campaignSchema } from '../../src/build/schema'
import { addDays } from '../../src/shared/time'
import { TEST_TODAY } from '../fixtures/testDay'

/** The day the served build treats as today (Beijing). */
export const E2E_TODAY = process.env.E2E_TODAY ?? TEST_TODAY

/** 10:00 Beijing time on E2E_TODAY. */
export const E2E_NOW = new Date(`${E2E_TODAY}T10:00:00+08:00`)

/** 10:00 Beijing on `day` (YYYY-MM-DD). */
export const beijingMorning = (day: string) => new Date(`${day}T10:00:00+08:00`)

function campaign(id: string) {
  const file = fileURLToPath(new URL(`../../content/campaigns/${id}.yaml`, import.meta.url))
  return campaignSchema.parse(parse(readFileSync(file, 'utf8')))
}

/** The next instance of a campaign that has not ended by E2E_TODAY, from its rule in content/campaigns/. */
export function nextInstance(id: string): { start: string; end: string } {
  const rule = campaign(id)
  for (let year = Number(E2E_TODAY.slice(0, 4)); ; year++) {
    const instance = campaignInstance(rule, year)
    if (instance && instance.end >= E2E_TODAY) return instance
  }
}

/** The third day of the next 全国科技活动周 at 10:00 Beijing, so the home page has its events to show. */
export const TECH_WEEK_NOW = beijingMorning(addDays(nextInstance('tech-week-changji').start, 2))

/**
 * Fix only `Date` (new Date(), Date.now()) at `now`, for tests that need the page's real `performance`:
 * Playwright's page.clock also replaces it, and its getEntriesByType() always returns [].
 */
export const fixDateOnly = (page: Page, now: Date) =>
  page.addInitScript((time) => {
    const RealDate = Date
    class FixedDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length) super(...(args as [string]))
        else super(time)
      }
      static override now() {
        return time
      }
    }
    globalThis.Date = FixedDate as DateConstructor
  }, now.getTime())
