import { fileURLToPath, URL } from 'node:url'

import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

import { tileProvider } from './src/shared/tiles'
import { TEST_TODAY } from './tests/fixtures/testDay'

const ALL = ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts']
/**
 * Test files that use vi.mock or the fake IndexedDB, or switch the app's language: a module loaded by another
 * file would escape their mocks, or see their language.
 */
const ISOLATED = [
  'tests/unit/stores/**/*.test.ts',
  'tests/unit/composables/useAfterPaint.test.ts',
  'tests/unit/data/fetchMonthShard.test.ts',
  'tests/unit/hostileProperties.test.ts',
  'tests/unit/map/distanceLanguages.test.ts',
  'tests/unit/map/groupsLanguages.test.ts',
  'tests/unit/i18n/plural.test.ts',
  'tests/unit/i18n/tParts.test.ts',
  'tests/unit/search/resultDetail.test.ts',
  'tests/unit/i18n/rosterEnglish.test.ts',
  'tests/unit/i18n/finderEnglish.test.ts',
  'tests/unit/i18n/icsEnglish.test.ts',
  'tests/unit/i18n/targetValuesEnglish.test.ts',
  'tests/unit/i18n/weekTitleLanguages.test.ts',
  'tests/unit/i18n/dateHyphens.test.ts',
  'tests/unit/i18n/rosterArabicScript.test.ts',
  'tests/unit/i18n/plannerTimesRtl.test.ts',
  'tests/unit/venues/factsLanguages.test.ts',
  // Reads which texts the dictionary holds: files that load the calendar's or targets' text change it.
  'tests/unit/i18n/lazyText.test.ts',
  'tests/unit/offline/catalogStore.test.ts',
  'tests/unit/offline/settingsStore.test.ts',
  'tests/unit/shell/appShell.test.ts',
  'tests/unit/calendar/agendaVirtualFails.test.ts',
  'tests/unit/shell/updatePrompt.test.ts',
  'tests/unit/shell/routerStorage.test.ts',
  'tests/unit/calendar/CalendarMySchedule.test.ts',
  'tests/unit/calendar/scheduledEventsRemove.test.ts',
  'tests/unit/planner/visitPlanDraft.test.ts',
]
/**
 * Files that move the process's time zone (process.env.TZ): only a process of their own sees it, and they
 * must not move it under other files.
 */
const OWN_PROCESS = ['tests/unit/volunteer/rosterHostile.test.ts']

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // The PWA plugin's virtual module exists only in the app's build.
      'virtual:pwa-register': fileURLToPath(new URL('./tests/fixtures/pwaRegister.ts', import.meta.url)),
    },
  },
  // The map's tile provider, as vite.config.ts defines it for a build with no VITE_TILE_* settings.
  define: { __TILE_PROVIDER__: JSON.stringify(tileProvider({})) },
  test: {
    environment: 'node',
    // Content is compiled as of a fixed day: campaigns are generated from the build's today.
    env: { KEPU_TODAY: TEST_TODAY },
    // npm test runs the unit tests beside the static checks and the builds: three times the default.
    testTimeout: 15_000,
    // Worker threads, not processes: ~15 % less CPU for the same tests (75 against 88 s here).
    pool: 'threads',
    projects: [
      // Files that mock modules or install globals (fake IndexedDB) get a fresh module graph each.
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
      { extends: true, test: { name: 'own process', include: OWN_PROCESS, pool: 'forks' } },
      // The rest share one module graph per worker: importing the app and the content compiler once
      // instead of once per file cuts the unit step's CPU time by more than half.
      { extends: true, test: { name: 'shared', include: ALL, exclude: [...ISOLATED, ...OWN_PROCESS], isolate: false } },
    ],
  },
})
