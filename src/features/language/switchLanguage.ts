/** Switching the UI language: save it, make sure its chunk is cached, and start the app again in it. */
import { fetchLanguage, type LanguageCode } from '@/i18n'
import { useSettingsStore } from '@/stores/settings'

/**
 * t() is read once per render and not reactive, so a new language is applied by a reload, which also
 * sets `<html lang dir>` before the first paint (index.html). The chunk is fetched first, so the
 * service worker has it and the reload works offline too.
 */
export async function switchLanguage(code: LanguageCode, reload: () => void = () => location.reload()): Promise<void> {
  if (code !== 'zh-CN') await fetchLanguage(code)
  await useSettingsStore().setLanguage(code)
  reload()
}
