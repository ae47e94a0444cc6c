/**
 * How the app's offline copy stands on this device, set where the service worker is registered
 * (TheUpdatePrompt) and shown on /me. `failed`: the first install was cut short (signal lost, a portal's page,
 * storage full); the browser then drops the registration, and only a new register() tries again.
 */
import { shallowRef } from 'vue'

export type OfflineInstall = 'saving' | 'ready' | 'failed'

export const offlineInstall = shallowRef<OfflineInstall>('saving')
