/**
 * Simplified Chinese UI text. Every user-visible string of the app lives in a messages file like this one.
 * Shared strings stay here; each feature keeps its own keys in zh-CN/<feature>.ts.
 */
import { map } from './zh-CN/map'
import { calendar } from './zh-CN/calendar'
import { targets } from './zh-CN/targets'
import { offline } from './zh-CN/offline'
import { search } from './zh-CN/search'
import { planner } from './zh-CN/planner'
import { volunteer } from './zh-CN/volunteer'

export const zhCN = {
  map,
  calendar,
  targets,
  offline,
  search,
  planner,
  volunteer,
  app: {
    name: '科普新疆',
    tagline: '科技馆、科普基地、科普活动和科学素质目标',
    skipToContent: '跳到主要内容',
    loading: '正在加载…',
    loadError: '内容加载失败',
    retry: '重试',
    beijingTime: '北京时间',
    updatedAt: '内容更新于 {date}',
    offline: '当前离线，显示的是已保存的内容',
  },
  nav: {
    label: '主导航',
    home: '首页',
    map: '地图',
    calendar: '日历',
    targets: '目标',
    me: '我的',
  },
  home: {
    title: '科普新疆',
    thisWeek: '本周活动',
    nextWeek: '下周活动',
    noEvents: '这段时间暂无活动',
    eventsFailed: '近期活动暂时无法加载，请稍后重试。',
    ongoing: '常年开展',
    ongoingHint: '全年或多年持续的科普工作，具体时间请关注主办方通知',
    nearMe: '附近的科普场馆',
    nearMeHint: '查看离你最近的科技馆和科普基地',
    targetsSummary: '科学素质目标',
    seeAllTargets: '查看全部目标',
    seeCalendar: '查看活动日历',
    venuesCount: '{n} 个场馆和基地',
    plansCount: '{n} 份规划',
  },
  event: {
    status: {
      expected: '预计日期',
      confirmed: '已确认',
      changed: '已变更',
      cancelled: '已取消',
    },
    allDay: '全天',
    dateSource: '日期说明',
    organiser: '主办',
    audiences: '适合人群',
    howToJoin: '参与方式',
    venue: '地点',
    region: '地区',
    notFound: '找不到这个活动',
    past: '已结束',
    ongoing: '进行中',
  },
  venue: {
    notFound: '找不到这个场馆',
    hours: '开放时间',
    booking: '预约',
    fee: { free: '免费', paid: '收费', unknown: '费用请咨询场馆' },
    audiences: '适合人群',
    topics: '主题',
    activities: '可以做什么',
    location: '位置',
    outsidePlans: '规划外场馆',
    mobile: '流动场馆',
    upcoming: '近期活动',
    noUpcoming: '暂无已知的近期活动',
    bookingRequired: '需要预约',
    bookingNotRequired: '无需预约',
    bookingUnknown: '是否需要预约请咨询场馆',
    groupSize: '团体人数：{min}–{max} 人',
    leadDays: '至少提前 {n} 天预约',
    letter: '团体参观需要公函',
  },
  precision: {
    exact: '精确位置',
    approximate: '大致位置',
    'city-centre': '城市中心（大致位置）',
  },
  plan: {
    notFound: '找不到这份规划',
    issuer: '发布单位',
    docNumber: '文号',
    issued: '印发日期',
    period: '规划期',
    notStated: '原文未注明',
    defects: '原文勘误',
    venues: '规划中的场馆',
    events: '相关活动',
    targets: '规划目标',
  },
  sources: {
    title: '来源',
    general: '常识',
    line: '第{lines}行',
  },
  me: {
    title: '我的',
    textSize: '字号',
    textSizeStandard: '标准',
    textSizeLarge: '大字',
    about: '关于',
    aboutText: '本应用整理了五份新疆科技创新规划中面向公众的科普内容。位置和日期凡规划未写明的，均标注为“大致位置”或“预计日期”。',
    openData: '开放数据',
  },
  notFound: {
    title: '页面不存在',
    text: '这个地址没有内容，可能链接已失效。',
    home: '回到首页',
  },
  share: {
    share: '分享',
    copied: '链接已复制',
  },
} as const
