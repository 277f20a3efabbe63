import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { decimalFromNumber } from '../decimal';
import { PlanParseError } from '../errors';
import { assertWithinBytes, type ParserLimits } from '../limits';
import type { SheetRow } from './sheet-row';
import { assertDeclaredSizeWithinLimits } from './zip-directory';

/**
 * The rows of the first worksheet that has any, read with exceljs's streaming reader so that a sheet of a
 * million rows is stopped at the row limit instead of being loaded whole.
 */
export async function readXlsx(buffer: Buffer, fileName: string, limits: ParserLimits): Promise<{ sheet: string; rows: SheetRow[] }> {
  assertWithinBytes(buffer.length, fileName, limits);
  if (buffer.length === 0) throw new PlanParseError(`${fileName} is empty`, null);
  assertDeclaredSizeWithinLimits(buffer, fileName, limits);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  const rows: SheetRow[] = [];
  let sheet = '';
  try {
    for await (const worksheet of reader) {
      sheet = (worksheet as unknown as { name?: string }).name ?? '';
      for await (const row of worksheet) {
        if (row.number > limits.maxSheetRows) {
          throw new PlanParseError(`${fileName} has more than ${limits.maxSheetRows} rows`, row.number);
        }
        const values = Array.isArray(row.values) ? (row.values as unknown[]).slice(1) : [];
        if (values.length > limits.maxSheetColumns) {
          throw new PlanParseError(`${fileName} row ${row.number} has ${values.length} columns; the limit is ${limits.maxSheetColumns}`, row.number);
        }
        const cells = Array.from(values, (value, index) => {
          const text = cellText(value);
          if (text.length > limits.maxCellChars) {
            throw new PlanParseError(
              `${fileName} row ${row.number}, column ${index + 1}: the cell has ${text.length} characters; the limit is ${limits.maxCellChars}`,
              row.number,
            );
          }
          return text;
        });
        rows.push({ number: row.number, cells });
      }
      if (rows.length > 0) break;
    }
  } catch (error) {
    if (error instanceof PlanParseError) throw error;
    throw new PlanParseError(`${fileName} is not a readable xlsx workbook: ${(error as Error).message}`, null);
  }
  return { sheet, rows };
}

/** A cell value as text. Numbers become exact decimal text, never a rounded float. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return decimalFromNumber(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (Array.isArray(object.richText)) return object.richText.map((part: { text?: unknown }) => String(part.text ?? '')).join('');
    if ('result' in object) return cellText(object.result);
    if (typeof object.text === 'string') return object.text;
    if (typeof object.error === 'string') return object.error;
  }
  return '';
}
