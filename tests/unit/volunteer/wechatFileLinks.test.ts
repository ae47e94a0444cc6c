// @vitest-environment happy-dom
/**
 * WeChat's browser ignores download links and cannot subscribe to a calendar: the roster template and the
 * calendar feed say there how to get them (open the page in a browser); elsewhere they are plain links.
 */
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'

import CalendarSubscribe from '@/features/calendar/CalendarSubscribe.vue'
import RosterTemplateLink from '@/features/volunteer/RosterTemplateLink.vue'

const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 12; V2111A) AppleWebKit/537.36 Chrome/116.0 Mobile Safari/537.36 XWEB/1160117 MicroMessenger/8.0.47'
const CHROME_UA = 'Mozilla/5.0 (Linux; Android 12; V2111A) AppleWebKit/537.36 Chrome/116.0 Mobile Safari/537.36'

afterEach(() => {
  vi.restoreAllMocks()
})

describe.each([
  ['the roster template', RosterTemplateLink, '下载排班表模板', '再下载模板'],
  ['the calendar feed', CalendarSubscribe, '订阅', '再点上面的链接'],
])('%s', (_, component, link, hint) => {
  it('in WeChat, says to open the page in a browser, beside the link', () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(WECHAT_UA)
    const wrapper = mount(component)
    expect(wrapper.get('a').text()).toContain(link)
    expect(wrapper.text()).toContain('在浏览器打开')
    expect(wrapper.text()).toContain(hint)
  })

  it('elsewhere, is the link alone', () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(CHROME_UA)
    const wrapper = mount(component)
    expect(wrapper.get('a').text()).toContain(link)
    expect(wrapper.text()).not.toContain('在浏览器打开')
  })
})
