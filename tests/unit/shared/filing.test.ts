// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { filingLinks, filingProblems } from '@/shared/filing'

describe('filingLinks', () => {
  it('gives nothing when no number is set, so there is no footer', () => {
    expect(filingLinks({})).toEqual({})
    expect(filingLinks({ VITE_ICP_NUMBER: '  ', VITE_PSB_NUMBER: '' })).toEqual({})
  })

  it('links the ICP number to the MIIT registry and the 公安备案 number to its own record', () => {
    expect(filingLinks({ VITE_ICP_NUMBER: '新ICP备2026000001号-1', VITE_PSB_NUMBER: '新公网安备 65010202000001号' })).toEqual({
      icp: { text: '新ICP备2026000001号-1', href: 'https://beian.miit.gov.cn/' },
      psb: { text: '新公网安备 65010202000001号', href: 'https://beian.mps.gov.cn/#/query/webSearch?code=65010202000001' },
    })
  })

  it('shows one number without the other', () => {
    expect(Object.keys(filingLinks({ VITE_ICP_NUMBER: '新ICP备2026000001号' }))).toEqual(['icp'])
  })
})

describe('filingProblems', () => {
  it('accepts real-looking numbers and no numbers', () => {
    expect(filingProblems({})).toEqual([])
    expect(filingProblems({ VITE_ICP_NUMBER: '新ICP备2026000001号-1', VITE_PSB_NUMBER: '新公网安备65010202000001号' })).toEqual([])
  })

  it('names the setting and the value that cannot be a 备案 number', () => {
    expect(filingProblems({ VITE_ICP_NUMBER: '2026000001', VITE_PSB_NUMBER: '新公网安备号' })).toEqual([
      'VITE_ICP_NUMBER: "2026000001" is not an ICP number such as 新ICP备2026000001号-1',
      'VITE_PSB_NUMBER: "新公网安备号" is not a 公安备案 number such as 新公网安备65010202000001号',
    ])
  })
})

describe('TheFilingFooter', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('shows the numbers of the build as links to the registries, opened apart from the app', async () => {
    vi.stubEnv('VITE_ICP_NUMBER', '新ICP备2026000001号-1')
    vi.stubEnv('VITE_PSB_NUMBER', '新公网安备65010202000001号')
    const { default: TheFilingFooter } = await import('@/components/TheFilingFooter.vue')
    const links = mount(TheFilingFooter).findAll('footer a')
    expect(links.map((a) => [a.text(), a.attributes('href'), a.attributes('rel')])).toEqual([
      ['新ICP备2026000001号-1', 'https://beian.miit.gov.cn/', 'noopener noreferrer'],
      ['新公网安备65010202000001号', 'https://beian.mps.gov.cn/#/query/webSearch?code=65010202000001', 'noopener noreferrer'],
    ])
  })

  it('renders nothing when the build has no numbers', async () => {
    const { default: TheFilingFooter } = await import('@/components/TheFilingFooter.vue')
    expect(mount(TheFilingFooter).find('footer').exists()).toBe(false)
  })
})
