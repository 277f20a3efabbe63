import { extname } from 'node:path';
import { decodeText } from '../decode';
import { PlanParseError } from '../errors';
import { assertReadableText, assertWithinBytes, withLimits, type ParserLimits } from '../limits';
import { readCsv } from './csv';
import { readXls } from './read-xls';
import type { Workbook } from './workbook';
import { readXlsx } from './xlsx/read-xlsx';

export const SHEET_EXTENSIONS = ['.xlsx', '.xls', '.csv'] as const;

/**
 * A spreadsheet file of any format a bureau sends, recognised by its content first (a renamed file is still read
 * for what it is), its name second: a zip is an .xlsx, an OLE compound file an .xls (BIFF8), an .xls holding
 * HTML an export from a reporting system, anything else CSV text in UTF-8, UTF-16 or GB18030.
 */
export async function readWorkbook(buffer: Buffer, fileName: string, overrides?: Partial<ParserLimits>): Promise<Workbook> {
  const limits = withLimits(overrides);
  assertWithinBytes(buffer.length, fileName, limits.maxSheetBytes);
  if (buffer.length === 0) throw new PlanParseError(`${fileName} 是空文件`, null);
  if (buffer.readUInt32LE(0) === 0x04034b50) return readXlsx(buffer, fileName, limits);
  if (buffer.length >= 8 && buffer.readUInt32BE(0) === 0xd0cf11e0 && buffer.readUInt32BE(4) === 0xa1b11ae1) {
    return readXls(buffer, fileName, limits);
  }
  const extension = extname(fileName).toLowerCase();
  if (extension === '.xlsx') throw new PlanParseError(`${fileName} 不是 xlsx 工作簿（文件内容不是 zip 格式）`, null);
  if (extension === '.xls') {
    if (/^\s*</.test(buffer.subarray(0, 512).toString('latin1'))) return readXls(buffer, fileName, limits);
    throw new PlanParseError(`${fileName} 不是 xls 工作簿（文件内容既不是 Excel 97-2003 格式，也不是网页表格）`, null);
  }
  const { text } = decodeText(buffer, fileName, limits.maxSheetBytes);
  assertReadableText(text, fileName, limits, limits.maxSheetBytes);
  return { format: 'csv', sheets: [{ name: fileName, rows: readCsv(text, fileName, limits), merges: [] }] };
}
