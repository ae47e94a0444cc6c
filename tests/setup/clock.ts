/**
 * Every unit test runs on the suite's fixed day (10:00 Beijing on TEST_TODAY): `Date` is faked, timers are
 * not. Set before each test file's own code runs (components mounted at the top of a file see it too), and
 * again before each test, since a test may switch to real timers. A test that needs another moment sets its
 * own with vi.setSystemTime / vi.useFakeTimers.
 */
import { beforeEach, vi } from 'vitest'
import { TEST_TODAY } from '../fixtures/testDay'

const fixDate = () => vi.useFakeTimers({ now: new Date(`${TEST_TODAY}T10:00:00+08:00`), toFake: ['Date'] })

fixDate()
beforeEach(fixDate)
