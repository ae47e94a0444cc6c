import './styles/main.css'
import './styles/shell.css'
import './styles/elder.css'

import { createPinia } from 'pinia'
import { createApp } from 'vue'

import App from './App.vue'
import { applyLanguage } from './i18n'
import { router } from './router'
import { savedLanguage } from './stores/settings'

const mount = () => createApp(App).use(createPinia()).use(router).mount('#app')
// Chinese mounts at once; another language first loads its chunk (cached by the service worker once used).
const language = savedLanguage()
if (language && language !== 'zh-CN') applyLanguage(language).then(mount, mount)
else mount()
