/**
 * Chinese labels and help for the web editor at /admin. The fields themselves are generated from the
 * zod schemas (./fields.ts); only the words people read are kept here. A schema field without a label
 * fails the build and tests/build/editorConfig.test.ts, so a new field cannot reach the editor unnamed.
 *
 * Keys are field paths without list indices: `<collection>.<path>` for a field of one collection, or
 * `<path>` for a field that means the same everywhere (`sources.plan`, `audiences`).
 */

/** [label, help]. Help repeats the rule that `npm run content:check` applies, in the editor's words. */
export type FieldText = readonly [label: string, hint?: string]

const BEIJING = '北京时间'

export const FIELD_TEXT: Record<string, FieldText> = {
  // Shared by several collections.
  id: ['编号（文件名）', '小写英文字母、数字和单个短横线，如 tech-week-2027-changji；保存后即为文件名，发布后请勿再改'],
  region: ['地区', '从列表中选择'],
  venue: ['场馆', '活动所在的科普场馆'],
  audiences: ['面向人群', '至少选择一项'],
  organiser: ['主办单位', '按通知写明主办或承办单位'],
  howToJoin: ['参加方式', '如“关注师市科协公众号报名”'],
  summary: ['简介', '用自己的话概括，不要整段照抄原文'],
  datePrecision: ['日期精确到', '来源只说到月份或年份时，请如实选择，不要编造具体日期'],
  dateNote: ['日期说明', '说明日期从哪里来，如“据主办方2026年11月20日通知”'],
  kind: ['类型', '从列表中选择'],
  series: ['系列', '同一活动每年相同的分组编号，如 tech-week'],
  title: ['名称'],
  name: ['名称'],
  sources: [
    '来源',
    '至少一条。每条只填一种：规划出处（规划、章节、行号），常识说明，或公开来源（编号、网址、标题、发布单位、发布日期、查阅日期）',
  ],
  'sources.plan': ['规划', '规划出处：引用哪一个规划'],
  'sources.section': ['章节', '规划出处：如 第三章第四节'],
  'sources.lines': ['行号', '规划出处：规划文本中的行号，如 12 或 12-15'],
  'sources.general': ['常识说明', '常识来源：用户看到的说明，如“全国科技活动周一般在5月下旬举行”'],
  'sources.id': ['来源编号', '公开来源：小写英文、数字和短横线，如 xast-2026-11-20'],
  'sources.url': ['网址', '公开来源：网页地址 https://…'],
  'sources.title': ['网页标题', '公开来源：网页或通知的标题'],
  'sources.publisher': ['发布单位', '公开来源：如 新疆科技馆、天山网'],
  'sources.published': ['发布日期', '公开来源：YYYY-MM-DD，网页只写到月份时写 YYYY-MM；不能晚于今天'],
  'sources.retrieved': ['查阅日期', '公开来源：YYYY-MM-DD，哪天看的网页；不能早于发布日期'],
  'sources.note': ['摘要', '网页说了什么，用自己的话写'],
  from: ['依据的公开来源', '填写本条“来源”中公开来源的编号'],

  // Events.
  'events.title': ['活动名称', '如 2027年全国科技活动周·昌吉市活动'],
  'events.kind': ['活动类型', '从列表中选择'],
  'events.start': ['开始', `全天活动只写日期 2027-05-22；有具体时间写 2027-05-22T09:30:00+08:00（${BEIJING}）`],
  'events.end': ['结束', `一天的活动与开始相同；全天活动写最后一天的日期；有具体时间写 2027-05-22T17:00:00+08:00（${BEIJING}）`],
  'events.status': ['状态', '主办方正式通知前选“预计”；改期选“已变更”'],
  'events.rrule': ['重复规则', '每周、每月重复的活动，如 FREQ=MONTHLY;BYDAY=SA;COUNT=10；不确定请留空'],
  'events.exdates': ['不举办的日期', '重复活动中取消的日期 YYYY-MM-DD'],
  'events.campaign': [
    '所属年度活动',
    '可选：这条活动是某个每年举办的活动（如科技活动周）当年的正式安排时选择；编号须为该年度活动当年的编号',
  ],
  'events.shifts': ['志愿者排班', '活动的志愿者岗位和时间'],
  'events.shifts.id': ['排班编号', '小写英文、数字和短横线，如 am-guide'],
  'events.shifts.role': ['岗位', '如 引导员、讲解员'],
  'events.shifts.start': ['开始时间', `${BEIJING}，如 2027-05-22T08:30:00+08:00`],
  'events.shifts.end': ['结束时间', `${BEIJING}，须晚于开始时间`],
  'events.shifts.meetingPoint': ['集合地点', '志愿者到哪里集合，如 科技馆东门'],
  'events.shifts.team': ['志愿者队伍', '如 某某学校志愿服务队'],
  'events.shifts.lead': ['负责人', '写岗位或单位，不写个人姓名'],
  'events.shifts.contact': ['联系方式', '公开的联系渠道'],
  'events.shifts.bring': ['需携带', '每行一项'],
  'events.shifts.sample': ['示例排班', '真实排班请关闭；示例排班只用于演示'],

  // Campaigns (yearly).
  'campaigns.eventId': ['每年活动的编号', '含 {year}，如 tech-week-{year}-changji；一经发布请勿再改'],
  'campaigns.title': ['每年活动的名称', '可用 {year}，如 {year}年全国科技活动周·昌吉市活动'],
  'campaigns.kind': ['活动类型', '从列表中选择'],
  'campaigns.rule': ['每年的日期规则', '第一天的规则，加上持续天数、最后一天或农历最后一天中的一项'],
  'campaigns.rule.rrule': ['第一天的规则', '每年一次的 RRULE，如 FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=1'],
  'campaigns.rule.days': ['持续天数', '以下三项只填一项：天数'],
  'campaigns.rule.until': ['最后一天', '以下三项只填一项：最后一天 MM-DD，如 03-31'],
  'campaigns.rule.untilLunar': ['最后一天（农历）', '以下三项只填一项：农历 MM-DD，01-15 为元宵节'],
  'campaigns.from': ['起始年份', '从哪一年开始举办，如 2026'],
  'campaigns.to': ['结束年份', '最后一年；一直举办就留空'],
  'campaigns.dateNote': ['日期说明', '可用 {start}、{end}、{year}，如 按惯例推定为{start}至{end}'],
  'campaigns.summary': ['简介', '可用 {year} 等占位符'],

  // Venues.
  'venues.name': ['场馆名称', '按场馆公布的全称'],
  'venues.category': ['科普基地类别', '从列表中选择'],
  'venues.kind': ['场馆类型', '从列表中选择'],
  'venues.inPlans': ['规划中列名', '规划未提到的场馆请关闭（显示为“规划外”）'],
  'venues.topics': ['主题', '每行一个，如 物理、信息技术'],
  'venues.activities': ['可参加的活动', '每行一项'],
  'venues.fee': ['收费', '从列表中选择'],
  'venues.feeNote': ['收费说明', '如 免费，需预约'],
  'venues.feeFrom': ['收费依据', '公开来源编号'],
  'venues.contact': ['联系方式', '只填公开发布的'],
  'venues.contact.phone': ['电话', '按公布的写，如 0991-6386167'],
  'venues.contact.channel': ['预约渠道', '公众号或小程序名称'],
  'venues.contact.from': ['依据的公开来源', '必填：公开来源编号'],
  'venues.closures': ['临时闭馆', '公开通知的闭馆日期（含首尾）'],
  'venues.closures.start': ['开始日期', '日期 YYYY-MM-DD'],
  'venues.closures.end': ['结束日期', 'YYYY-MM-DD，不早于开始日期'],
  'venues.closures.text': ['说明', '如 春节闭馆'],
  'venues.closures.from': ['依据的公开来源', '必填：公开来源编号'],
  'venues.booking': ['预约', '只填公开发布的预约规则'],
  'venues.booking.required': ['是否需要预约', '从列表中选择'],
  'venues.booking.note': ['预约说明', '如 通过官方微信公众号预约'],
  'venues.booking.leadDays': ['提前天数', '团体至少提前几天预约'],
  'venues.booking.groupMin': ['团体最少人数', '团体预约的最少人数'],
  'venues.booking.groupMax': ['团体最多人数', '团体预约的最多人数'],
  'venues.booking.letterRequired': ['团体需公函', '团体参观需要单位公函时打开'],
  'venues.hours': ['开放时间', '填规则或说明，至少一项'],
  'venues.hours.osm': ['开放时间（规则）', '如 Tu-Su 09:30-17:00; Mo off；不知道请留空，写在说明里'],
  'venues.hours.note': ['开放时间说明', '没有规则时必填，如 开放时间请咨询场馆'],
  'venues.hours.season': ['适用季节', '如 全年'],
  'venues.location': ['位置', '地图上的位置；没有公开地址时如实写明是大致位置'],
  'venues.location.lat': ['纬度', 'WGS-84，34 到 50 之间'],
  'venues.location.lng': ['经度', 'WGS-84，73 到 97 之间'],
  'venues.location.precision': ['位置精度', '不是准确位置时请如实选择'],
  'venues.location.note': ['位置说明', '不是准确位置时必填，如 位置为大致位置'],
  'venues.location.address': ['地址', '只填公开来源给出的地址'],
  'venues.mobile': ['流动场馆', '科普大篷车等流动场馆请打开'],

  // Regions.
  'regions.name': ['地区全称', '如 第五师双河市'],
  'regions.shortName': ['简称', '如 双河'],
  'regions.mapCity': ['地图搜索用城市名', '如新星市填 哈密市'],
  'regions.kind': ['地区类型', '从列表中选择'],
  'regions.center': ['代表位置', '城市中心，WGS-84'],
  'regions.center.lat': ['纬度', 'WGS-84，34 到 50 之间'],
  'regions.center.lng': ['经度', 'WGS-84，73 到 97 之间'],

  // Plans.
  'plans.title': ['规划全称', '按原文标题'],
  'plans.shortTitle': ['简称', '如 双河“十五五”规划'],
  'plans.issuer': ['印发单位', '按原文'],
  'plans.docNumber': ['文号', '原文未写明时留空'],
  'plans.issued': ['印发日期', 'YYYY-MM-DD，原文未写明时留空'],
  'plans.period': ['规划期', '起止年份'],
  'plans.period.start': ['起始年份', '如 2026'],
  'plans.period.end': ['结束年份', '如 2030，不早于起始年份'],
  'plans.regions': ['覆盖地区', '至少一个'],
  'plans.seed': ['规划原文文件', 'shared/seeds/ 中的文件名'],
  'plans.seedLines': ['规划原文行数', '原文文件共有几行：来源的行号不能超过它'],
  'plans.defects': ['原文问题', '原文中的错误或前后不一致'],
  'plans.defects.text': ['问题说明', '原文哪里写错或前后不一致'],
  'plans.body': ['规划摘要', '纯文本，可用 Markdown 的段落和列表'],

  // Targets.
  'targets.plan': ['规划', '全国对比数字不填'],
  'targets.scope': ['范围', '从列表中选择'],
  'targets.group': ['指标组', '从列表中选择'],
  'targets.indicator': ['指标', '统一的指标名称'],
  'targets.wording': ['原文写法', '规划原文的指标写法，照抄'],
  'targets.wordingNote': ['写法说明', '原文另一处写法不同时说明'],
  'targets.unit': ['单位', '如 %'],
  'targets.baseline': ['基线', '规划给出的基期数值和年份；没有就留空'],
  'targets.target': ['目标', '规划期末的目标数值和年份'],
  'targets.stretch': ['更高目标', '规划另给的更高目标，如“力争14%”'],
  'targets.value': ['数值', '只写数字，单位填在“单位”里'],
  'targets.year': ['年份', '如 2030'],
  'targets.qualifier': ['限定词', '如 力争、以上'],
  'targets.observations': ['实测值', '历年测得的数值'],
  'targets.nature': ['指标属性', '规划未写明时留空'],
  'targets.note': ['备注', '其他需要说明的情况'],
}

/** Labels of enumerated values that are stored in English; Chinese values label themselves. */
export const OPTION_TEXT: Record<string, string> = {
  expected: '预计（主办方尚未确认）',
  confirmed: '已确认',
  changed: '已变更',
  cancelled: '已取消',
  day: '具体日期',
  month: '只到月份',
  year: '只到年份',
  period: '一段时期（如“十四五”期间）',
  exact: '准确位置',
  approximate: '大致位置',
  'city-centre': '城市中心（位置不明）',
  free: '免费',
  paid: '收费',
  unknown: '不清楚',
  plan: '规划指标',
  national: '全国对比数字',
}

/** Collection names and descriptions shown in the editor's sidebar. */
export const COLLECTION_TEXT: Record<string, { label: string; singular: string; description: string }> = {
  events: { label: '活动', singular: '活动', description: '有日期的科普活动。主办方发布通知后，在这里新建或修改。' },
  venues: { label: '场馆', singular: '场馆', description: '科技馆、科普教育基地等可以参观的地方。' },
  campaigns: { label: '每年的活动', singular: '每年的活动', description: '科技活动周、科普月等每年举办的活动及其日期规则。' },
  targets: { label: '目标', singular: '目标', description: '科学素质和科普指标的基线与目标。' },
  regions: { label: '地区', singular: '地区', description: '五个规划覆盖的地区。' },
  plans: { label: '规划', singular: '规划', description: '五个科技创新规划的摘要和出处。' },
}
