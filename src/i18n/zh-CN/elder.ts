/** UI text of 长辈模式 and 朗读 (zh-CN). Add keys here, not in zh-CN.ts. */
export const elder = {
  title: '长辈模式',
  hint: '字更大、按钮更大、页面更简单，不弹窗',
  on: '已开启',
  nav: {
    calendar: '活动日历',
  },
  readAloud: {
    button: '朗读',
    stop: '停止朗读',
    setting: '在场馆和活动页显示“朗读”按钮',
    settingHint: '用手机的中文语音读出名称、时间和地点',
    noVoice: '这台设备没有中文语音，无法朗读',
    venue: '{name}。开放时间：{hours}。地点：{place}。',
    event: '{title}。{status}时间：{when}，北京时间。地点：{place}。',
  },
} as const
