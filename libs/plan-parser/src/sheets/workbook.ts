/** A spreadsheet as read from any of the formats: sheets of rows of cell texts, with their merged areas. */
export interface Workbook {
  format: 'xlsx' | 'xls' | 'csv';
  sheets: Sheet[];
}

export interface Sheet {
  /** The sheet's tab name; for a csv, the file name. */
  name: string;
  /** Non-empty rows, in order. */
  rows: SheetRow[];
  /** Merged areas; empty for a csv, which has none. */
  merges: CellRange[];
}

/** A row: its number as Excel shows it (a csv record's first line), and its cells' texts by column index from 0. */
export interface SheetRow {
  number: number;
  cells: string[];
}

/** A merged area: rows as Excel numbers them, columns from 0, both ends included. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** 'AB12' → { column: 27, row: 12 }; null when it is not a cell reference. */
export function parseCellRef(ref: string): { column: number; row: number } | null {
  // By hand rather than with a regular expression: a worksheet has one reference per cell.
  let i = ref.charCodeAt(0) === 36 /* $ */ ? 1 : 0;
  let column = 0;
  let letters = 0;
  for (let c = ref.charCodeAt(i); c >= 65 && c <= 90; c = ref.charCodeAt(++i)) {
    column = column * 26 + (c - 64);
    letters++;
  }
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  let digits = 0;
  for (let c = ref.charCodeAt(i); c >= 48 && c <= 57; c = ref.charCodeAt(++i)) {
    row = row * 10 + (c - 48);
    digits++;
  }
  if (letters < 1 || letters > 3 || digits < 1 || digits > 7 || i !== ref.length) return null;
  return { column: column - 1, row };
}

/** 'A1:C2' → a range; a single cell is a range of one. */
export function parseRangeRef(ref: string): CellRange | null {
  const [from, to = from] = ref.split(':');
  const a = parseCellRef(from);
  const b = parseCellRef(to);
  if (!a || !b) return null;
  return { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.column, b.column), right: Math.max(a.column, b.column) };
}
