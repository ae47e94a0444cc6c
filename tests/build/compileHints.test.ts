import { describe, expect, it } from 'vitest'

import { startupChunks } from '../../src/build/compileHints'

const chunk = (fileName: string, imports: string[] = [], facadeModuleId: string | null = null) => ({
  fileName,
  imports,
  isEntry: facadeModuleId !== null,
  facadeModuleId,
})

describe('startupChunks', () => {
  it('is the HTML entry and everything it imports statically, through shared chunks, once each', () => {
    const chunks = [
      chunk('assets/Route.js', ['assets/vendor.js']),
      chunk('assets/vendor.js', ['assets/time.js']),
      chunk('assets/time.js', ['assets/vendor.js']),
      chunk('assets/index.js', ['assets/vendor.js', 'assets/time.js'], '/repo/index.html'),
      chunk('assets/admin.js', ['assets/editor.js'], '/repo/admin/index.html'),
      chunk('assets/editor.js'),
    ]
    expect(startupChunks(chunks, '/repo/index.html').map((c) => c.fileName)).toEqual([
      'assets/index.js',
      'assets/vendor.js',
      'assets/time.js',
    ])
  })

  it("is never another HTML page's entry, such as an editor's", () => {
    const chunks = [chunk('assets/admin.js', ['assets/editor.js'], '/repo/admin/index.html'), chunk('assets/editor.js')]
    expect(startupChunks(chunks, '/repo/index.html')).toEqual([])
  })

  it('is empty without the HTML entry (a library or worker build)', () => {
    expect(startupChunks([chunk('assets/sw.js', [], '/repo/src/sw.ts')], '/repo/index.html')).toEqual([])
  })

  it('finds the entry on Windows paths too', () => {
    expect(startupChunks([chunk('assets/index.js', [], 'C:\\repo\\index.html')], 'C:/repo/index.html')).toHaveLength(1)
  })
})
