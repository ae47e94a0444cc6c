import { onScopeDispose, type Ref, shallowRef } from 'vue'

/** Whether a media query matches, kept up to date (a phone turned sideways, a window resized). */
export function useMediaQuery(query: string): Readonly<Ref<boolean>> {
  const list = typeof matchMedia === 'function' ? matchMedia(query) : undefined
  const matches = shallowRef(list?.matches ?? false)
  if (list) {
    const update = () => (matches.value = list.matches)
    list.addEventListener('change', update)
    onScopeDispose(() => list.removeEventListener('change', update))
  }
  return matches
}
