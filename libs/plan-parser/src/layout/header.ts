import { headerKey } from '../text';
import { isEmptyRow, type RawRow, type RawTable } from './raw-table';

export interface Column {
  index: number;
  /** The header's words with line breaks and spaces removed: '计划投资（万元）'. */
  header: string;
}

export interface HeaderedTable {
  columns: Column[];
  /** Rows after the header, empty rows included (their position matters to some layouts). */
  body: RawRow[];
  headerLine: number;
  table: RawTable;
}

const YEAR = /(?:19|20)\d{2}\s*年?/g;

/**
 * A header may run over several rows: '十四五规划指标' over '现状值（2020年）' and '目标值（2025年）', or
 * '2020' / '年值'. A row after the first belongs to the header while its first cell is empty and it holds no
 * figure other than a year.
 */
function isHeaderContinuation(row: RawRow): boolean {
  if (isEmptyRow(row)) return false;
  if (row.cells[0]?.text.trim() !== '') return false;
  return row.cells.every((cell) => !/\d/.test(cell.text.replace(YEAR, '')));
}

export function splitHeader(table: RawTable): HeaderedTable {
  const rows = table.rows;
  let first = 0;
  while (first < rows.length && isEmptyRow(rows[first])) first++;
  const headerRows: RawRow[] = rows.slice(first, first + 1);
  let next = first + 1;
  for (let i = next; i < rows.length; i++) {
    if (isEmptyRow(rows[i])) continue;
    if (!isHeaderContinuation(rows[i])) break;
    headerRows.push(rows[i]);
    next = i + 1;
  }
  return {
    columns: mergeHeaderRows(headerRows),
    body: rows.slice(next),
    headerLine: headerRows[0]?.line ?? table.firstLine,
    table,
  };
}

/**
 * Header rows of different widths are merged cells: the widest row sets the columns, and a narrower row's
 * cells after its leading ones span the remaining columns evenly ('2020年' over '机构数' and '床位数').
 */
function mergeHeaderRows(rows: RawRow[]): Column[] {
  const width = Math.max(0, ...rows.map((row) => row.cells.length));
  const widest = rows.find((row) => row.cells.length === width);
  const leading = widest ? leadingEmpty(widest) : 0;
  const parts: string[][] = Array.from({ length: width }, () => []);
  for (const row of rows) {
    const texts = row.cells.map((cell) => cell.text);
    spread(texts, width, leading).forEach((text, index) => {
      if (text.trim() !== '') parts[index].push(text);
    });
  }
  return parts.map((texts, index) => ({ index, header: headerKey(texts.join('')) }));
}

function leadingEmpty(row: RawRow): number {
  let count = 0;
  while (count < row.cells.length && row.cells[count].text.trim() === '') count++;
  return count;
}

function spread(texts: string[], width: number, leading: number): string[] {
  if (texts.length >= width) return texts.slice(0, width);
  const fixed = Math.min(leading, texts.length);
  const spanning = texts.length - fixed;
  const remaining = width - fixed;
  if (spanning === 0 || remaining % spanning !== 0) {
    return [...texts, ...Array<string>(width - texts.length).fill('')];
  }
  const span = remaining / spanning;
  const out = texts.slice(0, fixed);
  for (const text of texts.slice(fixed)) out.push(...Array<string>(span).fill(text));
  return out;
}
