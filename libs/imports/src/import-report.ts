import type { AnnualCategory, SheetColumnView, SheetMeasure } from '@tracker/plan-parser';
import type { MatchedBy } from './project-matcher';

export type ImportAction = 'create' | 'update' | 'unchanged';

/** One row of the file as the import leaves it: what it does and to which project. */
export interface ImportRow {
  /** The line of a document, the row of a sheet (as Excel numbers it). */
  line: number;
  action: ImportAction;
  code: string;
  name: string;
  institutionName: string | null;
  /** The project the row matched, and how; null for a row that creates one. */
  matched: { id: string; code: string; name: string; by: MatchedBy } | null;
  /** What an update changes: project fields, 'annualPlan', 'progress'. */
  changes: string[];
  programNumber: number | null;
  buildType: string;
  tier: string | null;
  category: AnnualCategory | null;
  landMu: number | null;
  investmentWan: number | null;
  floorAreaM2: number | null;
  beds: number | null;
  startYear: number | null;
  endYear: number | null;
  annualPlanWan: number | null;
  cumulativeCompletedWan: number | null;
}

/** A declared total (a 专栏's 合计, a sheet's 合计 or 小计) against the rows it covers. */
export interface TotalCheck {
  label: string;
  kind: 'program' | 'total' | 'subtotal';
  programNumber: number | null;
  line: number;
  rows: { from: number; to: number } | null;
  measures: { measure: SheetMeasure; declared: number; computed: number; difference: number; reconciled: boolean }[];
  reconciled: boolean;
}

export interface ImportWarning {
  line: number;
  message: string;
  sheet?: string;
  column?: string;
}

export interface ImportReport {
  file: string;
  dryRun: boolean;
  kind: 'plan-document' | 'project-sheet';
  plan: { id: string | null; code: string; title: string; action: ImportAction };
  /** What was read of a spreadsheet: which sheet, its header, year and month, units, and every column's fate. */
  sheet: {
    name: string;
    format: string;
    title: string | null;
    headerRows: number[];
    year: number | null;
    period: string | null;
    units: { money: string; land: string; area: string };
    columns: SheetColumnView[];
    otherSheets: { name: string; reason: string }[];
  } | null;
  counts: {
    rows: number;
    rowsSkipped: number;
    programs: number;
    institutionsCreated: number;
    projectsCreated: number;
    projectsUpdated: number;
    projectsUnchanged: number;
    annualPlansWritten: number;
    progressReportsWritten: number;
    bedTargets: number;
    indicators: number;
    /** Projects by annual category (新开工, 续建 …), for an annual list. */
    byCategory: Record<AnnualCategory | 'none', number>;
  };
  /** The sum of every figure column over the rows read, in the tracker's units. */
  sums: Partial<Record<SheetMeasure, number>>;
  reconciliation: TotalCheck[];
  /** Projects of this plan from a file of the same name that the file no longer lists; kept, since they may carry progress. */
  projectsNotInFile: { code: string; name: string }[];
  warnings: ImportWarning[];
  warningCount: number;
  /** The same in Chinese sentences, as the CLI prints them and the dashboard shows them. */
  summary: string[];
  /** The row-by-row preview, one page of it (see rowOffset, rowLimit); rows with problems come in `warnings`. */
  rows: { total: number; offset: number; limit: number; items: ImportRow[] };
  durationMs: number;
}

/** At most this many warnings in an answer (the count says how many there were). */
export const MAX_WARNINGS = 200;
