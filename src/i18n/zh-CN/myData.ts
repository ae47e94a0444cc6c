/**
 * UI text of 我的 → 我的数据 (zh-CN): backups, their import and undo. Added to the dictionary when
 * MyDataSection loads (it imports this file), so the first route does not carry it; like zh-CN/calendar.ts.
 */
import { zhCN } from '../zh-CN'

export const myData = {
  title: '我的数据',
  intro: '我的日程、参观计划、志愿服务和设置只保存在这台手机上。换手机或清理数据前，请先导出备份。',
  counts: '日程 {schedule} 条 · 参观计划 {visitPlans} 个 · 志愿服务 {shifts} 条',
  export: '导出我的数据',
  import: '导入数据文件',
  exported: '已导出文件 {name}',
  imported: '导入完成：新增 {added} 条，更新 {updated} 条，保留已有 {kept} 条',
  skipped: '有 {n} 条记录无效，已跳过，其余已导入：',
  skippedInvalid: '{store}第 {index} 条{name}：内容不完整或格式不对',
  skippedFuture: '{store}第 {index} 条{name}：修改时间在未来，可能会错误地覆盖本机数据',
  skippedMore: '另有 {n} 条',
  undo: '撤销这次导入',
  undone: '已撤销上次导入，{n} 条记录已恢复原样',
  undoFailed: '撤销失败：无法写入本机存储',
  exportFailed: '导出失败：无法读取本机存储',
  storeNames: { kv: '设置', schedule: '日程', visitPlans: '参观计划', shifts: '志愿服务' },
  importFailed: '导入失败：{reason}',
  persisted: '浏览器已同意长期保存本机数据',
  notPersisted: '存储空间紧张时，浏览器可能清理本机数据，请定期导出备份',
  storage: '已用存储 {used}',
  errors: {
    notJson: '这不是有效的数据文件（无法读取）',
    notOurs: '这个文件不是科普新疆导出的数据',
    tooNew: '这个文件来自更新版本的应用，请先更新应用再导入',
    tooBig: '文件太大（上限 {limit}），没有导入任何内容',
    tooMany: '“{store}”有 {count} 条，超过每类 {limit} 条的上限，没有导入任何内容',
    storage: '无法写入本机存储',
    quota: '手机存储空间已满，没有导入任何内容。请清理空间后重试',
  },
} as const

Object.assign(zhCN.offline.myData, myData)
