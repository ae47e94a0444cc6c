import { describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'

import { chineseVoice, forSpeech, type SpeechSynth, useReadAloud } from '@/composables/useReadAloud'
import { eventEssentials } from '@/features/calendar/readAloud'
import { venueEssentials } from '@/features/venues/readAloud'

import { makeEvent, makeVenue } from '../builders'

const voice = (lang: string, localService = true, name = lang) =>
  ({ lang, localService, name, voiceURI: name, default: false }) as SpeechSynthesisVoice

/** A speech synthesis whose voices arrive later, as in Chrome. */
function fakeSynth() {
  let voices: SpeechSynthesisVoice[] = []
  const target = new EventTarget()
  const synth = {
    getVoices: () => voices,
    speak: vi.fn(),
    cancel: vi.fn(),
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
  }
  const arrive = (list: SpeechSynthesisVoice[]) => {
    voices = list
    target.dispatchEvent(new Event('voiceschanged'))
  }
  return { synth: synth as unknown as SpeechSynth & typeof synth, arrive }
}

describe('chineseVoice', () => {
  it('prefers Mandarin of the mainland on the device, then any Chinese voice, and never another language', () => {
    expect(chineseVoice([voice('en-US'), voice('zh-TW'), voice('zh-CN', false), voice('zh_CN')])?.lang).toBe('zh_CN')
    expect(chineseVoice([voice('en-US'), voice('zh-HK')])?.lang).toBe('zh-HK')
    expect(chineseVoice([voice('en-US'), voice('ug-CN'), voice('kk-KZ')])).toBeNull()
    expect(chineseVoice([])).toBeNull()
  })
})

describe('useReadAloud', () => {
  it('becomes available when a Chinese voice arrives, and speaks with it, slower than usual', () => {
    const { synth, arrive } = fakeSynth()
    const scope = effectScope()
    const r = scope.run(() => useReadAloud({ synth, utterance: (text) => ({ text }) as SpeechSynthesisUtterance }))!
    expect(r.available.value).toBe(false)
    r.speak('不会读')
    expect(synth.speak).not.toHaveBeenCalled()
    arrive([voice('en-US'), voice('zh-CN')])
    expect(r.available.value).toBe(true)
    r.speak('新疆科技馆')
    const u = synth.speak.mock.calls[0]![0] as SpeechSynthesisUtterance
    expect(u).toMatchObject({ text: '新疆科技馆', lang: 'zh-CN', rate: 0.9 })
    expect(r.speaking.value).toBe(true)
    u.onend!({} as SpeechSynthesisEvent)
    expect(r.speaking.value).toBe(false)
    // Leaving the page stops a reading still going.
    r.speak('再读一遍')
    scope.stop()
    expect(synth.cancel).toHaveBeenCalledTimes(3)
  })

  it('is never available without speech synthesis', () => {
    const r = effectScope().run(() => useReadAloud({ synth: null }))!
    expect(r.available.value).toBe(false)
  })
})

describe('what 朗读 says', () => {
  it('reads ranges with 至, never a dash', () => {
    expect(forSpeech('09:00–17:00')).toBe('09:00至17:00')
    expect(forSpeech('2026—2027年度')).toBe('2026至2027年度')
    expect(forSpeech('北京路12-3号')).toBe('北京路12-3号')
  })

  it('gives a venue’s name, hours and place', () => {
    const venue = makeVenue({
      name: '测试科技馆',
      hours: { osm: 'Tu-Su 10:00-18:00' },
      location: { ...makeVenue().location, address: '测试路1号' },
    })
    // A Tuesday at 11:00 Beijing time.
    const text = venueEssentials(venue, '昌吉市', new Date('2026-11-24T11:00:00+08:00'))
    expect(text).toMatch(/^测试科技馆。开放时间：开放中，18:00 关门，.*10:00至18:00.*。地点：测试路1号。$/)
    expect(venueEssentials(makeVenue(), '昌吉市', new Date())).toBe('测试科技馆。开放时间：开放时间未公布，请咨询场馆。地点：昌吉市。')
  })

  it('gives an event’s title, a status worth hearing, its time in Beijing time and its place', () => {
    const event = makeEvent({
      id: 'e',
      status: 'confirmed',
      title: '科普讲座',
      start: '2026-12-05T10:00:00+08:00',
      end: '2026-12-05T11:30:00+08:00',
      allDay: false,
    })
    expect(eventEssentials(event, '新疆科技馆')).toBe('科普讲座。时间：2026年12月5日（周六），10:00至11:30，北京时间。地点：新疆科技馆。')
    expect(eventEssentials({ ...event, status: 'cancelled' }, '新疆科技馆')).toMatch(/^科普讲座。已取消。时间：/)
  })

  it('says 全天 for an event dated to the day, and nothing for one dated only to its year', () => {
    const day = makeEvent({
      status: 'confirmed',
      title: '科普日',
      start: '2026-09-19',
      end: '2026-09-19',
      allDay: true,
      datePrecision: 'day',
    })
    expect(eventEssentials(day, '昌吉市')).toContain('2026年9月19日（周六），全天')
    // "2026年全年，全天" read as if it ran day and night all year.
    const year = { ...day, start: '2026-01-01', end: '2026-12-31', datePrecision: 'year' as const }
    expect(eventEssentials(year, '昌吉市')).toBe('科普日。时间：2026年全年，北京时间。地点：昌吉市。')
  })
})
