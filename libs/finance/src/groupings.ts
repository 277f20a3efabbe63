/** The groupings of /finance/totals. */
export const GROUPINGS = ['plan', 'program', 'institution', 'region', 'status', 'buildType', 'fundingSource', 'startYear'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/**
 * How each grouping (except fundingSource, which groups funding lines) keys and labels a project row of the
 * per-project base table `b`. Only these fixed expressions reach SQL text.
 */
export const PROJECT_GROUPINGS: Record<Exclude<Grouping, 'fundingSource'>, { key: string; label: string }> = {
  plan: { key: 'b.plan_id::text', label: 'b.plan_title' },
  program: { key: "coalesce(b.program_id::text, '')", label: "coalesce(b.program_label, '未归入专栏')" },
  institution: { key: "coalesce(b.institution_id::text, '')", label: "coalesce(b.institution_name, '未指定机构')" },
  region: { key: 'b.region_code', label: 'b.region_name' },
  status: { key: 'b.status', label: 'b.status' },
  buildType: { key: 'b.build_type', label: 'b.build_type' },
  startYear: { key: "coalesce(b.start_year::text, '')", label: "coalesce(b.start_year::text || '年', '未定')" },
};

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
