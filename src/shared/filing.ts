/**
 * The site's 备案 numbers, set at build time (VITE_ICP_NUMBER, VITE_PSB_NUMBER) and shown at the foot of
 * the home page and 我的, each linking to its official registry. A site in mainland China must show
 * its ICP number once the domain resolves, and its 公安备案 number within 30 days of going live.
 */
export interface FilingLink {
  text: string
  href: string
}

export interface Filing {
  icp?: FilingLink
  psb?: FilingLink
}

export type FilingEnv = Partial<Record<'VITE_ICP_NUMBER' | 'VITE_PSB_NUMBER', string>>

/** The MIIT registry, where an ICP number is looked up (it has no link to one record). */
export const ICP_REGISTRY = 'https://beian.miit.gov.cn/'
/**
 * The 公安 registry's page for one record, by the number's digits: the form its "备案编号 HTML 代码"
 * gives since the platform moved to beian.mps.gov.cn (the older
 * www.beian.gov.cn/portal/registerSystemInfo?recordcode= links forward there).
 */
export const PSB_RECORD = 'https://beian.mps.gov.cn/#/query/webSearch?code='

/** Checks the settings; the build fails on a value that cannot be what the registry issued. */
export function filingProblems(env: FilingEnv): string[] {
  const problems: string[] = []
  const icp = env.VITE_ICP_NUMBER?.trim()
  const psb = env.VITE_PSB_NUMBER?.trim()
  if (icp && !/ICP[备证]\s*\d+号/.test(icp)) problems.push(`VITE_ICP_NUMBER: "${icp}" is not an ICP number such as 新ICP备2026000001号-1`)
  if (psb && !/公网安备\s*\d{10,}\s*号/.test(psb))
    problems.push(`VITE_PSB_NUMBER: "${psb}" is not a 公安备案 number such as 新公网安备65010202000001号`)
  return problems
}

/** The footer's links; a number that is not set is left out, and with neither there is no footer. */
export function filingLinks(env: FilingEnv): Filing {
  const filing: Filing = {}
  const icp = env.VITE_ICP_NUMBER?.trim()
  const psb = env.VITE_PSB_NUMBER?.trim()
  if (icp) filing.icp = { text: icp, href: ICP_REGISTRY }
  if (psb) filing.psb = { text: psb, href: `${PSB_RECORD}${/\d{10,}/.exec(psb)?.[0] ?? ''}` }
  return filing
}
