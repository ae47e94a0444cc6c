/* eslint-disable simple-import-sort/imports -- the global styles come after App.vue's, as the cascade expects */
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { applyLanguage } from './i18n'
import { savedLanguage } from './stores/settings'
import './styles/main.css'
import './styles/shell.css'
import './styles/elder.css'
/* eslint-enable simple-import-sort/imports */

// The first screen is built in a task of its own, not in the one that evaluates the entry's modules: on a
// slow phone the two together were one long task that kept the page from answering a tap.
const mount = () =>
  setTimeout(() => {
    createApp(App).use(createPinia()).use(router).mount('#app')
    // Start-up milestones for the benchmarks (scripts/bench-calendar.ts); marks cost nothing to read later.
    performance.mark('kpxj:mounted')
  })
// Chinese mounts at once; another language first loads its chunk (cached by the service worker once used).
const language = savedLanguage()
// Without its chunk (offline before it was ever cached), the page starts in Chinese, left to right: the
// first-paint script had already set the saved language's lang and dir, and they must not stay on Chinese text.
if (language && language !== 'zh-CN')
  applyLanguage(language).then(mount, () => {
    document.documentElement.lang = 'zh-CN'
    document.documentElement.dir = 'ltr'
    mount()
  })
else mount()
