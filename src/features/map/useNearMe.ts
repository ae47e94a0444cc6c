/** The 附近 flow: ask for the position once, behind the browser's permission prompt. */
import { type Ref, shallowRef } from 'vue'

import { rememberPosition } from '@/composables/useKnownPosition'
import type { LatLng } from '@/shared/types'

export type NearMeState = 'idle' | 'locating' | 'ready' | 'denied' | 'unavailable'

export interface UseNearMeOptions {
  /** Injectable for tests. */
  geolocation?: Geolocation | null
  /** Give up after this many ms (a phone indoors may never get a fix). */
  timeout?: number
}

export interface UseNearMeReturn {
  state: Ref<NearMeState>
  position: Ref<LatLng | null>
  request: () => void
}

export function useNearMe(options: UseNearMeOptions = {}): UseNearMeReturn {
  const geolocation =
    options.geolocation !== undefined ? options.geolocation : typeof navigator === 'undefined' ? null : (navigator.geolocation ?? null)
  const state = shallowRef<NearMeState>('idle')
  const position = shallowRef<LatLng | null>(null)

  function request() {
    if (!geolocation) {
      state.value = 'unavailable'
      return
    }
    state.value = 'locating'
    geolocation.getCurrentPosition(
      (p) => {
        position.value = { lat: p.coords.latitude, lng: p.coords.longitude }
        rememberPosition(position.value)
        state.value = 'ready'
      },
      (error) => {
        state.value = error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'
      },
      // A coarse fix is enough to sort venues by city, and arrives much faster indoors.
      { enableHighAccuracy: false, timeout: options.timeout ?? 15_000, maximumAge: 10 * 60_000 },
    )
  }

  return { state, position, request }
}
