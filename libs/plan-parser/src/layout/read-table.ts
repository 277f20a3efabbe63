import { isBlank, stripBookmarks } from '../text';
import { captionAt } from './captions';
import type { RawCell, RawRow, RawTable } from './raw-table';

/** Is there a table at this line? Plans lay tables out with TABs; prose never contains one. */
export function isTableLine(line: string): boolean {
  return stripBookmarks(line).includes('\t');
}

/**
 * Reads the table starting at `start` in whichever layout it uses:
 * - cell per line (德阳市罗江区, 泸县, 平罗县): each cell on its own line starting with a TAB; a cell goes on over
 *   the following lines that have no TAB; a blank line before a TAB line starts a new row.
 * - row per line (攀枝花市, 乐山市市中区): a row's cells on one line, separated by TABs.
 */
export function readTable(lines: readonly string[], start: number): RawTable {
  const first = stripBookmarks(lines[start]);
  const cellPerLine = first.startsWith('\t') && !first.slice(1).includes('\t');
  return cellPerLine ? readCellPerLine(lines, start) : readRowPerLine(lines, start);
}

// A line without a TAB after a blank line continues the cell above (cells hold blank lines), unless it reads
// like a paragraph of prose: after a table the document goes on with a long paragraph.
const PROSE_LENGTH = 80;

function readCellPerLine(lines: readonly string[], start: number): RawTable {
  const rows: RawRow[] = [];
  let row: RawRow | null = null;
  let continued: RawCell | null = null;
  let blanks = 0;
  let last = start;
  let index = start;
  for (; index < lines.length; index++) {
    const line = stripBookmarks(lines[index]);
    if (isBlank(line) && !line.includes('\t')) {
      blanks++;
      continue;
    }
    if (line.startsWith('\t')) {
      if (index > start && captionAt(lines, index)) break;
      if (row === null || blanks > 0) {
        row = { line: index + 1, cells: [] };
        rows.push(row);
      }
      const texts = line.slice(1).split('\t');
      const cells = texts.map((text) => ({ text: text.trim(), line: index + 1 }));
      row.cells.push(...cells);
      continued = cells[0];
      blanks = 0;
      last = index;
      continue;
    }
    const prose = blanks > 0 && line.trim().length > PROSE_LENGTH;
    if (continued === null || blanks > 1 || prose) break;
    continued.text = continued.text === '' ? line.trim() : `${continued.text}\n${line.trim()}`;
    blanks = 0;
    last = index;
  }
  return { layout: 'cell-per-line', rows, firstLine: start + 1, lastLine: last + 1, next: last + 1 };
}

function readRowPerLine(lines: readonly string[], start: number): RawTable {
  const rows: RawRow[] = [];
  let last = start;
  let index = start;
  for (; index < lines.length; index++) {
    const line = stripBookmarks(lines[index]);
    if (isBlank(line) && !line.includes('\t')) continue;
    if (!line.includes('\t')) break;
    if (index > start && captionAt(lines, index)) break;
    rows.push({ line: index + 1, cells: line.split('\t').map((text) => ({ text: text.trim(), line: index + 1 })) });
    last = index;
  }
  return { layout: 'row-per-line', rows, firstLine: start + 1, lastLine: last + 1, next: last + 1 };
}
