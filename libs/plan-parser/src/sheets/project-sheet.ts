import { compareDecimals, sumDecimals } from '../decimal';
import { PlanParseError } from '../errors';
import type { Column } from '../layout/header';
import type { RawRow } from '../layout/raw-table';
import type { CellPlace } from '../numbers';
import { projectRoleOf } from '../tables/columns';
import { readProjectRows } from '../tables/project-rows';
import { headerKey } from '../text';
import type { ParsedProject, ParseWarning } from '../types';
import { moneyUnitIn, type MoneyUnit } from '../units';
import type { SheetRow } from './sheet-row';

// Title rows ('XX县十四五项目表', '单位：万元') come before the header, but not many.
const HEADER_SEARCH_ROWS = 20;

/**
 * A project list: a header row (found by meaning: the row with a 项目名称 column), maybe title rows above it
 * that set the money unit ('单位：万元' / '单位：亿元'), then one project per row. Columns are matched by the
 * header's meaning as in the plans' tables; cells are taken by position, as a spreadsheet's columns are exact.
 */
export function projectsFromSheet(
  rows: readonly SheetRow[],
  fileName: string,
  planCode: string,
  placeUnit: CellPlace['unit'],
): { projects: ParsedProject[]; warnings: ParseWarning[] } {
  const nonEmpty = rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  if (nonEmpty.length === 0) throw new PlanParseError(`${fileName} has no rows`, null);
  const headerAt = nonEmpty.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => row.cells.some((cell) => projectRoleOf(headerKey(cell)) === 'name'));
  if (headerAt < 0) {
    throw new PlanParseError(
      `${fileName}: no header row with a 项目名称 column in the first ${HEADER_SEARCH_ROWS} rows; the table has no recognisable header`,
      nonEmpty[0].number,
    );
  }
  const header = nonEmpty[headerAt];
  let defaultMoneyUnit: MoneyUnit = '万元';
  for (const title of nonEmpty.slice(0, headerAt)) {
    for (const cell of title.cells) {
      const unit = /单位/.test(cell) ? moneyUnitIn(cell) : null;
      if (unit) defaultMoneyUnit = unit;
    }
  }
  let width = header.cells.length;
  while (width > 0 && header.cells[width - 1].trim() === '') width--;
  const columns: Column[] = header.cells.slice(0, width).map((cell, index) => ({ index, header: headerKey(cell) }));
  const body: RawRow[] = rows
    .filter((row) => row.number > header.number)
    .map((row) => ({
      line: row.number,
      cells: Array.from({ length: width }, (_, index) => ({ text: row.cells[index] ?? '', line: row.number })),
    }));

  const warnings: ParseWarning[] = [];
  const warn = (line: number, message: string) => warnings.push({ line, message });
  const read = readProjectRows(columns, body, { file: fileName, planCode, programNumber: null, defaultMoneyUnit, placeUnit, names: 'sheet', warn });
  if (read.declared) {
    const checks = [
      ['land', read.declared.landMu, sumDecimals(read.projects.map((p) => p.landMu))],
      ['investment', read.declared.investmentWan, sumDecimals(read.projects.map((p) => p.investmentWan))],
    ] as const;
    for (const [what, declared, computed] of checks) {
      if (declared !== null && compareDecimals(declared, computed) !== 0) {
        warn(header.number, `合计 ${what} is ${declared} but the rows add up to ${computed}`);
      }
    }
  }
  return { projects: read.projects, warnings };
}
