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

export const NOTIFICATION_KIND_LABELS: Record<string, string> = { due_soon: '即将到期', overdue: '已逾期', escalated: '已上报' };

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
