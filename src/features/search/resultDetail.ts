/**
 * A result's detail line ("昌吉 · 科技馆") in the reader's language. The index writes it in Chinese at build
 * time; in Uyghur, Kazakh and English the region, issuer or plan stays Chinese content (marked as such for
 * screen readers) and the kind, the years and the theme are the reader's words.
 */
import '@/i18n/zh-CN/targets'

import { locale, type MessagePart, t, term } from '@/i18n'
import { formatYearRange } from '@/shared/time'
import type { Plan, TargetGroup } from '@/shared/types'

import type { SearchResult } from './engine'

const SEPARATOR = ' · '

const GROUP_KEY = {
  科学素质: 'targets.groupLiteracy',
  科普: 'targets.groupKepu',
  创新: 'targets.groupInnovation',
} as const satisfies Record<TargetGroup, string>

export function resultDetail(result: SearchResult, plansById: ReadonlyMap<string, Plan>): MessagePart[] {
  if (locale.code === 'zh-CN') return [{ text: result.detail }]
  if (result.kind === 'setting') return [{ text: t('nav.me') + SEPARATOR + t('search.kind.setting') }]
  const at = result.detail.indexOf(SEPARATOR)
  if (at < 0) return [{ text: result.detail, zh: true }]
  const head = result.detail.slice(0, at)
  const tail = result.detail.slice(at + SEPARATOR.length)
  const plan = result.kind === 'plan' ? plansById.get(result.key) : undefined
  const words = plan
    ? formatYearRange(plan.period.start, plan.period.end)
    : result.kind === 'target'
      ? tail in GROUP_KEY
        ? t(GROUP_KEY[tail as TargetGroup])
        : tail
      : term(tail)
  // A target of no plan is the national figure: the index says 全国.
  const first: MessagePart = result.kind === 'target' && head === '全国' ? { text: t('targets.national') } : { text: head, zh: true }
  // A kind without a translation stays Chinese, and is marked so.
  return [first, { text: SEPARATOR }, /\p{Script=Han}/u.test(words) ? { text: words, zh: true } : { text: words }]
}
