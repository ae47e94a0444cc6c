/**
 * Build config for `npm run bench:calendar` and `npm run bench:build` only: the app's config with the service
 * worker disabled. At 100 000 events /data/app/event-index.json passes Workbox's 2 MiB precache limit, which
 * fails the normal build; the benches block service workers anyway, so first paint is the same as a first visit.
 */
import { type ConfigEnv, defineConfig, type PluginOption, type UserConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

import base from '../vite.config'

const isPwa = (p: PluginOption) => Boolean(p && typeof p === 'object' && 'name' in p && String(p.name).startsWith('vite-plugin-pwa'))

// The app's config is a function of the mode (it reads .env files): resolve it, then drop the PWA plugins.
export default defineConfig(async (env: ConfigEnv) => {
  const config: UserConfig = typeof base === 'function' ? await base(env) : await base
  return {
    ...config,
    plugins: [...(config.plugins ?? []).flat(Infinity as 2).filter((p) => !isPwa(p)), VitePWA({ disable: true, injectRegister: false })],
  }
})
