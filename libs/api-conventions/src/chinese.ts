/**
 * The Chinese the API answers in when a request prefers zh (see language.ts): the fields' labels, class-validator's
 * messages by constraint, and the titles of the statuses. English stays the default and the source of `field`.
 */

/** How the plan documents and the dashboard name each input field; a field not listed is named as sent. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  acked: '已确认',
  active: '启用',
  actualDate: '实际完成日期',
  amountWan: '金额（万元）',
  beds: '床位（张）',
  buildType: '建设性质',
  category: '类别',
  closesOn: '截止日期',
  code: '编码',
  completedInvestmentWan: '本月完成投资（万元）',
  content: '建设内容及规模',
  cumulativeCompletedWan: '累计完成投资（万元）',
  cursor: '游标',
  description: '问题描述',
  disbursedWan: '本月拨付资金（万元）',
  documentNumber: '文号',
  dryRun: '预览',
  dueAfter: '到期日期下限',
  dueBefore: '到期日期上限',
  dueDate: '截止日期',
  endYear: '结束年份',
  entityId: '对象 ID',
  entityType: '对象类型',
  events: '事件',
  floorAreaM2: '建筑面积（平方米）',
  groupBy: '分组方式',
  id: 'ID',
  institutionId: '机构',
  institutionIds: '机构',
  investmentWan: '计划投资（万元）',
  issuedOn: '印发日期',
  kind: '类型',
  landMu: '计划新增用地（亩）',
  level: '级别',
  limit: '每页条数',
  milestoneId: '节点',
  name: '名称',
  newBuildAreaM2: '新建面积（平方米）',
  note: '备注',
  parentCode: '上级区划代码',
  period: '月份',
  physicalProgressPct: '形象进度（%）',
  planCode: '规划编码',
  planId: '规划',
  planWan: '计划投资（万元）',
  plannedDate: '计划日期',
  problems: '存在问题',
  programId: '专栏',
  progressText: '进展情况',
  projectId: '项目',
  q: '搜索词',
  quarter: '季度',
  quarters: '季度计划',
  reason: '退回理由',
  regionCode: '行政区划代码',
  remark: '备注',
  renovationAreaM2: '改建面积（平方米）',
  resolution: '解决情况',
  resolvedOn: '解决日期',
  responsibleUnit: '责任单位',
  role: '角色',
  secret: '签名密钥',
  sheet: '工作表',
  sort: '排序',
  source: '资金来源',
  startYear: '开始年份',
  started: '是否开工',
  startedOn: '开工日期',
  status: '状态',
  tier: '层次',
  title: '标题',
  url: '地址',
  work: '建设内容',
  year: '年度',
  file: '文件',
  'If-Match': 'If-Match',
  'Idempotency-Key': 'Idempotency-Key',
};

/** `quarters.1.planWan` is labelled by its last named segment, with the item's place: 季度计划第 2 项的计划投资（万元）. */
export function labelOf(field: string): string {
  const parts = field.split('.');
  const own = parts[parts.length - 1];
  const label = FIELD_LABELS[own] ?? own;
  if (parts.length === 1) return label;
  const index = parts.length >= 3 && /^\d+$/.test(parts[parts.length - 2]) ? Number(parts[parts.length - 2]) : null;
  const parent = parts.filter((p) => !/^\d+$/.test(p)).slice(-2, -1)[0];
  if (parent === undefined) return label;
  return `${FIELD_LABELS[parent] ?? parent}${index === null ? '' : `第 ${index + 1} 项`}的${label}`;
}

const numbers = (english: string) => english.match(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi) ?? [];
const after = (english: string, marker: string) => english.slice(english.indexOf(marker) + marker.length).trim();

/**
 * class-validator's messages in Chinese, by the constraint that failed. The English message is read only for the
 * constraint's values (a bound, a list), which class-validator has already written into it.
 */
const BY_CONSTRAINT: Readonly<Record<string, (label: string, english: string) => string>> = {
  isDecimal: (l, e) => `${l}必须是数字，最多 ${numbers(e).at(-1) ?? 2} 位小数`,
  isNumber: (l) => `${l}必须是数字`,
  isInt: (l) => `${l}必须是整数`,
  isPositive: (l) => `${l}必须大于 0`,
  min: (l, e) => `${l}不能小于 ${numbers(e).at(-1)}`,
  max: (l, e) => `${l}不能大于 ${numbers(e).at(-1)}`,
  isString: (l) => `${l}必须是文本`,
  isBoolean: (l) => `${l}必须是 true 或 false`,
  isArray: (l) => `${l}必须是列表`,
  isObject: (l) => `${l}必须是对象`,
  isUuid: (l) => `${l}必须是 UUID`,
  isNotEmpty: (l) => `${l}不能为空`,
  isDefined: (l) => `${l}必须填写`,
  maxLength: (l, e) => `${l}不能超过 ${numbers(e).at(-1)} 个字符`,
  minLength: (l, e) => `${l}至少 ${numbers(e).at(-1)} 个字符`,
  isLength: (l, e) => {
    const [min, max] = numbers(e);
    return max === undefined ? `${l}长度不符` : `${l}须为 ${min} 至 ${max} 个字符`;
  },
  arrayMaxSize: (l, e) => `${l}最多 ${numbers(e).at(-1)} 项`,
  arrayMinSize: (l, e) => `${l}至少 ${numbers(e).at(-1)} 项`,
  arrayNotEmpty: (l) => `${l}不能为空列表`,
  arrayUnique: (l) => `${l}中的值不能重复`,
  isIn: (l, e) => `${l}必须是以下值之一：${after(e, 'following values:')}`,
  isEnum: (l, e) => `${l}必须是以下值之一：${after(e, 'following values:')}`,
  isPublicEventName: (l, e) => `${l}的每一项必须是以下事件之一：${after(e, 'following values:')}`,
  isDateString: (l) => `${l}必须是 ISO 8601 日期`,
  isIso8601: (l) => `${l}必须是 ISO 8601 日期或时间`,
  isCalendarDate: (l, e) => {
    const [from, to] = e.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
    return `${l}必须是 ${from} 至 ${to} 之间实际存在的日期（YYYY-MM-DD）`;
  },
  nestedValidation: (l) => `${l}必须是对象或列表`,
  whitelistValidation: (l) => `不接受的字段“${l}”`,
  matches: (l, e) => matchesInChinese(l, e),
};

/** `@Matches` carries its own English message; each one the features write is said here too. */
function matchesInChinese(label: string, english: string): string {
  if (english.endsWith('must not be blank')) return `${label}不能为空白`;
  if (english.endsWith('must be a 6-digit division code')) return `${label}必须是 6 位数字`;
  if (english.endsWith('must be a date YYYY-MM-DD')) return `${label}必须是日期 YYYY-MM-DD`;
  if (english.endsWith('must be a month YYYY-MM')) return `${label}必须是月份 YYYY-MM`;
  const letters = /must be (\d+) to (\d+) letters, digits, dots, dashes or underscores/.exec(english);
  if (letters) return `${label}须为 ${letters[1]} 至 ${letters[2]} 个字母、数字、点、连字符或下划线`;
  if (english.includes('must be a category code')) return `${label}必须是类别代码，如 general_hospital`;
  if (english.includes('must be a plan code')) return `${label}必须是规划编码，如 510604-2021-2025`;
  if (english.includes('must be a field name')) return `${label}必须是字段名，可加前缀 - 表示倒序`;
  return `${label}格式不正确`;
}

/** The constraints said in Chinese: a test checks every constraint of every DTO is among them. */
export const TRANSLATED_CONSTRAINTS: ReadonlySet<string> = new Set(Object.keys(BY_CONSTRAINT));

/** A class-validator message in Chinese; the field's label stands where English wrote the property. */
export function validationMessageInChinese(constraint: string, field: string, english: string): string {
  // A field the endpoint does not take is named as sent: a label would suggest it belongs here.
  const label = constraint === 'whitelistValidation' ? field : labelOf(field);
  const say = BY_CONSTRAINT[constraint];
  return say ? say(label, english) : `${label}的值无效`;
}

/** The `title` of each status, in Chinese. */
export const CHINESE_TITLES: Readonly<Record<number, string>> = {
  400: '请求无效',
  401: '未认证',
  403: '无权操作',
  404: '未找到',
  405: '不支持的方法',
  409: '冲突',
  412: '版本已变化',
  413: '请求过大',
  415: '不支持的内容类型',
  422: '无法处理的请求',
  428: '需要 If-Match',
  429: '请求过于频繁',
  500: '服务器内部错误',
  503: '服务暂不可用',
};

export const INVALID_FIELDS_ZH = '请求中有无效字段。';
