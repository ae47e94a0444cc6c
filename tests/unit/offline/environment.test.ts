import { describe, expect, it } from 'vitest'

import { formatBytes, isWeChat } from '@/shared/environment'

describe('isWeChat', () => {
  it('detects WeChat’s in-app browser on Android and iOS, and nothing else', () => {
    expect(
      isWeChat(
        'Mozilla/5.0 (Linux; Android 12; V2055A Build/SP1A; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5023 MMWEBSDK/20230303 MMWEBID/1234 MicroMessenger/8.0.34.2340(0x2800225D) WeChat/arm64 Weixin NetType/4G Language/zh_CN ABI/arm64',
      ),
    ).toBe(true)
    expect(
      isWeChat(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.40',
      ),
    ).toBe(true)
    expect(
      isWeChat('Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36'),
    ).toBe(false)
  })
})

describe('formatBytes', () => {
  it('uses B, KB and MB', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(85_474)).toBe('83 KB')
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB')
  })
})
