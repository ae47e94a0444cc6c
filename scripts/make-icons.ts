/**
 * Renders the app icons (PNG) from the SVG design with the system Chromium. Run by hand after
 * changing the design: `npx tsx scripts/make-icons.ts`. The PNGs are committed.
 */
import { readFileSync } from 'node:fs'

import { chromium } from '@playwright/test'

const svg = readFileSync('public/icons/favicon.svg', 'utf8')
// Maskable icons are cropped to a circle by some launchers: keep the design inside the 80% safe zone.
const maskable = svg
  .replace('rx="112"', 'rx="0"')
  .replace('<g ', '<g transform="translate(51.2 51.2) scale(0.8)" ')
  .replace('<circle cx="256" cy="256" r="30"', '<circle cx="256" cy="256" r="24"')

const targets: { file: string; size: number; source: string }[] = [
  { file: 'public/icons/icon-192.png', size: 192, source: svg },
  { file: 'public/icons/icon-512.png', size: 512, source: svg },
  { file: 'public/icons/maskable-192.png', size: 192, source: maskable },
  { file: 'public/icons/maskable-512.png', size: 512, source: maskable },
  { file: 'public/icons/apple-touch-icon.png', size: 180, source: maskable },
]

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage()
for (const { file, size, source } of targets) {
  await page.setViewportSize({ width: size, height: size })
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`,
  )
  await page.screenshot({ path: file, omitBackground: true })
}
await browser.close()
