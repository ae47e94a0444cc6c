/**
 * Build config for `npm run bench:calendar` only: the app's config with the service worker disabled. The
 * bench blocks service workers anyway (first paint is that of a first visit), and the build is quicker.
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
