import { expect, type Page } from '@playwright/test'

/**
 * Records every Content-Security-Policy violation of the page: the `securitypolicyviolation` events
 * (from an init script, so even the first inline script is watched) and the console's "Refused to …".
 */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) fromConsole.push(`console: ${m.text()}`)
  })
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __csp: string[] }).__csp = seen
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`)
    })
  })
  return async () => [...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])), ...fromConsole]
}

/** The app has started: the static shell's loading line is gone and the page's heading is shown. */
export async function expectBooted(page: Page, heading: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
  await expect(page.getByText('正在加载…')).toHaveCount(0)
}
