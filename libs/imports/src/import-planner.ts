import {
  compareDecimals,
  normalizeDecimal,
  subtractDecimals,
  type ParsedProject,
  type SheetAnnualPlan,
  type SheetField,
  type SheetProgress,
} from '@tracker/plan-parser';
import { ImportConflictError } from './project-matcher';
import { ANNUAL_COLUMNS, PROJECT_VALUE_COLUMNS, type AnnualValues, type ProjectColumn, type ProjectValues } from '@tracker/projects';

type Row = Record<string, unknown>;

/** A row of a document or a sheet, in one shape. */
export interface ImportableProject extends ParsedProject {
  line: number;
  givenCode: string | null;
  tier: string | null;
  started: boolean | null;
  annual: SheetAnnualPlan | null;
  progress: SheetProgress | null;
}

export interface PlanningContext {
  /**
   * 'document': the plan document is the authority on what it lists, so every field is written, blanks included.
   * 'sheet': a list updates only the fields it has columns for, and a blank cell leaves the stored value alone.
   */
  mode: 'document' | 'sheet';
  given: ReadonlySet<SheetField>;
  file: string;
  programIds: ReadonlyMap<number, string>;
  /** Institution name → id; names the import will create map to a placeholder until they exist. */
  institutionIds: ReadonlyMap<string, string>;
}

/** API field names of the columns, for the preview's list of changes and the audit. */
const FIELD_OF: Record<ProjectColumn, string> = {
  program_id: 'programId', institution_id: 'institutionId', name: 'name', content: 'content', build_type: 'buildType',
  status: 'status', land_mu: 'landMu', investment_wan: 'investmentWan', floor_area_m2: 'floorAreaM2',
  new_build_area_m2: 'newBuildAreaM2', renovation_area_m2: 'renovationAreaM2', beds: 'beds', start_year: 'startYear',
  end_year: 'endYear', remark: 'remark', tier: 'tier', source_file: 'source', source_line: 'source',
};

// A project already started on is not put back to under construction by a list that says 开工.
const NOT_YET_STARTED = new Set(['planned', 'preparing']);

/** The columns a row's values would write, from the row alone (a new project). */
function rowValues(row: ImportableProject, context: PlanningContext): ProjectValues {
  return {
    program_id: row.programNumber === null ? null : (context.programIds.get(row.programNumber) ?? null),
    institution_id: row.institutionName ? (context.institutionIds.get(row.institutionName) ?? null) : null,
    name: row.name,
    content: row.content,
    build_type: row.buildType,
    status: row.started ? 'under_construction' : 'planned',
    land_mu: row.landMu,
    investment_wan: row.investmentWan,
    floor_area_m2: row.floorAreaM2,
    new_build_area_m2: row.newBuildAreaM2,
    renovation_area_m2: row.renovationAreaM2,
    beds: row.beds,
    start_year: row.startYear,
    end_year: row.endYear,
    remark: row.remark,
    tier: row.tier,
    source_file: context.file,
    source_line: row.line,
  };
}

/** Which columns a sheet that gives `field` may write. */
const COLUMNS_OF: Record<SheetField, readonly ProjectColumn[]> = {
  name: [],
  institution: ['institution_id'],
  program: ['program_id'],
  // The quantities read from 建设内容 come with it, unless the sheet has columns of their own.
  content: ['content', 'floor_area_m2', 'new_build_area_m2', 'renovation_area_m2', 'beds'],
  buildType: ['build_type'],
  landMu: ['land_mu'],
  investmentWan: ['investment_wan'],
  floorAreaM2: ['floor_area_m2'],
  beds: ['beds'],
  years: ['start_year', 'end_year'],
  remark: ['remark'],
  tier: ['tier'],
  started: ['status'],
};

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/** Equal as stored: numeric(18,2) reads back as '12000.00' where the file said 12000. */
const same = (a: string | number | null, b: unknown): boolean => {
  if (a === null || b === null || b === undefined) return a === null && (b === null || b === undefined);
  if (typeof a === 'number') return Number(b) === a;
  const other = String(b);
  if (a === other) return true;
  return DECIMAL_TEXT.test(a) && DECIMAL_TEXT.test(other) && normalizeDecimal(a) === normalizeDecimal(other);
};

/**
 * The values a row leaves on its project and the fields that change. A new project takes the row's values; a
 * matched one keeps what the file does not say (and, for a list, what a blank cell does not say), so an unchanged
 * row changes nothing: no version, no audit entry, no event. Built once per import: which columns it may write
 * depends on the file, not the row.
 */
export class ProjectValuePlanner {
  private readonly writable: readonly ProjectColumn[];

  constructor(private readonly context: PlanningContext) {
    this.writable =
      context.mode === 'document'
        ? PROJECT_VALUE_COLUMNS.filter((c) => c !== 'status' && c !== 'tier' && c !== 'source_file' && c !== 'source_line')
        : [...new Set([...context.given].flatMap((field) => COLUMNS_OF[field]))];
  }

  plan(row: ImportableProject, existing: Row | null): { values: ProjectValues; changes: string[] } {
    const fromRow = rowValues(row, this.context);
    if (!existing) return { values: fromRow, changes: [] };
    const values = {} as ProjectValues;
    for (const column of PROJECT_VALUE_COLUMNS) values[column] = (existing[column] ?? null) as string | number | null;
    const sheet = this.context.mode === 'sheet';
    let changes: string[] | null = null;
    for (const column of this.writable) {
      let value = fromRow[column];
      if (sheet) {
        if (value === null) continue;
        // An institution fills a gap; a different one would have made the row another project (see the matcher).
        if (column === 'institution_id' && values.institution_id !== null) continue;
        if (column === 'status') {
          if (!row.started || !NOT_YET_STARTED.has(String(values.status))) continue;
          value = 'under_construction';
        }
      }
      if (!same(value, values[column])) {
        values[column] = value;
        const field = FIELD_OF[column];
        changes ??= [];
        if (!changes.includes(field)) changes.push(field);
      }
    }
    if (changes) {
      // A changed project cites where its values now come from.
      values.source_file = this.context.file;
      values.source_line = row.line;
    }
    return { values, changes: changes ?? [] };
  }
}

/** The annual plan a row leaves, merged over the stored one; null when nothing would change. */
export function planAnnual(annual: SheetAnnualPlan | null, existing: Row | null): { values: AnnualValues; changes: string[] } | null {
  if (!annual) return null;
  const values = {} as AnnualValues;
  for (const column of ANNUAL_COLUMNS) values[column] = (existing?.[column] as string | null | undefined) ?? null;
  const changes: string[] = [];
  const set = (column: keyof AnnualValues, value: string | null) => {
    if (value === null || same(value, values[column])) return;
    values[column] = value;
    changes.push(column);
  };
  set('category', annual.category);
  set('plan_wan', annual.planWan);
  set('task', annual.task);
  for (const quarter of annual.quarters) {
    set(`q${quarter.quarter}_plan_wan`, quarter.planWan);
    set(`q${quarter.quarter}_work`, quarter.work);
  }
  return changes.length > 0 ? { values, changes } : null;
}

/** What the month's report becomes: its completed investment (from a cumulative or year-to-date figure) and text. */
export interface PlannedProgress {
  completedWan: string;
  text: string | null;
  version: number | null;
}

/**
 * The month's completed investment from what a sheet says of it. 累计完成投资 is the total since the start, so the
 * month's figure is that total less every month reported before it; 1-N月完成投资 is likewise the year's total.
 * A total below what is already reported, or two figures of one row that disagree, are refused.
 */
export function planProgress(progress: SheetProgress | null, around: Row | undefined, place: string, line: number): PlannedProgress | null {
  if (!progress) return null;
  const before = String(around?.completed_before ?? '0');
  const beforeInYear = String(around?.completed_before_in_year ?? '0');
  const candidates: { label: string; month: string }[] = [];
  const derive = (label: string, total: string | null, reported: string, reportedLabel: string) => {
    if (total === null) return;
    const month = subtractDecimals(total, normalizeDecimal(reported));
    if (compareDecimals(month, '0') < 0) {
      throw new ImportConflictError(
        `${place}：${label} ${total} 万元少于${reportedLabel}已填报的完成投资合计 ${normalizeDecimal(reported)} 万元；请核对`,
        line,
      );
    }
    candidates.push({ label, month });
  };
  derive('累计完成投资', progress.cumulativeWan, before, ` ${progress.period} 之前各月`);
  derive(`${progress.period.slice(0, 4)} 年累计完成投资`, progress.yearToDateWan, beforeInYear, `${progress.period.slice(0, 4)} 年此前各月`);
  if (progress.monthWan !== null) candidates.push({ label: '本月完成投资', month: progress.monthWan });
  const first = candidates[0];
  for (const other of candidates.slice(1)) {
    if (compareDecimals(other.month, first.month) !== 0) {
      throw new ImportConflictError(`${place}：按${first.label}算，${progress.period} 完成 ${first.month} 万元，按${other.label}算是 ${other.month} 万元，两者不一致`, line);
    }
  }
  const existingMonth = around?.month_completed === null || around?.month_completed === undefined ? null : String(around.month_completed);
  const completedWan = first?.month ?? existingMonth ?? '0';
  const version = around?.month_version === null || around?.month_version === undefined ? null : Number(around.month_version);
  const unchanged =
    version !== null &&
    existingMonth !== null &&
    compareDecimals(normalizeDecimal(existingMonth), normalizeDecimal(completedWan)) === 0 &&
    (progress.text === null || progress.text === around?.month_text);
  if (unchanged) return null;
  if (around?.month_round) {
    // The month is reported through a reporting round, where it is reviewed; a sheet does not go around that.
    throw new ImportConflictError(
      `${place}：${progress.period} 的进度已在调度轮次中填报（轮次 ${String(around.month_round)}），与表中数字不同；请在该轮次的填报中修改`,
      line,
    );
  }
  return { completedWan, text: progress.text, version };
}
