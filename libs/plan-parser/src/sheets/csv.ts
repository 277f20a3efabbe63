import { PlanParseError } from '../errors';
import type { ParserLimits } from '../limits';
import type { SheetRow } from './workbook';

/**
 * RFC 4180: fields separated by commas, optionally quoted; a quote inside a quoted field is doubled; a quoted
 * field may hold commas and line breaks. Each record is numbered by the line it starts on; empty records are dropped.
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
      throw new PlanParseError(`${fileName} 第 ${recordLine} 行第 ${cells.length + 1} 列有 ${cell.length} 个字符，超过上限 ${limits.maxCellChars}`, recordLine);
    }
    cells.push(cell);
    if (cells.length > limits.maxSheetColumns) {
      throw new PlanParseError(`${fileName} 第 ${recordLine} 行超过 ${limits.maxSheetColumns} 列`, recordLine);
    }
    cell = '';
    afterQuote = false;
  };
  const endRow = () => {
    endCell();
    if (cells.some((text) => text.trim() !== '')) rows.push({ number: recordLine, cells });
    if (rows.length > limits.maxSheetRows) {
      throw new PlanParseError(`${fileName} 超过 ${limits.maxSheetRows} 行，已停止读取`, recordLine);
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
      throw new PlanParseError(`${fileName} 第 ${line} 行：单元格的右引号后面还有文字`, line);
    } else {
      cell += c;
    }
  }
  if (quoted) throw new PlanParseError(`${fileName} 第 ${quoteLine} 行：带引号的单元格没有结束的引号`, quoteLine);
  if (cell !== '' || cells.length > 0 || afterQuote) endRow();
  return rows;
}
