import type { Decimal, ParsedProject, ParseWarning } from '../types';
import type { SheetRole } from './columns';

/** The annual category of a key-project list (年度重点项目): 新开工 / 续建 / 前期 / 竣工. */
export type AnnualCategory = 'new' | 'continuing' | 'preparatory' | 'completing';
export const ANNUAL_CATEGORIES: readonly AnnualCategory[] = ['new', 'continuing', 'preparatory', 'completing'];

export interface QuarterPlan {
  quarter: 1 | 2 | 3 | 4;
  planWan: Decimal | null;
  work: string | null;
}

/** What a sheet says of a project's year: its category, the year's planned investment and each quarter's. */
export interface SheetAnnualPlan {
  year: number;
  category: AnnualCategory | null;
  planWan: Decimal | null;
  task: string | null;
  quarters: QuarterPlan[];
}

/** What a sheet says of a project's progress as of a month: the completed investment, and the month's text. */
export interface SheetProgress {
  /** YYYY-MM */
  period: string;
  /** Completed since the start of the project (累计完成投资). */
  cumulativeWan: Decimal | null;
  /** Completed since January of the period's year (1-5月完成投资). */
  yearToDateWan: Decimal | null;
  /** Completed in the month itself (本月完成投资). */
  monthWan: Decimal | null;
  text: string | null;
}

export interface SheetProject extends ParsedProject {
  /** The row as Excel numbers it. */
  row: number;
  /** A code the sheet itself gives (项目代码); the generated one otherwise. */
  givenCode: string | null;
  /** 层次: 省重点, 市重点, 县（区）重点 … */
  tier: string | null;
  /** 是否开工. */
  started: boolean | null;
  annual: SheetAnnualPlan | null;
  progress: SheetProgress | null;
}

/** The project fields a sheet gives: an import changes only these on projects it matches. */
export type SheetField =
  | 'name'
  | 'institution'
  | 'program'
  | 'content'
  | 'buildType'
  | 'landMu'
  | 'investmentWan'
  | 'floorAreaM2'
  | 'beds'
  | 'years'
  | 'remark'
  | 'tier'
  | 'started';

export type SheetMeasure =
  | 'investmentWan'
  | 'annualPlanWan'
  | 'cumulativeCompletedWan'
  | 'yearToDateCompletedWan'
  | 'monthCompletedWan'
  | 'q1PlanWan'
  | 'q2PlanWan'
  | 'q3PlanWan'
  | 'q4PlanWan'
  | 'landMu'
  | 'floorAreaM2'
  | 'beds';

export interface SheetColumnView {
  letter: string;
  header: string;
  role: SheetRole;
  quarter?: number;
  /** The unit its figures were read in ('亿元' → converted to 万元), for figure columns. */
  unit?: string;
  /** Why it is not imported; absent for a column that is. */
  ignored?: string;
}

/** A 合计 or 小计 (or a section row with figures) against the rows it covers. */
export interface SheetTotalCheck {
  row: number;
  kind: 'total' | 'subtotal';
  label: string;
  /** The rows it covers, first and last (Excel numbers). */
  rows: { from: number; to: number } | null;
  measures: { measure: SheetMeasure; declared: Decimal; computed: Decimal; difference: Decimal; reconciled: boolean }[];
  reconciled: boolean;
}

export interface SheetWarning extends ParseWarning {
  sheet?: string;
  column?: string;
}

export interface ParsedProjectSheet {
  file: string;
  format: 'xlsx' | 'xls' | 'csv';
  sheet: string;
  /** The sheets of the workbook that were not read, and why. */
  otherSheets: { name: string; reason: string }[];
  title: string | null;
  headerRows: number[];
  /** The year the annual figures are for; null when the sheet has none. */
  year: number | null;
  /** The month the progress figures are as of (YYYY-MM); null when the sheet has none. */
  period: string | null;
  units: { money: string; land: string; area: string };
  columns: SheetColumnView[];
  given: SheetField[];
  projects: SheetProject[];
  totals: SheetTotalCheck[];
  /** The sum of every figure column over the projects, in the tracker's units (万元, 亩, ㎡, 张). */
  sums: Partial<Record<SheetMeasure, Decimal>>;
  rowsRead: number;
  rowsSkipped: number;
  warnings: SheetWarning[];
}
