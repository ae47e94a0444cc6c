import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { locale } from './i18n'
import './styles/main.css'
import './styles/shell.css'
import './styles/elder.css'

document.documentElement.lang = locale.code
document.documentElement.dir = locale.dir

createApp(App).use(createPinia()).use(router).mount('#app')
