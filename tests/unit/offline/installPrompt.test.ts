// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'

import { listenForInstallPrompt, useInstallPrompt } from '@/features/offline/useInstallPrompt'

describe('listenForInstallPrompt', () => {
  it('takes over a prompt that index.html caught before the app started', () => {
    const early = Object.assign(new Event('beforeinstallprompt'), {
      prompt: async () => {},
      userChoice: Promise.resolve({ outcome: 'accepted' as const }),
    })
    Object.assign(window, { __kpxjInstallPrompt: early })
    listenForInstallPrompt(window)
    expect(useInstallPrompt().canInstall.value).toBe(true)
  })
})
