import { PlanParseError } from '../errors';
import type { Column } from '../layout/header';
import { isEmptyRow, type RawCell, type RawRow } from '../layout/raw-table';
import { looksNumeric, parseYearSpan, readStrictNumber, type CellPlace, type StrictNumber } from '../numbers';
import { buildTypeOf } from '../projects/build-type';
import { completeProject, disambiguateCodes, type ProjectDraft } from '../projects/complete-project';
import { nullIfEmpty, tidy, verbatim } from '../text';
import type { DeclaredTotals, Decimal, ParsedProject } from '../types';
import { areaUnitIn, landUnitIn, moneyUnitIn, toMu, toSquareMetres, toWan, type MoneyUnit } from '../units';
import { alignRow, type AlignedRow, type CellScorer } from './align';
import { projectRoleOf, type ProjectRole } from './columns';

export interface ProjectRowContext {
  file: string;
  planCode: string;
  /** The 专栏 the table is; a sheet's own 专栏 column overrides it. */
  programNumber: number | null;
  /** A money unit set above the header ('单位：万元'); a column's own header wins over it. */
  defaultMoneyUnit: MoneyUnit;
  warn: (line: number, message: string) => void;
}

export interface ProjectRowsResult {
  projects: ParsedProject[];
  declared: DeclaredTotals | null;
  /** Where each institution first appears. */
  institutionLines: Map<string, number>;
}

const TOTAL = /^(?:合计|总计)$/;
const SUBTOTAL = /^小计$/;
const FIGURE_COLUMNS: readonly ProjectRole[] = ['land', 'investment', 'floorArea', 'beds'];
const WORD_COLUMNS: readonly ProjectRole[] = ['name', 'content', 'institution'];

/**
 * Projects from the rows of a plan document's project table whose header has been read. Columns are known by their
 * headers' meaning, so the order of columns does not matter. An empty institution cell means the institution
 * of the row above (merged cells). The 合计 row gives the declared totals.
 */
export function readProjectRows(columns: readonly Column[], body: readonly RawRow[], context: ProjectRowContext): ProjectRowsResult {
  const roles = columns.map((column) => projectRoleOf(column.header));
  const at = (role: ProjectRole) => roles.indexOf(role);
  const width = columns.length;
  const score = scorer(roles, columnsWithFigures(body, roles, width));
  // Documents come from PDF conversion, which scatters spaces through Chinese names.
  const nameOf = tidy;
  const projects: ParsedProject[] = [];
  const institutionLines = new Map<string, number>();
  let declared: DeclaredTotals | null = null;
  let institution: string | null = null;

  for (const raw of body) {
    if (isEmptyRow(raw)) continue;
    const row = alignRow(raw, width, score);
    const text = (role: ProjectRole) => cellText(row, at(role));
    const labels = row.cells.filter((cell, i) => cell && !FIGURE_COLUMNS.includes(roles[i])).map((cell) => tidy(cell?.text ?? ''));
    if (labels.some((label) => SUBTOTAL.test(label))) {
      context.warn(row.line, '小计行已跳过');
      continue;
    }
    const figure = (role: ProjectRole) => readFigure(row, at(role), columns, context);
    if (labels.some((label) => TOTAL.test(label))) {
      if (declared) context.warn(row.line, '第二个合计行取代了前一个');
      declared = {
        landMu: at('land') < 0 ? null : toLand(figure('land'), columns[at('land')].header, row),
        investmentWan: at('investment') < 0 ? null : toMoney(figure('investment'), columns[at('investment')].header, row, context),
      };
      continue;
    }
    if (row.note) context.warn(row.line, row.note);

    const ownInstitution = at('institution') < 0 ? '' : nameOf(text('institution'));
    if (ownInstitution !== '') institution = ownInstitution;
    const name = nameOf(text('name'));
    if (name === '') {
      context.warn(row.line, '没有项目名称的一行，已跳过');
      continue;
    }
    const institutionName = at('institution') < 0 ? null : institution;
    if (ownInstitution !== '' && !institutionLines.has(ownInstitution)) institutionLines.set(ownInstitution, cellAt(row, at('institution'))?.line ?? row.line);

    const draft: ProjectDraft = {
      programNumber: programOf(text('program')) ?? context.programNumber,
      institutionName,
      name,
      content: nullIfEmpty(verbatim(text('content'))),
      remark: nullIfEmpty(verbatim(text('remark'))),
      // A record cites the line that names it: for a row whose institution cell is empty, not that empty cell.
      source: { file: context.file, line: cellAt(row, at('name'))?.line ?? row.line },
    };
    if (at('land') >= 0) draft.landMu = toLand(figure('land'), columns[at('land')].header, row);
    if (at('investment') >= 0) draft.investmentWan = toMoney(figure('investment'), columns[at('investment')].header, row, context);
    if (at('floorArea') >= 0) {
      const area = figure('floorArea');
      draft.floorAreaM2 = area ? toSquareMetres(area.value, areaUnitIn(area.unit ?? columns[at('floorArea')].header) ?? '平方米') : null;
    }
    if (at('beds') >= 0) draft.beds = wholeNumber(figure('beds'), columns[at('beds')].header, row);
    if (at('buildType') >= 0) draft.buildType = buildTypeOf(text('buildType')) ?? undefined;
    if (at('period') >= 0) {
      const span = parseYearSpan(text('period'));
      draft.startYear = span?.start ?? null;
      draft.endYear = span?.end ?? null;
    }
    projects.push(completeProject(draft, context.planCode));
  }
  disambiguateCodes(projects, context.warn);
  return { projects, declared, institutionLines };
}

function cellText(row: AlignedRow, index: number): string {
  return index < 0 ? '' : (row.cells[index]?.text ?? '');
}

function cellAt(row: AlignedRow, index: number): RawCell | null {
  return index < 0 ? null : row.cells[index];
}

function readFigure(row: AlignedRow, index: number, columns: readonly Column[], context: ProjectRowContext): StrictNumber | null {
  const cell = cellAt(row, index);
  if (!cell) return null;
  const place: CellPlace = { unit: 'line', line: cell.line, column: columns[index].header };
  const figure = readStrictNumber(cell.text, place);
  if (figure?.note) context.warn(cell.line, `“${columns[index].header}”列的括注“${figure.note}”不计入数字`);
  return figure;
}

function toMoney(figure: StrictNumber | null, header: string, row: AlignedRow, context: ProjectRowContext): Decimal | null {
  if (!figure) return null;
  const unit = figure.unit ? moneyUnitIn(figure.unit) : (moneyUnitIn(header) ?? context.defaultMoneyUnit);
  if (!unit) throw unitMismatch(figure, header, row);
  return toWan(figure.value, unit);
}

function toLand(figure: StrictNumber | null, header: string, row: AlignedRow): Decimal | null {
  if (!figure) return null;
  const unit = figure.unit ? landUnitIn(figure.unit) : (landUnitIn(header) ?? '亩');
  if (!unit) throw unitMismatch(figure, header, row);
  return toMu(figure.value, unit);
}

function unitMismatch(figure: StrictNumber, header: string, row: AlignedRow): PlanParseError {
  return new PlanParseError(
    `第 ${row.line} 行（${header}）：“${figure.value}${figure.unit}”的单位与这一列不符`,
    row.line,
    header,
  );
}

function wholeNumber(figure: StrictNumber | null, header: string, row: AlignedRow): number | null {
  if (!figure) return null;
  if (!/^\d+$/.test(figure.value)) {
    throw new PlanParseError(`第 ${row.line} 行（${header}）：“${figure.value}”不是整数`, row.line, header);
  }
  return Number(figure.value);
}

function programOf(text: string): number | null {
  const match = /\d+/.exec(text);
  return match ? Number(match[0]) : null;
}

/** Figure columns that hold figures in full rows: a lone figure in a 合计 row goes under one of these. */
function columnsWithFigures(body: readonly RawRow[], roles: readonly ProjectRole[], width: number): Set<number> {
  const filled = new Set<number>();
  for (const row of body) {
    if (row.cells.length !== width) continue;
    row.cells.forEach((cell, index) => {
      if (FIGURE_COLUMNS.includes(roles[index]) && isFigure(cell.text)) filled.add(index);
    });
  }
  return filled;
}

function isFigure(text: string): boolean {
  try {
    return readStrictNumber(text, { unit: 'line', line: 0, column: '' }) !== null;
  } catch {
    return false;
  }
}

function scorer(roles: readonly ProjectRole[], filled: Set<number>): CellScorer {
  return (column, text) => {
    const value = text.trim();
    if (value === '') return 0;
    const role = roles[column];
    if (FIGURE_COLUMNS.includes(role)) {
      if (!isFigure(value)) return -3;
      // A figure prefers a column that has figures, and a lone 合计 figure is most often the investment.
      return 2 + (filled.has(column) ? 0.5 : 0) + (role === 'investment' ? 0.1 : 0);
    }
    if (WORD_COLUMNS.includes(role)) return looksNumeric(value) ? -2 : 1;
    if (role === 'seq') return /^\d+$/.test(value) ? 1 : -1;
    if (role === 'period') return parseYearSpan(value) ? 1 : -1;
    return 0;
  };
}
