import { PlanParseError } from '../errors';
import type { ParserLimits } from '../limits';
import type { SheetRow } from './sheet-row';

/**
 * RFC 4180: fields separated by commas, optionally quoted; a quote inside a quoted field is doubled; a quoted
 * field may hold commas and line breaks. Each record is numbered by the line it starts on.
 */
export function readCsv(text: string, fileName: string, limits: ParserLimits): SheetRow[] {
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;

  const endCell = () => {
    if (cell.length > limits.maxCellChars) {
      throw new PlanParseError(`${fileName} line ${recordLine}, column ${cells.length + 1}: the cell has ${cell.length} characters; the limit is ${limits.maxCellChars}`, recordLine);
    }
    cells.push(cell);
    if (cells.length > limits.maxSheetColumns) {
      throw new PlanParseError(`${fileName} line ${recordLine} has more than ${limits.maxSheetColumns} columns`, recordLine);
    }
    cell = '';
    afterQuote = false;
  };
  const endRow = () => {
    endCell();
    rows.push({ number: recordLine, cells });
    if (rows.length > limits.maxSheetRows) {
      throw new PlanParseError(`${fileName} has more than ${limits.maxSheetRows} rows`, recordLine);
    }
    cells = [];
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        cell += c;
      }
      continue;
    }
    if (c === ',') {
      endCell();
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      recordLine = line;
    } else if (c === '"' && cell === '' && !afterQuote) {
      quoted = true;
      quoteLine = line;
    } else if (afterQuote) {
      throw new PlanParseError(`${fileName} line ${line}: text after the closing quote of a cell`, line);
    } else {
      cell += c;
    }
  }
  if (quoted) throw new PlanParseError(`${fileName} line ${quoteLine}: a quoted cell is never closed`, quoteLine);
  if (cell !== '' || cells.length > 0 || afterQuote) endRow();
  return rows;
}
