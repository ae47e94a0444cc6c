/**
 * User settings, kept in IndexedDB (kv 'settings') and included in export/import like the rest of "my
 * data". A synchronous localStorage mirror is read in index.html and here at start, so the first paint
 * already has 长辈模式 applied (IndexedDB is async and would make the large text jump); being written
 * first, the mirror is also the newer copy whenever the two differ, except right after an import.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, watch } from 'vue'

import { getDb, requestPersistenceOnce } from '@/data/db'
import { isLanguage, type LanguageCode } from '@/i18n'
import { SETTINGS_MIRROR_KEY } from '@/shared/constants'

/** localStorage key of the first-paint mirror (index.html reads the same key). */
const MIRROR_KEY = SETTINGS_MIRROR_KEY
/** kv key in IndexedDB. */
export const SETTINGS_KV_KEY = 'settings'

interface StoredSettings {
  /**
   * 长辈模式 (适老化): large text, 60 px targets, one column, plain words, no pop-ups. It replaced the
   * 标准 / 大字 choice: a saved `textSize: 'large'` (mirror, IndexedDB or an old backup) turns it on.
   */
  elderMode: boolean
  /** Offer 朗读 (read aloud) on venue and event pages, where the device has a Chinese voice. */
  readAloud: boolean
  showXinjiangTime: boolean
  /** "My region" (a region id): scopes the home page and the calendar's default filter. null: all regions. */
  region: string | null
  /** The home page asked for a region once (chosen or dismissed): it does not ask again. */
  regionAsked: boolean
  /** The UI language; null until the user chose one (Chinese is shown, and a browser preference is offered once). */
  language: LanguageCode | null
}

const DEFAULTS: StoredSettings = {
  elderMode: false,
  readAloud: true,
  showXinjiangTime: false,
  region: null,
  regionAsked: false,
  language: null,
}
const REGION_ID = /^[a-z0-9-]{1,80}$/

/** Keep only known fields with valid values, so an imported or hand-edited value cannot break the app. */
export function normaliseSettings(value: unknown): StoredSettings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof StoredSettings | 'textSize', unknown>>
  return {
    elderMode: typeof v.elderMode === 'boolean' ? v.elderMode : v.textSize === 'large',
    readAloud: typeof v.readAloud === 'boolean' ? v.readAloud : DEFAULTS.readAloud,
    showXinjiangTime: typeof v.showXinjiangTime === 'boolean' ? v.showXinjiangTime : DEFAULTS.showXinjiangTime,
    region: typeof v.region === 'string' && REGION_ID.test(v.region) ? v.region : null,
    regionAsked: v.regionAsked === true,
    language: isLanguage(v.language) ? v.language : null,
  }
}

function readMirror(): { settings: StoredSettings; present: boolean } {
  try {
    const raw = globalThis.localStorage?.getItem(MIRROR_KEY)
    return raw ? { settings: normaliseSettings(JSON.parse(raw)), present: true } : { settings: { ...DEFAULTS }, present: false }
  } catch {
    return { settings: { ...DEFAULTS }, present: false }
  }
}

function writeMirror(settings: StoredSettings) {
  try {
    globalThis.localStorage?.setItem(MIRROR_KEY, JSON.stringify(settings))
  } catch {
    // Private mode or full storage: the setting still applies for this visit.
  }
}

/** The saved UI language, read synchronously before the app mounts (index.html reads it before the first paint). */
export const savedLanguage = () => readMirror().settings.language

export const useSettingsStore = defineStore('settings', () => {
  const mirror = readMirror()
  const elderMode = ref(mirror.settings.elderMode)
  const readAloud = ref(mirror.settings.readAloud)
  const showXinjiangTime = ref(mirror.settings.showXinjiangTime)
  const region = ref<string | null>(mirror.settings.region)
  const regionAsked = ref(mirror.settings.regionAsked)
  const language = ref<LanguageCode | null>(mirror.settings.language)
  /** True while values are being applied from IndexedDB, so that applying them is not a user save. */
  let applying = false

  const current = (): StoredSettings => ({
    elderMode: elderMode.value,
    readAloud: readAloud.value,
    showXinjiangTime: showXinjiangTime.value,
    region: region.value,
    regionAsked: regionAsked.value,
    language: language.value,
  })

  function apply(settings: StoredSettings) {
    applying = true
    elderMode.value = settings.elderMode
    readAloud.value = settings.readAloud
    showXinjiangTime.value = settings.showXinjiangTime
    region.value = settings.region
    regionAsked.value = settings.regionAsked
    language.value = settings.language
    writeMirror(settings)
    // Watchers run after this tick; release the flag after them.
    void Promise.resolve().then(() => (applying = false))
  }

  /**
   * Load the settings. At start the mirror wins when present: every change writes it synchronously, before
   * the IndexedDB write that a quick navigation can cut short, so an older IndexedDB copy must not undo a
   * change the person just made. After an import (`fromDb`) IndexedDB holds the new values and wins.
   */
  async function hydrate(options: { fromDb?: boolean } = {}): Promise<void> {
    try {
      const db = await getDb()
      const stored: unknown = await db.get('kv', SETTINGS_KV_KEY)
      const mirrorNow = readMirror()
      if (stored !== undefined && (options.fromDb || !mirrorNow.present)) apply(normaliseSettings(stored))
      else if (mirrorNow.present && JSON.stringify(normaliseSettings(stored)) !== JSON.stringify(mirrorNow.settings)) {
        await db.put('kv', mirrorNow.settings, SETTINGS_KV_KEY)
      }
    } catch {
      // No IndexedDB (old WebView, private mode): the mirror keeps working for this device.
    }
  }

  async function save(settings: StoredSettings) {
    writeMirror(settings)
    try {
      const db = await getDb()
      await db.put('kv', settings, SETTINGS_KV_KEY)
      void requestPersistenceOnce()
    } catch {
      // Saved in the mirror only.
    }
  }

  watch([elderMode, readAloud, showXinjiangTime, region, regionAsked, language], () => {
    if (!applying) void save(current())
  })
  void hydrate()

  /** Choose "my region" (null: all regions); either way the home page stops asking. */
  function setRegion(id: string | null) {
    region.value = id
    regionAsked.value = true
  }

  /** Save a UI language; the caller reloads the page, which then starts in it. */
  async function setLanguage(code: LanguageCode) {
    language.value = code
    await save(current())
  }

  return { elderMode, readAloud, showXinjiangTime, region, regionAsked, language, setRegion, setLanguage, hydrate }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSettingsStore, import.meta.hot))
