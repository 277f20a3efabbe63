import { sumDecimals, type AnnualCategory, type Decimal, type ParsedPlanDocument, type ParsedProjectSheet, type ParseWarning, type SheetMeasure } from '@tracker/plan-parser';
import type { ImportableProject, PlannedProgress } from './import-planner';
import { MAX_WARNINGS, type ImportAction, type ImportReport, type ImportRow, type TotalCheck } from './import-report';
import type { AnnualValues } from '@tracker/projects';
import type { MatchedBy } from './project-matcher';

/** What the import does with one row. */
export interface RowOutcome {
  row: ImportableProject;
  action: ImportAction;
  matched: { id: string; code: string; name: string; by: MatchedBy } | null;
  changes: string[];
  annual: { values: AnnualValues; version: number | null } | null;
  progress: PlannedProgress | null;
  projectId: string | null;
}

export interface ReportInput {
  file: string;
  dryRun: boolean;
  kind: ImportReport['kind'];
  plan: ImportReport['plan'];
  sheet: ParsedProjectSheet | null;
  document: ParsedPlanDocument | null;
  outcomes: RowOutcome[];
  institutionsCreated: number;
  counts: { programs: number; bedTargets: number; indicators: number };
  warnings: readonly (ParseWarning & { sheet?: string; column?: string })[];
  projectsNotInFile: { code: string; name: string }[];
  rowOffset?: number;
  rowLimit?: number;
}

const num = (value: Decimal | null | undefined): number | null => (value === null || value === undefined ? null : Number(value));

export const MEASURE_NAMES: Record<SheetMeasure, string> = {
  investmentWan: '总投资',
  annualPlanWan: '年度计划投资',
  cumulativeCompletedWan: '累计完成投资',
  yearToDateCompletedWan: '年度累计完成投资',
  monthCompletedWan: '本月完成投资',
  q1PlanWan: '一季度计划投资',
  q2PlanWan: '二季度计划投资',
  q3PlanWan: '三季度计划投资',
  q4PlanWan: '四季度计划投资',
  landMu: '用地',
  floorAreaM2: '建筑面积',
  beds: '床位',
};
const MEASURE_UNITS: Record<SheetMeasure, string> = {
  investmentWan: '万元', annualPlanWan: '万元', cumulativeCompletedWan: '万元', yearToDateCompletedWan: '万元', monthCompletedWan: '万元',
  q1PlanWan: '万元', q2PlanWan: '万元', q3PlanWan: '万元', q4PlanWan: '万元', landMu: '亩', floorAreaM2: '平方米', beds: '张',
};
const CATEGORY_NAMES: Record<AnnualCategory | 'none', string> = { new: '新开工', continuing: '续建', preparatory: '前期', completing: '竣工', none: '未分类' };
const ACTION_NAMES: Record<ImportAction, string> = { create: '新建', update: '更新', unchanged: '未变' };

/** The answer of an import: counts, sums, reconciliation, warnings, a summary in Chinese, one page of rows. */
export function buildReport(input: ReportInput): ImportReport {
  const { outcomes, sheet } = input;
  const count = (action: ImportAction) => outcomes.filter((o) => o.action === action).length;
  const byCategory: Record<AnnualCategory | 'none', number> = { new: 0, continuing: 0, preparatory: 0, completing: 0, none: 0 };
  for (const outcome of outcomes) byCategory[outcome.row.annual?.category ?? 'none']++;
  const counts: ImportReport['counts'] = {
    rows: sheet ? sheet.rowsRead : outcomes.length,
    rowsSkipped: sheet ? sheet.rowsSkipped : 0,
    programs: input.counts.programs,
    institutionsCreated: input.institutionsCreated,
    projectsCreated: count('create'),
    projectsUpdated: count('update'),
    projectsUnchanged: count('unchanged'),
    annualPlansWritten: outcomes.filter((o) => o.annual).length,
    progressReportsWritten: outcomes.filter((o) => o.progress).length,
    bedTargets: input.counts.bedTargets,
    indicators: input.counts.indicators,
    byCategory,
  };
  const sums: Partial<Record<SheetMeasure, number>> = {};
  if (sheet) {
    for (const [measure, value] of Object.entries(sheet.sums) as [SheetMeasure, Decimal][]) sums[measure] = Number(value);
  } else {
    const rows = outcomes.map((o) => o.row);
    sums.investmentWan = Number(sumDecimals(rows.map((r) => r.investmentWan)));
    sums.landMu = Number(sumDecimals(rows.map((r) => r.landMu)));
    sums.floorAreaM2 = Number(sumDecimals(rows.map((r) => r.floorAreaM2)));
    sums.beds = rows.reduce((total, r) => total + (r.beds ?? 0), 0);
  }
  const reconciliation = sheet ? sheetChecks(sheet) : documentChecks(input.document);
  const offset = Math.max(0, input.rowOffset ?? 0);
  const limit = Math.min(500, Math.max(0, input.rowLimit ?? 50));
  const report: ImportReport = {
    file: input.file,
    dryRun: input.dryRun,
    kind: input.kind,
    plan: input.plan,
    sheet: sheet && {
      name: sheet.sheet,
      format: sheet.format,
      title: sheet.title,
      headerRows: sheet.headerRows,
      year: sheet.year,
      period: sheet.period,
      units: sheet.units,
      columns: sheet.columns,
      otherSheets: sheet.otherSheets,
    },
    counts,
    sums,
    reconciliation,
    projectsNotInFile: input.projectsNotInFile,
    warnings: input.warnings.slice(0, MAX_WARNINGS).map((w) => ({ ...w })),
    warningCount: input.warnings.length,
    summary: [],
    rows: { total: outcomes.length, offset, limit, items: outcomes.slice(offset, offset + limit).map(toImportRow) },
    durationMs: 0,
  };
  report.summary = summaryLines(report, sheet);
  return report;
}

function toImportRow(outcome: RowOutcome): ImportRow {
  const { row } = outcome;
  return {
    line: row.line,
    action: outcome.action,
    code: outcome.matched?.code ?? row.code,
    name: row.name,
    institutionName: row.institutionName,
    matched: outcome.matched,
    changes: outcome.changes,
    programNumber: row.programNumber,
    buildType: row.buildType,
    tier: row.tier,
    category: row.annual?.category ?? null,
    landMu: num(row.landMu),
    investmentWan: num(row.investmentWan),
    floorAreaM2: num(row.floorAreaM2),
    beds: row.beds,
    startYear: row.startYear,
    endYear: row.endYear,
    annualPlanWan: num(row.annual?.planWan),
    cumulativeCompletedWan: num(row.progress?.cumulativeWan),
  };
}

function sheetChecks(sheet: ParsedProjectSheet): TotalCheck[] {
  return sheet.totals.map((total) => ({
    label: total.label,
    kind: total.kind,
    programNumber: null,
    line: total.row,
    rows: total.rows,
    measures: total.measures.map((m) => ({ measure: m.measure, declared: Number(m.declared), computed: Number(m.computed), difference: Number(m.difference), reconciled: m.reconciled })),
    reconciled: total.reconciled,
  }));
}

function documentChecks(document: ParsedPlanDocument | null): TotalCheck[] {
  if (!document) return [];
  return document.reconciliation.map((check) => {
    const program = document.programs.find((p) => p.number === check.programNumber);
    const measures: TotalCheck['measures'] = [];
    for (const measure of ['landMu', 'investmentWan'] as const) {
      const declared = check.declared[measure];
      if (declared === null) continue;
      measures.push({
        measure,
        declared: Number(declared),
        computed: Number(check.computed[measure]),
        difference: Number(check.difference[measure]),
        reconciled: Number(declared) === Number(check.computed[measure]),
      });
    }
    return {
      label: `${program?.label ?? `专栏${check.programNumber}`} ${program?.title ?? ''}`.trim(),
      kind: 'program' as const,
      programNumber: check.programNumber,
      line: program?.source.line ?? 0,
      rows: null,
      measures,
      reconciled: check.reconciled,
    };
  });
}

/** The report as the finance bureau reads it, one sentence a line. */
function summaryLines(report: ImportReport, sheet: ParsedProjectSheet | null): string[] {
  const lines: string[] = [];
  const c = report.counts;
  const verb = report.dryRun ? '将' : '已';
  if (sheet) {
    const header = sheet.headerRows.length > 1 ? `第 ${sheet.headerRows[0]}–${sheet.headerRows[sheet.headerRows.length - 1]} 行` : `第 ${sheet.headerRows[0]} 行`;
    lines.push(
      `${sheet.format === 'csv' ? sheet.file : `工作表“${sheet.sheet}”`}：表头在${header}，读取 ${c.rows} 行，其中项目 ${report.rows.total} 个，跳过 ${c.rowsSkipped} 行` +
        `${sheet.year ? `；年度 ${sheet.year}` : ''}${sheet.period ? `；进展截至 ${sheet.period}` : ''}；金额单位 ${sheet.units.money}。`,
    );
  } else {
    lines.push(`规划“${report.plan.title}”（${report.plan.code}）：${ACTION_NAMES[report.plan.action]}；专栏 ${c.programs} 个，项目 ${report.rows.total} 个，床位目标 ${c.bedTargets} 条，指标 ${c.indicators} 条。`);
  }
  lines.push(
    `项目：${verb}新建 ${c.projectsCreated} 个，${verb}更新 ${c.projectsUpdated} 个，未变 ${c.projectsUnchanged} 个；新建机构 ${c.institutionsCreated} 个` +
      `${c.annualPlansWritten ? `；年度计划 ${c.annualPlansWritten} 条` : ''}${c.progressReportsWritten ? `；月度进展 ${c.progressReportsWritten} 条` : ''}。`,
  );
  const categories = (Object.entries(c.byCategory) as [AnnualCategory | 'none', number][]).filter(([, n]) => n > 0);
  if (categories.some(([category]) => category !== 'none')) {
    lines.push(`年度类别：${categories.map(([category, n]) => `${CATEGORY_NAMES[category]} ${n} 个`).join('，')}。`);
  }
  const sums = (Object.entries(report.sums) as [SheetMeasure, number][]).map(([m, v]) => `${MEASURE_NAMES[m]} ${v} ${MEASURE_UNITS[m]}`);
  if (sums.length > 0) lines.push(`合计：${sums.join('；')}。`);
  for (const check of report.reconciliation) {
    const figures = check.measures.map((m) => `${MEASURE_NAMES[m.measure]}${m.reconciled ? `一致（${m.declared}）` : `申报 ${m.declared}，逐行相加 ${m.computed}，相差 ${m.difference}`}`);
    lines.push(`核对“${check.label}”${check.kind === 'program' ? '' : `（第 ${check.line} 行）`}：${figures.join('；')}${check.reconciled ? '。' : '。不一致！'}`);
  }
  const ignored = sheet?.columns.filter((column) => column.ignored) ?? [];
  if (ignored.length > 0) lines.push(`未导入的列：${ignored.map((column) => `${column.letter} 列“${column.header || '（空）'}”（${column.ignored}）`).join('，')}。`);
  if (sheet && sheet.otherSheets.length > 0) lines.push(`未读取的工作表：${sheet.otherSheets.map((s) => `“${s.name}”（${s.reason}）`).join('，')}。`);
  if (report.projectsNotInFile.length > 0) lines.push(`同名文件此前导入、这次没有列出的项目 ${report.projectsNotInFile.length} 个（保留）。`);
  if (report.warningCount > 0) lines.push(`提示 ${report.warningCount} 条${report.warningCount > report.warnings.length ? `（列出前 ${report.warnings.length} 条）` : ''}。`);
  return lines;
}
