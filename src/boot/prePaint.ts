/**
 * Before the first paint (inlined into <head>): apply a saved 长辈模式 and language, so their users never
 * see the page jump, and keep an early install prompt for useInstallPrompt to take over once the app runs.
 * A 大字 saved before 长辈模式 replaced it (textSize: 'large') turns it on too (src/stores/settings.ts).
 */
import { dirOf, isLanguage } from '../i18n/languageCodes'
import { SETTINGS_MIRROR_KEY } from '../shared/constants'

export default function prePaint(): void {
  try {
    const saved = JSON.parse(localStorage.getItem(SETTINGS_MIRROR_KEY) || '{}') as {
      elderMode?: boolean | null
      textSize?: string
      language?: unknown
    }
    const html = document.documentElement
    if (saved.elderMode || (saved.elderMode == null && saved.textSize === 'large')) html.dataset.elder = ''
    // Chinese is what the HTML says already; Uyghur and Kazakh read right to left.
    if (isLanguage(saved.language) && saved.language !== 'zh-CN') {
      html.lang = saved.language
      html.dir = dirOf(saved.language)
    }
  } catch {
    // No storage (a private window) or a damaged mirror: paint in Chinese at the normal size.
  }
  addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault()
    ;(window as unknown as { __kpxjInstallPrompt?: Event }).__kpxjInstallPrompt = event
  })
}
