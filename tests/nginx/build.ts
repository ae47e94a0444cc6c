/**
 * Builds the site for the nginx suite as a release would be built: production mode, with 备案 numbers
 * set (tests/nginx/settings.ts). `npx tsx tests/nginx/build.ts [outDir] [version]`.
 */
import { spawnSync } from 'node:child_process'
import { FILING_ENV } from './settings'

const [outDir = 'dist-nginx', version] = process.argv.slice(2)
const result = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
  stdio: 'inherit',
  env: { ...process.env, ...FILING_ENV, ...(version ? { VITE_APP_VERSION: version } : {}), VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
})
process.exit(result.status ?? 1)
