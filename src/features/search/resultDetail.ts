/**
 * A result's detail line ("昌吉 · 科技馆") in the reader's language. The index writes it in Chinese at build
 * time; in Uyghur, Kazakh and English a region shows its translated name where its content file has one, an
 * issuer, a plan or an untranslated region stays Chinese content (marked as such for screen readers), and the
 * kind, the years and the theme are the reader's words.
 */
import '@/i18n/zh-CN/targets'

import { locale, type MessagePart, t, term, textLang } from '@/i18n'
import { formatYearRange } from '@/shared/time'
import type { Plan, Region, TargetGroup } from '@/shared/types'
import { localRegion } from '@/stores/catalog'

import type { SearchResult } from './engine'

const SEPARATOR = ' · '

const GROUP_KEY = {
  科学素质: 'targets.groupLiteracy',
  科普: 'targets.groupKepu',
  创新: 'targets.groupInnovation',
} as const satisfies Record<TargetGroup, string>

/** `regions`: the catalog's (Chinese) regions, whose short name the index wrote; shown translated where they are. */
export function resultDetail(result: SearchResult, plansById: ReadonlyMap<string, Plan>, regions: readonly Region[] = []): MessagePart[] {
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
  const region = result.kind === 'plan' ? undefined : regions.find((r) => r.shortName === head)
  const name = region ? localRegion(region).shortName : head
  const first: MessagePart =
    result.kind === 'target' && head === '全国'
      ? { text: t('targets.national') }
      : textLang(name)
        ? { text: name, zh: true }
        : { text: name }
  // A kind without a translation stays Chinese, and is marked so.
  return [first, { text: SEPARATOR }, /\p{Script=Han}/u.test(words) ? { text: words, zh: true } : { text: words }]
}
