// Numbers the Chinese way: thousands separators, amounts in 万元 to the 0.01, dates as 2025年3月1日.
const wan = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 });

export const formatWan = (value: number | null | undefined) => (value == null ? '—' : wan.format(value));
export const formatWanUnit = (value: number | null | undefined) => (value == null ? '—' : `${wan.format(value)} 万元`);
export const formatNumber = (value: number | null | undefined) => (value == null ? '—' : plain.format(value));
export const formatPercent = (value: number | null | undefined) => (value == null ? '—' : percent.format(value));

export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export const STATUS_LABELS: Record<string, string> = {
  planned: '计划',
  preparing: '前期',
  under_construction: '在建',
  completed: '竣工',
  in_service: '投入使用',
  suspended: '暂停',
  cancelled: '取消',
};

export const BUILD_TYPE_LABELS: Record<string, string> = {
  new: '新建',
  expansion: '改扩建',
  renovation: '改造',
  relocation: '迁建',
  other: '其他',
};

export const MILESTONE_STATUS_LABELS: Record<string, string> = { pending: '未完成', done: '已完成', overdue: '已逾期' };

export const NOTIFICATION_KIND_LABELS: Record<string, string> = { due_soon: '即将到期', overdue: '已逾期', escalated: '已升级' };

export const FUNDING_SOURCE_LABELS: Record<string, string> = {
  central_budget: '中央预算内投资',
  special_bonds: '专项债券',
  fiscal: '财政资金',
  self_raised: '自筹',
  private_capital: '社会资本',
  other: '其他',
};

export const FUNDING_STATUS_LABELS: Record<string, string> = { planned: '计划', secured: '已落实', received: '已到位' };

export const CATEGORY_LABELS: Record<string, string> = {
  general_hospital: '综合医院',
  tcm_hospital: '中医医院',
  maternal_child: '妇幼保健院',
  specialist_hospital: '专科医院',
  township_health_center: '乡镇卫生院',
  community_health_center: '社区卫生服务中心',
  village_clinic: '村卫生室',
  cdc: '疾控中心',
  public_health: '公共卫生机构',
  elderly_care: '医养结合机构',
  childcare: '托育机构',
  other: '其他',
};

export const label = (labels: Record<string, string>, key: string | null | undefined) =>
  key == null ? '—' : (labels[key] ?? key);

export const REPORT_STATUS_LABELS: Record<string, string> = {
  pending: '未填报',
  draft: '草稿',
  submitted: '已提交',
  returned: '已退回',
  approved: '已审核',
};

export const ROUND_STATUS_LABELS: Record<string, string> = { open: '进行中', closed: '已关闭' };

export const PROBLEM_CATEGORY_LABELS: Record<string, string> = {
  land: '用地',
  funding: '资金',
  approval: '手续审批',
  demolition: '征地拆迁',
  construction: '施工',
  other: '其他',
};

export const PROBLEM_STATUS_LABELS: Record<string, string> = { open: '未解决', resolved: '已解决' };

/** 2022-05 as 2022年5月. */
export function formatMonth(value: string | null | undefined): string {
  if (!value) return '—';
  const [y, m] = value.split('-').map(Number);
  return `${y}年${m}月`;
}

/** A timestamp as the date and time in China, e.g. 2022年6月3日 14:05. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(value));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${formatDate(`${part('year')}-${part('month')}-${part('day')}`)} ${part('hour')}:${part('minute')}`;
}

/** Today's date (YYYY-MM-DD) in a time zone: a round's due date is a day there. */
export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The plans' time zone (the API's PLAN_TIME_ZONE default): dates a person reads or types are days there. */
export const PLAN_TIME_ZONE = 'Asia/Shanghai';

/** Full-width digits and signs (１２００．５) as their ASCII forms, as a Chinese input method may type them. */
function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * A number as a person types it: full-width digits and thousands separators (1,200 or １，２００) are accepted and
 * normalised; anything else is `请输入数字`. Empty text is `null` (the caller decides whether it is required).
 */
export function parseNumberInput(text: string): { value: number | null; error?: undefined } | { value?: undefined; error: string } {
  const plain = halfWidth(text).trim();
  if (plain === '') return { value: null };
  const grouped = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(plain);
  const digits = grouped ? plain.replace(/,/g, '') : plain;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(digits)) return { error: '请输入数字' };
  return { value: Number(digits) };
}

/** The text a number field should show once its input is read: 1,200 and １２００ become 1200. */
export function normalisedNumberText(text: string): string {
  const parsed = parseNumberInput(text);
  return parsed.value == null ? text : String(parsed.value);
}

/**
 * What a date input holds: its value, or why it has none. A date the browser cannot make into a day (02/30) leaves
 * the value empty with `validity.badInput`, which would otherwise be sent as "".
 */
export function dateInputError(input: HTMLInputElement | null, required = true): string | undefined {
  if (!input) return undefined;
  if (input.validity.badInput) return '日期无效：请输入存在的日期（如 2 月没有 30 日）';
  if (required && input.value === '') return '请选择日期';
  return undefined;
}
