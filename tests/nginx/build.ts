/**
 * Builds the site for the nginx suite as a release would be built: production mode, with 备案 numbers
 * set (tests/nginx/settings.ts). `npx tsx tests/nginx/build.ts [outDir] [version]`.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { TEST_TODAY } from '../fixtures/testDay'
import { FILING_ENV } from './settings'

const [outDir = 'dist-nginx', version] = process.argv.slice(2)
// Vite's own script in this Node, not through npx (npm's command line costs ~0.6 s of CPU a start).
const vite = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url))
const result = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
  stdio: 'inherit',
  // Built as of the day the tests' clocks use (playwright.config.ts), not the machine's date.
  env: {
    ...process.env,
    KEPU_TODAY: process.env.E2E_TODAY ?? TEST_TODAY,
    // A release carries no demo data (sample rosters): the volunteer page says 暂无公开排班.
    KEPU_DEMO: '0',
    ...FILING_ENV,
    ...(version ? { VITE_APP_VERSION: version } : {}),
    VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
  },
})
process.exit(result.status ?? 1)
