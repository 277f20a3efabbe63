/** One cell as the document lays it out; `text` joins the cell's lines with '\n'. */
export interface RawCell {
  text: string;
  /** 1-based line of the cell's first line. */
  line: number;
}

export interface RawRow {
  /** 1-based line where the row starts. */
  line: number;
  cells: RawCell[];
}

export interface RawTable {
  layout: 'cell-per-line' | 'row-per-line';
  rows: RawRow[];
  /** 1-based first and last line of the table. */
  firstLine: number;
  lastLine: number;
  /** 0-based index of the first line after the table. */
  next: number;
}

export function isEmptyRow(row: RawRow): boolean {
  return row.cells.every((cell) => cell.text.trim() === '');
}
