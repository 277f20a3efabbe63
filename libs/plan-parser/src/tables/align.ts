import type { RawCell, RawRow } from '../layout/raw-table';

/** How well a cell's text fits a column; alignment picks the placement with the highest total. */
export type CellScorer = (column: number, text: string) => number;

export interface AlignedRow {
  line: number;
  /** One entry per column; null where the row has no cell for it. */
  cells: (RawCell | null)[];
  /** How the row was read when it did not have one cell per column. */
  note: string | null;
}

const MAX_WIDTH = 16;
const MAX_MISSING = 5;
// Several spaces inside a cell line mean two cells the conversion ran together ('…设置       %').
const WIDE_GAP = /(?<=\S)[ \u3000]{3,}(?=\S)/;

/**
 * Puts a row's cells under the right columns. A row with a cell per column reads by position. A shorter row
 * (a 合计 row spanning the label columns, a cell the conversion dropped) is placed by meaning: every way of
 * leaving columns out is scored, figures under figure columns and words under word columns, and the best
 * wins; on a tie the placement closest to reading by position does.
 */
export function alignRow(row: RawRow, width: number, score: CellScorer): AlignedRow {
  let cells = row.cells;
  if (cells.length < width) cells = splitRunTogether(cells, width);
  if (cells.length === width) return { line: row.line, cells, note: null };
  if (cells.length > width) {
    return {
      line: row.line,
      cells: cells.slice(0, width),
      note: `row has ${cells.length} cells for ${width} columns; cells after the last column were ignored`,
    };
  }
  const missing = width - cells.length;
  if (width > MAX_WIDTH || missing > MAX_MISSING) {
    return { line: row.line, cells: [...cells, ...Array<null>(missing).fill(null)], note: `row has ${cells.length} of ${width} cells; read by position` };
  }
  let best: { cells: (RawCell | null)[]; score: number } | null = null;
  for (const kept of keptColumns(width, cells.length)) {
    const placed: (RawCell | null)[] = Array<RawCell | null>(width).fill(null);
    let total = 0;
    kept.forEach((column, i) => {
      placed[column] = cells[i];
      total += score(column, cells[i].text);
    });
    if (best === null || total > best.score) best = { cells: placed, score: total };
  }
  return { line: row.line, cells: best?.cells ?? [], note: `row has ${cells.length} of ${width} cells; aligned by meaning` };
}

function splitRunTogether(cells: RawCell[], width: number): RawCell[] {
  const out: RawCell[] = [];
  let room = width - cells.length;
  for (const cell of cells) {
    const [firstLine, ...more] = cell.text.split('\n');
    const pieces = room > 0 && WIDE_GAP.test(firstLine) ? firstLine.split(/[ \u3000]{3,}/) : [firstLine];
    const usable = pieces.length - 1 <= room ? pieces : [firstLine];
    room -= usable.length - 1;
    // The lines a run-together cell wraps onto belong to its first part (the long text), not the unit after it.
    out.push({ text: [usable[0], ...more].join('\n').trim(), line: cell.line });
    for (const piece of usable.slice(1)) out.push({ text: piece.trim(), line: cell.line });
  }
  return out;
}

/** Index sets of `count` columns out of `width`, in order from "keep the leftmost" onwards. */
function* keptColumns(width: number, count: number, from = 0, prefix: number[] = []): Generator<number[]> {
  if (prefix.length === count) {
    yield prefix;
    return;
  }
  for (let column = from; column <= width - (count - prefix.length); column++) {
    yield* keptColumns(width, count, column + 1, [...prefix, column]);
  }
}
