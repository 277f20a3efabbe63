import * as XLSX from '@e965/xlsx';
import { PlanParseError } from '../errors';
import type { ParserLimits } from '../limits';
import { excelNumber } from './cell-values';
import type { CellRange, Sheet, SheetRow, Workbook } from './workbook';

/**
 * An .xls: the BIFF8 workbooks Excel 97–2003 wrote, which many bureaus still send, read with SheetJS (also an
 * HTML table saved with an .xls name, as some reporting systems export). The file is read whole, but it is not
 * compressed, so what it holds is bounded by the file size limit.
 */
export function readXls(buffer: Buffer, fileName: string, limits: ParserLimits): Workbook {
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(buffer, {
      type: 'buffer',
      dense: true,
      cellDates: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      sheetRows: limits.maxSheetRows + 1,
    });
  } catch (error) {
    throw new PlanParseError(`${fileName} 不是可读取的 xls 工作簿：${(error as Error).message}`, null);
  }
  const sheets: Sheet[] = [];
  let rowsRead = 0;
  for (const name of book.SheetNames) {
    const hidden = book.Workbook?.Sheets?.find((s) => s.name === name)?.Hidden;
    if (hidden) continue;
    const sheet = book.Sheets[name] as XLSX.DenseWorkSheet;
    const rows: SheetRow[] = [];
    (sheet['!data'] ?? []).forEach((row, index) => {
      if (!row) return;
      if (rowsRead + rows.length >= limits.maxSheetRows) throw new PlanParseError(`${fileName} 超过 ${limits.maxSheetRows} 行，已停止读取`, index + 1);
      const cells = Array.from(row, (cell) => (cell ? cellText(cell) : ''));
      if (cells.length > limits.maxSheetColumns && cells.slice(limits.maxSheetColumns).some((c) => c !== '')) {
        throw new PlanParseError(`${fileName} 工作表“${name}”第 ${index + 1} 行超出了 ${limits.maxSheetColumns} 列的上限`, index + 1);
      }
      cells.forEach((text, column) => {
        if (text.length > limits.maxCellChars) {
          throw new PlanParseError(`${fileName} 工作表“${name}”第 ${index + 1} 行第 ${column + 1} 列有 ${text.length} 个字符，超过上限 ${limits.maxCellChars}`, index + 1);
        }
      });
      if (cells.some((cell) => cell.trim() !== '')) rows.push({ number: index + 1, cells });
    });
    rowsRead += rows.length;
    const merges: CellRange[] = (sheet['!merges'] ?? []).map((m: XLSX.Range) => ({ top: m.s.r + 1, bottom: m.e.r + 1, left: m.s.c, right: m.e.c }));
    sheets.push({ name, rows, merges });
  }
  return { format: 'xls', sheets };
}

function cellText(cell: XLSX.CellObject): string {
  switch (cell.t) {
    case 'n':
      return typeof cell.v === 'number' && Number.isFinite(cell.v) ? excelNumber(cell.v) : '';
    case 'd':
      return cell.v instanceof Date ? localDate(cell.v) : String(cell.v ?? '');
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'e':
      return cell.w ?? '#ERROR';
    case 's':
      return String(cell.v ?? '');
    default:
      return '';
  }
}

// SheetJS builds a date cell at local midnight of the process's time zone: read it back the same way.
function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
