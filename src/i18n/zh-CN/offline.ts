/** UI text of the offline feature (zh-CN). Owned by that feature; add keys here, not in zh-CN.ts. */
import type { myData } from './myData'

export const offline = {
  title: '离线与更新',
  offlineNow: '当前离线，显示的是已保存的内容',
  stale: '无法更新，显示的是 {date} 的内容',
  staleReason: '原因：{reason}',
  updatedAt: '内容更新于 {date}',
  version: '版本 {version}',
  offlineReady: '已保存到本机，没有网络时也能打开',
  offlineSaving: '正在保存到本机，供离线使用…',
  offlineNotReady: '这个浏览器不能离线保存本应用',
  offlineFailed: '没能保存到本机（网络中断或空间不足），联网后会自动再试',
  update: {
    available: '有新版本',
    apply: '点击更新',
    later: '稍后',
    applying: '正在更新…',
  },
  install: {
    title: '安装到手机桌面',
    text: '安装后从桌面图标打开，没有网络时也能使用。',
    button: '安装',
    installed: '已安装到桌面',
  },
  wechat: {
    title: '在浏览器中打开以离线使用',
    text: '微信内置浏览器不能离线保存。请点右上角「···」，选择「在浏览器打开」。',
    dismiss: '知道了',
    downloadTitle: '微信里不能直接下载文件',
    downloadText:
      '要保存「{file}」，请点右上角「···」，选择「在浏览器打开」，再点一次下载。也可以复制文件内容，粘贴到备忘录或发给自己保存。',
    copy: '复制文件内容',
    copied: '已复制，可以粘贴保存',
    copyFailed: '无法自动复制：请长按下面的内容，全选后复制',
    content: '文件内容',
    close: '关闭',
  },
  // 我的 → 我的数据's text (≈1 KB) joins with its section (zh-CN/myData.ts): not on the first route.
  myData: {} as typeof myData,
} as const
