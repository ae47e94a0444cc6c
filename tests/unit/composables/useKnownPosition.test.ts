import { beforeEach, describe, expect, it, vi } from 'vitest'

import { rememberPosition, resetKnownPosition, useKnownPosition } from '@/composables/useKnownPosition'

const fakeNavigator = (state: PermissionState) => {
  const getCurrentPosition = vi.fn((ok: PositionCallback) => ok({ coords: { latitude: 44, longitude: 87.3 } } as GeolocationPosition))
  return {
    getCurrentPosition,
    navigator: {
      permissions: { query: vi.fn(async () => ({ state }) as PermissionStatus) },
      geolocation: { getCurrentPosition } as unknown as Geolocation,
    } as unknown as Pick<Navigator, 'geolocation' | 'permissions'>,
  }
}

// Before, not after: another file in the same worker may have remembered a position already.
beforeEach(resetKnownPosition)

describe('useKnownPosition', () => {
  it('never asks for the position when it was not granted before', async () => {
    const fake = fakeNavigator('prompt')
    const position = useKnownPosition({ navigator: fake.navigator })
    await vi.waitFor(() => expect(fake.navigator.permissions.query).toHaveBeenCalled())
    expect(fake.getCurrentPosition).not.toHaveBeenCalled()
    expect(position.value).toBeNull()
  })

  it('reads it quietly when geolocation was granted before', async () => {
    const fake = fakeNavigator('granted')
    const position = useKnownPosition({ navigator: fake.navigator })
    await vi.waitFor(() => expect(position.value).toEqual({ lat: 44, lng: 87.3 }))
  })

  it('shares what 附近 found, without asking anything', () => {
    rememberPosition({ lat: 43.8, lng: 87.6 })
    const fake = fakeNavigator('granted')
    expect(useKnownPosition({ navigator: fake.navigator }).value).toEqual({ lat: 43.8, lng: 87.6 })
    expect(fake.navigator.permissions.query).not.toHaveBeenCalled()
  })
})
