/** User settings, stored on the device. Read synchronously at start so the first paint has the right text size. */
import { defineStore, acceptHMRUpdate } from 'pinia'
import { ref, watch } from 'vue'
import { APP_PREFIX } from '@/shared/constants'

export type TextSize = 'standard' | 'large'

const KEY = `${APP_PREFIX}:settings`

interface StoredSettings {
  textSize: TextSize
  showXinjiangTime: boolean
}

const DEFAULTS: StoredSettings = { textSize: 'standard', showXinjiangTime: false }

function read(): StoredSettings {
  try {
    const raw = globalThis.localStorage?.getItem(KEY)
    return raw ? { ...DEFAULTS, ...(JSON.parse(raw) as Partial<StoredSettings>) } : { ...DEFAULTS }
  } catch {
    return { ...DEFAULTS }
  }
}

export const useSettingsStore = defineStore('settings', () => {
  const initial = read()
  const textSize = ref<TextSize>(initial.textSize)
  const showXinjiangTime = ref(initial.showXinjiangTime)

  watch([textSize, showXinjiangTime], () => {
    try {
      globalThis.localStorage?.setItem(KEY, JSON.stringify({ textSize: textSize.value, showXinjiangTime: showXinjiangTime.value }))
    } catch {
      // Private mode or full storage: the setting still applies for this visit.
    }
  })

  return { textSize, showXinjiangTime }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSettingsStore, import.meta.hot))
