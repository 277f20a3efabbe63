import { headerKey } from '../text';
import { sheetRoleOf, type ColumnRole } from './columns';
import { columnLetter, type CellRange, type Sheet, type SheetRow } from './workbook';

export interface LayoutColumn {
  index: number;
  letter: string;
  /** The header as one string, a group over its sub-header joined: '二季度工作计划' + '投资'. */
  header: string;
  role: ColumnRole;
}

/** A cell above the header: the title, a unit row ('单位：万元'), a date. */
export interface TitleCell {
  row: number;
  column: number;
  text: string;
}

export interface SheetLayout {
  sheet: Sheet;
  /** Row numbers of the header (one to three rows). */
  headerRows: number[];
  /** The rows after the header. */
  body: SheetRow[];
  columns: LayoutColumn[];
  titleCells: TitleCell[];
  /** Cells of the header rows that state a unit ('单位：万元' at the right end of the header row). */
  headerUnitCells: TitleCell[];
}

// Title rows come before the header, but not many.
const HEADER_SEARCH_ROWS = 30;
// A 项目名称 header is short; a title that happens to say 项目名称 is not a header.
const NAME_HEADER_MAX = 16;
const UNIT_STATEMENT = /单位\s*[:：]/;

/** What a cell shows: its own text, or, inside a merged area, the text of the area's first cell. */
class MergedCells {
  private readonly covered = new Map<string, string>();

  constructor(sheet: Sheet, lastRow: number) {
    const texts = new Map(sheet.rows.filter((row) => row.number <= lastRow).map((row) => [row.number, row.cells]));
    for (const merge of sheet.merges) {
      if (merge.top > lastRow) continue;
      const text = texts.get(merge.top)?.[merge.left] ?? '';
      if (text.trim() === '') continue;
      for (let row = merge.top; row <= Math.min(merge.bottom, lastRow); row++) {
        for (let column = merge.left; column <= merge.right; column++) {
          if (row !== merge.top || column !== merge.left) this.covered.set(`${row}:${column}`, text);
        }
      }
    }
  }

  text(row: SheetRow, column: number): string {
    const own = row.cells[column] ?? '';
    return own.trim() !== '' ? own : (this.covered.get(`${row.number}:${column}`) ?? '');
  }

  /** True when the cell is inside a merged area that spans columns (a group header over its sub-headers). */
  spansColumns(sheet: Sheet, row: number, column: number): boolean {
    return sheet.merges.some((m: CellRange) => m.right > m.left && m.top <= row && m.bottom >= row && m.left <= column && m.right >= column);
  }
}

const own = (row: SheetRow, column: number) => (row.cells[column] ?? '').trim();
const filledColumns = (row: SheetRow) => row.cells.flatMap((cell, index) => (cell.trim() !== '' ? [index] : []));

/**
 * A header cell names a column: short, no figures (a year or a quarter is fine: '2022年计划投资', '一季度').
 * A data row or a title row fails this somewhere.
 */
function headerLike(text: string): boolean {
  const bare = text.replace(/(?:19|20)\d{2}\s*年?/g, '').replace(/[1-4一二三四]\s*季度|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月|\d{1,2}\s*月/g, '');
  return text.length <= 40 && !/\d/.test(bare.replace(/[（(][^）)]*[）)]/g, ''));
}

/**
 * The header of a project sheet: the first row (of the first 30) with a 项目名称 column, together with a group
 * row above it and sub-header rows below it (merged cells, or in a csv a group label over empty cells). Null when
 * the sheet has no such row.
 */
export function findLayout(sheet: Sheet): SheetLayout | null {
  const search = sheet.rows.slice(0, HEADER_SEARCH_ROWS);
  if (search.length === 0) return null;
  const merged = new MergedCells(sheet, search[search.length - 1].number);
  const anchorAt = search.findIndex((row) => {
    const texts = filledColumns(row).map((column) => headerKey(merged.text(row, column)));
    return texts.length >= 2 && texts.some((text) => text.length <= NAME_HEADER_MAX && sheetRoleOf(text).role === 'name');
  });
  if (anchorAt < 0) return null;
  const anchor = search[anchorAt];
  const nameColumn = anchor.cells.findIndex((cell) => sheetRoleOf(headerKey(cell)).role === 'name');

  let first = anchorAt;
  const above = search[anchorAt - 1];
  if (above && above.number === anchor.number - 1 && isGroupRow(above, anchor)) first = anchorAt - 1;
  let last = anchorAt;
  for (let next = anchorAt + 1; next < search.length && next <= anchorAt + 2; next++) {
    const row = search[next];
    if (row.number !== search[last].number + 1 || !isSubHeaderRow(row, search[last], nameColumn, merged, sheet)) break;
    last = next;
  }
  const block = search.slice(first, last + 1);

  // Cells that state a unit are not headers: they are read with the title.
  const headerUnitCells: TitleCell[] = [];
  for (const row of block) {
    for (const column of filledColumns(row)) {
      if (UNIT_STATEMENT.test(own(row, column))) headerUnitCells.push({ row: row.number, column, text: own(row, column) });
    }
  }
  const isUnitCell = (row: SheetRow, column: number) => headerUnitCells.some((c) => c.row === row.number && c.column === column);
  const width = Math.max(...block.map((row) => row.cells.length));
  const lastRow = block[block.length - 1];
  const columns: LayoutColumn[] = [];
  for (let column = 0; column < width; column++) {
    const parts: string[] = [];
    for (const row of block) {
      if (isUnitCell(row, column)) continue;
      let text = merged.text(row, column).trim();
      // In a csv (no merges) a group label stands over the first of its columns and the rest are empty.
      if (text === '' && row !== lastRow && sheet.merges.length === 0 && own(lastRow, column) !== '') {
        for (let left = column - 1; left >= 0; left--) {
          if (own(row, left) !== '') {
            text = own(row, left);
            break;
          }
        }
      }
      if (text !== '' && parts[parts.length - 1] !== text) parts.push(text);
    }
    const header = headerKey(parts.join(''));
    columns.push({ index: column, letter: columnLetter(column), header, role: sheetRoleOf(header) });
  }
  while (columns.length > 0 && columns[columns.length - 1].header === '') columns.pop();

  return {
    sheet,
    headerRows: block.map((row) => row.number),
    body: sheet.rows.slice(sheet.rows.indexOf(lastRow) + 1),
    columns,
    titleCells: sheet.rows
      .filter((row) => row.number < block[0].number)
      .flatMap((row) => filledColumns(row).map((column) => ({ row: row.number, column, text: own(row, column) }))),
    headerUnitCells,
  };
}

/** A group row over the header: two or more header-like cells, none a unit, standing over header cells. */
function isGroupRow(row: SheetRow, header: SheetRow): boolean {
  const filled = filledColumns(row);
  if (filled.length < 2) return false;
  return filled.every((column) => {
    const text = own(row, column);
    return headerLike(text) && !UNIT_STATEMENT.test(text) && (own(header, column) !== '' || own(header, column + 1) !== '');
  });
}

/**
 * A sub-header row: no project name, only header-like cells, each standing where the row above leaves room for a
 * sub-header (an empty cell, or a group label whose next cell is empty, or a merged group). A section row
 * ('一、续建项目') under a 序号 header does not.
 */
function isSubHeaderRow(row: SheetRow, above: SheetRow, nameColumn: number, merged: MergedCells, sheet: Sheet): boolean {
  const name = headerKey(merged.text(row, nameColumn));
  if (name !== '' && name !== headerKey(merged.text(above, nameColumn))) return false;
  const filled = filledColumns(row);
  if (filled.length === 0) return false;
  return filled.every((column) => {
    if (!headerLike(own(row, column))) return false;
    if (own(above, column) === '') return true;
    if (merged.spansColumns(sheet, above.number, column)) return true;
    return own(above, column + 1) === '' && own(row, column + 1) !== '';
  });
}
