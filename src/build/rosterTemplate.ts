/**
 * 排班表模板.xlsx, generated with each build from the roster columns the app reads (src/shared/rosterSheet.ts),
 * so the template and the importer cannot drift apart. Served at ROSTER_TEMPLATE_URL; not precached (the
 * service worker's globPatterns take no .xlsx): it is fetched only when someone downloads it.
 */
import type { Plugin } from 'vite'

import { ROSTER_COLUMNS, ROSTER_TEMPLATE_URL } from '../shared/rosterSheet'
import { writeWorkbook } from './workbook'

export function rosterTemplateWorkbook(): Promise<Uint8Array> {
  return writeWorkbook([
    {
      name: '排班',
      rows: [ROSTER_COLUMNS.map((c) => c.header)],
      widths: ROSTER_COLUMNS.map((c) => c.width),
    },
    {
      name: '填写说明',
      header: false,
      widths: [14, 90],
      rows: [
        ['排班表模板', '在“排班”表里一行填一个班次，第一行表头不要改。保存为 .xlsx；也可另存为 CSV（UTF-8 或 GBK 都可以）。'],
        ['时间', '一律按北京时间填写。可以写 2026/12/5 9:30、2026-12-05 09:30、12月5日 上午9:30，也可以用 Excel 的日期时间格式。'],
        ['发给谁', '发给活动主办单位（当地科协）发布到“科普新疆”；也可以直接发给志愿者，在“我的 → 志愿者 → 导入排班文件”里导入。'],
        [],
        ['列', '怎么填'],
        ...ROSTER_COLUMNS.map((c) => [c.header, c.help]),
      ],
    },
  ])
}

export function rosterTemplatePlugin(): Plugin {
  const fileName = ROSTER_TEMPLATE_URL.slice(1)
  return {
    name: 'kpxj-roster-template',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: await rosterTemplateWorkbook() })
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?')[0] !== ROSTER_TEMPLATE_URL) return next()
        rosterTemplateWorkbook().then((bytes) => {
          res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          res.end(Buffer.from(bytes))
        }, next)
      })
    },
  }
}
