/** The groupings of /finance/totals. */
export const GROUPINGS = ['plan', 'program', 'institution', 'region', 'status', 'buildType', 'fundingSource', 'startYear', 'tier', 'annualCategory'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** Groupings of a year's annual plans: computed live for the year asked, never kept in the rollups. */
export const YEAR_GROUPINGS = ['annualCategory'] as const;

/** Chinese labels for the coded groupings, as the finance bureau reads them. */
export const CODE_LABELS: Partial<Record<Grouping, Record<string, string>>> = {
  status: {
    planned: '计划',
    preparing: '前期准备',
    under_construction: '在建',
    completed: '竣工',
    in_service: '投入使用',
    suspended: '暂停',
    cancelled: '取消',
  },
  buildType: { new: '新建', expansion: '改扩建', renovation: '改建/改造', relocation: '迁建', other: '其他' },
  annualCategory: { new: '新开工', continuing: '续建', preparatory: '前期', completing: '竣工', '': '未分类' },
  fundingSource: {
    central_budget: '中央预算内投资',
    special_bonds: '地方政府专项债券',
    fiscal: '财政资金',
    self_raised: '自筹',
    private_capital: '社会资本',
    other: '其他',
  },
};

export function labelFor(grouping: Grouping, key: string, stored: string): string {
  return CODE_LABELS[grouping]?.[key] ?? stored;
}
