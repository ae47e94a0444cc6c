/**
 * A tiny typed message lookup. A full i18n runtime would cost ~40 KB gzip on the first route; the app
 * needs keys, `{param}` interpolation and a text direction, which fit in a few lines.
 */
import { zhCN } from './zh-CN'

type Messages = typeof zhCN
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]

/** Every message key, e.g. `nav.home`. */
export type MessageKey = Leaves<Messages>

export interface Locale {
  code: string
  dir: 'ltr' | 'rtl'
  messages: Messages
}

export const locale: Locale = { code: 'zh-CN', dir: 'ltr', messages: zhCN }

/** Look up a message and fill in `{name}` parameters. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  let node: unknown = locale.messages
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part]
  const text = typeof node === 'string' ? node : key
  return text.replace(/\{(\w+)\}/g, (_, name: string, at: number) => {
    const value = String(params[name] ?? `{${name}}`)
    // Quotes inside quotes are single: “‘科技之冬’·昌吉市”, never ““科技之冬”·昌吉市”.
    return text[at - 1] === '“' ? value.replace(/“/g, '‘').replace(/”/g, '’') : value
  })
}
