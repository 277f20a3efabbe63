import type { Column } from '../layout/header';
import type { ProgramKind } from '../types';

export type ProjectRole =
  | 'seq'
  | 'program'
  | 'institution'
  | 'name'
  | 'content'
  | 'land'
  | 'investment'
  | 'floorArea'
  | 'beds'
  | 'period'
  | 'remark'
  | 'buildType'
  | 'other';

// Order matters: '建筑面积' is floor area not land; '资金来源', '已完成投资' or '用地性质' are not the planned
// figures although they name money or land; a bare '单位' in a project list is the institution (a unit of
// measure only heads indicator tables).
const PROJECT_RULES: readonly [ProjectRole, RegExp][] = [
  ['seq', /^序号$|^编号$/],
  ['program', /专栏/],
  ['name', /项目名称|^项目$/],
  ['content', /建设内容|建设规模|主要内容/],
  ['remark', /备注/],
  ['buildType', /建设性质|建设类型|项目性质|项目类型/],
  ['other', /来源|渠道|方式|完成|已投|到位|累计|性质|情况|状态|进度|手续/],
  ['period', /建设年限|建设期限|建设周期|起止年限|建设年度|实施年限|建设时间/],
  ['floorArea', /建筑面积/],
  ['land', /用地|占地/],
  ['investment', /投资|资金/],
  ['beds', /床位/],
  ['institution', /医疗机构|机构名称|单位名称|建设单位|实施单位|责任单位|承建单位|医院名称|^单位$|^机构$/],
];

export function projectRoleOf(header: string): ProjectRole {
  for (const [role, words] of PROJECT_RULES) if (words.test(header)) return role;
  return 'other';
}

export type IndicatorRole = 'seq' | 'domain' | 'name' | 'unit' | 'baseline' | 'target' | 'year' | 'nature' | 'other';

const INDICATOR_RULES: readonly [IndicatorRole, RegExp][] = [
  ['nature', /性质|属性/],
  ['seq', /^序号$/],
  ['baseline', /现状|基期|基线|基数/],
  ['target', /目标/],
  ['domain', /领域|类别|分类/],
  ['unit', /^单位$/],
  ['name', /主要指标|指标名称|^指标$/],
  ['year', /(?:19|20)\d{2}/],
];

/**
 * Indicator columns. A column headed only by a year ('2020年', '2025') is the baseline when it is the earlier of
 * two years and the target when it is the later (or the only one, at or after 2025).
 */
export function indicatorRoles(columns: readonly Column[]): IndicatorRole[] {
  const roles = columns.map((column) => {
    for (const [role, words] of INDICATOR_RULES) if (words.test(column.header)) return role;
    return 'other' as IndicatorRole;
  });
  const years = columns.map((column) => yearIn(column.header));
  const yearColumns = roles.flatMap((role, index) => (role === 'year' ? [index] : []));
  const hasBaseline = roles.includes('baseline');
  const hasTarget = roles.includes('target');
  for (const index of yearColumns) {
    const year = years[index] ?? 0;
    const others = yearColumns.filter((i) => i !== index).map((i) => years[i] ?? 0);
    if (others.some((y) => y > year)) roles[index] = hasBaseline ? 'other' : 'baseline';
    else if (others.some((y) => y < year)) roles[index] = hasTarget ? 'other' : 'target';
    else roles[index] = !hasTarget && year >= 2025 ? 'target' : !hasBaseline ? 'baseline' : 'other';
  }
  return roles;
}

export function yearIn(text: string): number | null {
  const match = /(?:19|20)\d{2}/.exec(text);
  return match ? Number(match[0]) : null;
}

export type BedRole = 'subject' | 'campus' | 'count' | 'beds' | 'other';

export interface BedColumn {
  role: BedRole;
  year: number | null;
}

export function bedColumns(columns: readonly Column[]): BedColumn[] {
  return columns.map((column, index) => {
    const year = yearIn(column.header);
    if (/院区/.test(column.header)) return { role: 'campus', year };
    if (/床位/.test(column.header) && year !== null) return { role: 'beds', year };
    if (/机构数|机构个数|数量|个数/.test(column.header) && year !== null) return { role: 'count', year };
    if (index === 0) return { role: 'subject', year: null };
    return { role: 'other', year };
  });
}

/** What a table holds, by the meaning of its headers. */
export function tableKindOf(columns: readonly Column[]): ProgramKind {
  const headers = columns.map((column) => column.header);
  if (headers.some((header) => projectRoleOf(header) === 'name')) return 'projects';
  const indicator = indicatorRoles(columns);
  if (indicator.includes('name') && (indicator.includes('baseline') || indicator.includes('target'))) return 'indicators';
  if (bedColumns(columns).some((column) => column.role === 'beds')) return 'beds';
  return 'list';
}
