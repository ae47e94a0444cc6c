import { describe, expect, it } from 'vitest'

import { useNearMe } from '@/features/map/useNearMe'

function fakeGeolocation(result: { lat: number; lng: number } | { code: number }): Geolocation {
  return {
    getCurrentPosition(success, failure) {
      if ('code' in result)
        failure?.({ code: result.code, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: '' } as GeolocationPositionError)
      else success({ coords: { latitude: result.lat, longitude: result.lng } } as GeolocationPosition)
    },
    watchPosition: () => 0,
    clearWatch: () => undefined,
  }
}

describe('useNearMe', () => {
  it('stays idle until asked, then reports the position', () => {
    const near = useNearMe({ geolocation: fakeGeolocation({ lat: 42.83, lng: 93.5 }) })
    expect(near.state.value).toBe('idle')
    near.request()
    expect(near.state.value).toBe('ready')
    expect(near.position.value).toEqual({ lat: 42.83, lng: 93.5 })
  })

  it('tells a refused permission apart from a missing fix', () => {
    const denied = useNearMe({ geolocation: fakeGeolocation({ code: 1 }) })
    denied.request()
    expect(denied.state.value).toBe('denied')
    const timeout = useNearMe({ geolocation: fakeGeolocation({ code: 3 }) })
    timeout.request()
    expect(timeout.state.value).toBe('unavailable')
    const none = useNearMe({ geolocation: null })
    none.request()
    expect(none.state.value).toBe('unavailable')
    expect(none.position.value).toBeNull()
  })
})
