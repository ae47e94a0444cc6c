/** Installability: Chromium's own verdict (in a persistent profile, as incognito always says no) and the install hint. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { chromium, expect, test } from '@playwright/test'

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config'
import { E2E_NOW } from './helpers'
import { waitForServiceWorker } from './offline-helpers'

// This file is about the service worker: let it register (the suite blocks it elsewhere).
test.use({ serviceWorkers: 'allow' })

test('Chromium reports no installability errors and reads a complete manifest', async ({}, testInfo) => {
  const dir = mkdtempSync(join(tmpdir(), 'kpxj-install-'))
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    baseURL: testInfo.project.use.baseURL,
    viewport: { width: 412, height: 823 },
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.clock.setFixedTime(E2E_NOW)
    await page.goto('/')
    await waitForServiceWorker(page)
    const cdp = await context.newCDPSession(page)
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
    expect(installabilityErrors).toEqual([])
    const { errors, url } = await cdp.send('Page.getAppManifest')
    expect(url).toMatch(/\/manifest\.webmanifest$/)
    expect(errors).toEqual([])
  } finally {
    await context.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

test('where the browser offers installing, /me shows an install hint that opens the prompt', async ({ page }) => {
  await page.clock.setFixedTime(E2E_NOW)
  await page.goto('/me')
  await expect(page.getByRole('heading', { name: '离线与更新' })).toBeVisible()
  await expect(page.getByTestId('install-hint')).toHaveCount(0)
  await page.evaluate(() => {
    const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: async () => void ((window as unknown as { prompted: boolean }).prompted = true),
      userChoice: Promise.resolve({ outcome: 'accepted' }),
    })
    window.dispatchEvent(event)
  })
  const hint = page.getByTestId('install-hint')
  await expect(hint).toContainText('安装到手机桌面')
  await page.screenshot({ path: '.tmp/offline-shots/install-hint.png' })
  await hint.getByRole('button', { name: '安装' }).click()
  expect(await page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted)).toBe(true)
  await expect(page.getByText('已安装到桌面')).toBeVisible()
})
