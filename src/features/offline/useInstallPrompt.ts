/**
 * The browser's install prompt (Chromium's `beforeinstallprompt`). The event can fire before the page that
 * shows the hint is open, so it is caught once at start and kept here for any component to use.
 */
import { computed, type ComputedRef, readonly, type Ref, ref } from 'vue'

import { isStandalone } from '@/shared/environment'

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>
}

const deferred = ref<BeforeInstallPromptEvent | null>(null)
const installed = ref(false)
let listening = false

/** Start listening (idempotent); call once when the app starts. */
export function listenForInstallPrompt(win: Window = window): void {
  if (listening) return
  listening = true
  installed.value = isStandalone(win)
  // Caught by index.html if it fired before the app started.
  const early = (win as Window & { __kpxjInstallPrompt?: BeforeInstallPromptEvent }).__kpxjInstallPrompt
  if (early) deferred.value = early
  win.addEventListener('beforeinstallprompt', (event) => {
    // Keep the browser's own mini-infobar away; the app offers installing where it explains why.
    event.preventDefault()
    deferred.value = event as BeforeInstallPromptEvent
  })
  win.addEventListener('appinstalled', () => {
    installed.value = true
    deferred.value = null
  })
}

export interface UseInstallPromptReturn {
  canInstall: ComputedRef<boolean>
  installed: Readonly<Ref<boolean>>
  install: () => Promise<void>
}

/** Whether the browser offers installing now, and a function that shows its prompt. */
export function useInstallPrompt(): UseInstallPromptReturn {
  const canInstall = computed(() => deferred.value !== null && !installed.value)
  async function install() {
    const event = deferred.value
    if (!event) return
    deferred.value = null
    await event.prompt()
    const choice = await event.userChoice.catch(() => ({ outcome: 'dismissed' as const }))
    if (choice.outcome === 'accepted') installed.value = true
  }
  return { canInstall, installed: readonly(installed), install }
}
