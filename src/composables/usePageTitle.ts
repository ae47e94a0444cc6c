import { type MaybeRefOrGetter, toValue, watchEffect } from 'vue'

import { t } from '@/i18n'

/** Set the document title of a detail page once its data is known. */
export function usePageTitle(title: MaybeRefOrGetter<string | undefined>): void {
  watchEffect(() => {
    const value = toValue(title)
    if (value) document.title = `${value} · ${t('app.name')}`
  })
}
