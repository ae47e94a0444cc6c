/**
 * Build config for `npm run bench:calendar` only: the app's config with the service worker disabled.
 * At 100 000 events /data/app/event-index.json passes Workbox's 2 MiB precache limit, which fails the
 * normal build; the bench blocks service workers anyway, so first paint is the same as a first visit.
 */
import type { PluginOption, UserConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

import base from '../vite.config'

const isPwa = (p: PluginOption) => Boolean(p && typeof p === 'object' && 'name' in p && String(p.name).startsWith('vite-plugin-pwa'))

export default {
  ...(base as UserConfig),
  plugins: [...((base as UserConfig).plugins ?? []).flat(2).filter((p) => !isPwa(p)), VitePWA({ disable: true, injectRegister: false })],
} satisfies UserConfig
