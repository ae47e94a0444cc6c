/**
 * The user's position when it is already known: from 附近 earlier in this session, or read quietly when the
 * browser says geolocation was granted before. Never prompts: a page that merely opens must not ask.
 */
import { type ShallowRef, shallowRef } from 'vue'

import type { LatLng } from '@/shared/types'

const known = shallowRef<LatLng | null>(null)
let asked = false

/** Called by 附近 once the user has allowed it, so other pages can show distances too. */
export function rememberPosition(position: LatLng): void {
  known.value = position
}

export interface UseKnownPositionOptions {
  /** Injectable for tests. */
  navigator?: Pick<Navigator, 'geolocation' | 'permissions'> | null
}

export function useKnownPosition(options: UseKnownPositionOptions = {}): ShallowRef<LatLng | null> {
  const nav = options.navigator !== undefined ? options.navigator : typeof navigator === 'undefined' ? null : navigator
  if (known.value || asked || !nav?.permissions?.query || !nav.geolocation) return known
  asked = true
  nav.permissions
    .query({ name: 'geolocation' })
    .then((status) => {
      if (status.state !== 'granted') return
      nav.geolocation.getCurrentPosition(
        (p) => rememberPosition({ lat: p.coords.latitude, lng: p.coords.longitude }),
        () => undefined,
        { enableHighAccuracy: false, timeout: 15_000, maximumAge: 10 * 60_000 },
      )
    })
    .catch(() => undefined)
  return known
}

/** Forget the position (tests). */
export function resetKnownPosition(): void {
  known.value = null
  asked = false
}
