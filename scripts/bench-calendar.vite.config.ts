/**
 * Build config for `npm run bench:calendar` only: the app's config with the service worker disabled.
 * At 100 000 events /data/app/event-index.json passes Workbox's 2 MiB precache limit, which fails the
 * normal build; the bench blocks service workers anyway, so first paint is the same as a first visit.
 */
import type { ConfigEnv, PluginOption, UserConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

import base from '../vite.config'

const isPwa = (p: PluginOption) => Boolean(p && typeof p === 'object' && 'name' in p && String(p.name).startsWith('vite-plugin-pwa'))

// The app's config is a function of the mode (it reads .env files): call it, then swap the PWA plugin.
export default async (env: ConfigEnv): Promise<UserConfig> => {
  const config = await (typeof base === 'function' ? base(env) : base)
  return {
    ...config,
    plugins: [...(config.plugins ?? []).flat(2).filter((p) => !isPwa(p)), VitePWA({ disable: true, injectRegister: false })],
  }
}
