/**
 * 朗读: reads a short text aloud with the browser's own speech synthesis, in a Chinese voice. Many phones
 * have none (or the browser has no speech at all): then `available` stays false and callers show nothing.
 * Voices arrive asynchronously in Chrome (`getVoices()` is empty until `voiceschanged`), so the choice is
 * made again whenever the list changes.
 */
import { computed, type ComputedRef, onScopeDispose, type Ref, ref, type ShallowRef, shallowRef } from 'vue'

/** The parts of `speechSynthesis` used here (injectable for tests). */
export type SpeechSynth = Pick<SpeechSynthesis, 'getVoices' | 'speak' | 'cancel' | 'addEventListener' | 'removeEventListener'>

export interface UseReadAloudOptions {
  synth?: SpeechSynth | null
  /** Makes an utterance; `SpeechSynthesisUtterance` by default. */
  utterance?: (text: string) => SpeechSynthesisUtterance
}

export interface UseReadAloudReturn {
  voice: ShallowRef<SpeechSynthesisVoice | null>
  available: ComputedRef<boolean>
  speaking: Ref<boolean>
  speak: (text: string) => void
  stop: () => void
}

/** The best Chinese voice: Mandarin of the mainland first, then any Chinese; a voice on the device before a network one. */
export function chineseVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | null {
  const rank = (v: SpeechSynthesisVoice) => {
    const lang = v.lang.replace('_', '-').toLowerCase()
    const base = lang === 'zh-cn' || lang === 'cmn-hans-cn' ? 0 : /^(zh|cmn)(-|$)/.test(lang) ? 2 : -1
    return base < 0 ? -1 : base + (v.localService ? 0 : 1)
  }
  let best: SpeechSynthesisVoice | null = null
  for (const v of voices) {
    const r = rank(v)
    if (r >= 0 && (!best || r < rank(best))) best = v
  }
  return best
}

/** Ranges read as words: a voice may read the dash in "09:00–17:00" as a minus sign, or skip it. */
export const forSpeech = (text: string) => text.replace(/\s*[–—]\s*/g, '至')

const defaultSynth = (): SpeechSynth | null => (typeof speechSynthesis === 'undefined' ? null : speechSynthesis)

export function useReadAloud(options: UseReadAloudOptions = {}): UseReadAloudReturn {
  const synth = options.synth === undefined ? defaultSynth() : options.synth
  const makeUtterance = options.utterance ?? ((text: string) => new SpeechSynthesisUtterance(text))
  const voice = shallowRef<SpeechSynthesisVoice | null>(null)
  const speaking = ref(false)

  const pick = () => {
    try {
      voice.value = synth ? chineseVoice(synth.getVoices()) : null
    } catch {
      voice.value = null
    }
  }
  pick()
  synth?.addEventListener('voiceschanged', pick)

  function stop() {
    speaking.value = false
    synth?.cancel()
  }

  function speak(text: string) {
    if (!synth || !voice.value) return
    // One reading at a time: a second tap starts over rather than queueing.
    synth.cancel()
    const u = makeUtterance(text)
    u.voice = voice.value
    u.lang = voice.value.lang
    // A little slower than the default, for older listeners.
    u.rate = 0.9
    u.onend = u.onerror = () => (speaking.value = false)
    speaking.value = true
    try {
      synth.speak(u)
    } catch {
      speaking.value = false
    }
  }

  onScopeDispose(() => {
    synth?.removeEventListener('voiceschanged', pick)
    if (speaking.value) stop()
  })

  return { voice, available: computed(() => voice.value !== null), speaking, speak, stop }
}
