import { fileURLToPath, URL } from 'node:url'

import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

import { TEST_TODAY } from './tests/fixtures/testDay'

export default defineConfig({
  plugins: [vue()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    // Content is compiled as of a fixed day: campaigns are generated from the build's today.
    env: { KEPU_TODAY: TEST_TODAY },
  },
})
