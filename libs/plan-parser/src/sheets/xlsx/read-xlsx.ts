import { PlanParseError } from '../../errors';
import type { ParserLimits } from '../../limits';
import { excelDateText, excelNumberText } from '../cell-values';
import { columnLetter, parseCellRef, parseRangeRef, type CellRange, type Sheet, type SheetRow, type Workbook } from '../workbook';
import { attribute, decodeXmlText } from './xml';
import { inflateText, InflateBudget, readZipDirectory, type ZipEntry } from './zip';

interface SheetRef {
  name: string;
  path: string;
  hidden: boolean;
}

/**
 * The sheets of an .xlsx, read as streams: each part is inflated piece by piece with a running byte count (a
 * part that inflates past the limit is stopped there, whatever the zip directory claims), its UTF-8 decoded across
 * pieces, its XML read as it arrives. Numbers keep the decimal text the file holds (to Excel's 15 significant
 * digits), dates become YYYY-MM-DD, shared and inline strings their text, phonetic runs left out.
 */
export async function readXlsx(buffer: Buffer, fileName: string, limits: ParserLimits): Promise<Workbook> {
  const entries = readZipDirectory(buffer, fileName);
  const budget = new InflateBudget(limits.maxUncompressedBytes, fileName);
  const part = (path: string) => entries.get(path);
  const workbookEntry = part('xl/workbook.xml');
  if (!workbookEntry) throw new PlanParseError(`${fileName} 不是 xlsx 工作簿（缺少 xl/workbook.xml）`, null);

  const workbook = await readWhole(buffer, workbookEntry, budget, fileName);
  const relations = part('xl/_rels/workbook.xml.rels');
  const targets = relations ? relationTargets(await readWhole(buffer, relations, budget, fileName)) : new Map<string, string>();
  const sheetRefs = sheetsOf(workbook, targets);
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(workbook);
  const stylesEntry = part('xl/styles.xml');
  const dateStyles = stylesEntry ? dateStylesOf(await readWhole(buffer, stylesEntry, budget, fileName)) : new Set<number>();
  const sharedEntry = part('xl/sharedStrings.xml');
  const shared = sharedEntry ? await readSharedStrings(buffer, sharedEntry, budget, fileName, limits) : [];

  const sheets: Sheet[] = [];
  let rowsRead = 0;
  for (const ref of sheetRefs) {
    if (ref.hidden) continue;
    const entry = part(ref.path);
    if (!entry) throw new PlanParseError(`${fileName} 不是有效的 xlsx 工作簿（找不到工作表“${ref.name}”的部件 ${ref.path}）`, null);
    const sheet = await readSheet(buffer, entry, budget, fileName, ref.name, { shared, dateStyles, date1904, limits, rowsBefore: rowsRead });
    rowsRead += sheet.rows.length;
    sheets.push(sheet);
  }
  return { format: 'xlsx', sheets };
}

/**
 * What a part read whole may hold, in characters: the workbook, its relations and the styles are small (a styles part
 * of tens of thousands of formats is a few MB); held whole, a larger one would take memory up to the inflate limit.
 */
const MAX_WHOLE_PART_CHARS = 32 * 1024 * 1024;

/** A small part (workbook, relations, styles) as one string; counted against the budget and its own limit. */
async function readWhole(buffer: Buffer, entry: ZipEntry, budget: InflateBudget, fileName: string): Promise<string> {
  const pieces: string[] = [];
  let length = 0;
  await inflateText(buffer, entry, budget, fileName, (text) => {
    length += text.length;
    if (length > MAX_WHOLE_PART_CHARS) {
      throw new PlanParseError(`${fileName} 的部件 ${entry.name} 解压后超过 ${MAX_WHOLE_PART_CHARS} 个字符，已停止读取`, null);
    }
    pieces.push(text);
  });
  return pieces.join('');
}

function relationTargets(xml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const match of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attribute(match[1], 'Id');
    const target = attribute(match[1], 'Target');
    if (id && target) targets.set(id, target);
  }
  return targets;
}

function sheetsOf(workbook: string, targets: Map<string, string>): SheetRef[] {
  const sheets: SheetRef[] = [];
  for (const match of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const name = attribute(match[1], 'name') ?? '';
    const target = targets.get(attribute(match[1], 'id') ?? '');
    if (!target) continue;
    // Targets are relative to xl/ unless absolute ('/xl/worksheets/sheet1.xml').
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`.replace(/\/\.\//g, '/');
    const state = attribute(match[1], 'state');
    sheets.push({ name, path: normalisePath(path), hidden: state === 'hidden' || state === 'veryHidden' });
  }
  return sheets;
}

function normalisePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

// Excel's built-in number formats that show dates: 14–22, 45–47, and the CJK ones (27–36, 50–58) a Chinese Excel uses.
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** The indexes of the cell styles (cellXfs) whose number format shows a date. */
function dateStylesOf(styles: string): Set<number> {
  const customDates = new Set<number>();
  for (const match of styles.matchAll(/<(?:\w+:)?numFmt\b([^>]*)>/g)) {
    const id = Number(attribute(match[1], 'numFmtId'));
    if (isDateFormat(attribute(match[1], 'formatCode') ?? '')) customDates.add(id);
  }
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(styles)?.[1] ?? '';
  const dates = new Set<number>();
  let index = 0;
  for (const match of cellXfs.matchAll(/<(?:\w+:)?xf\b([^>]*)>/g)) {
    const id = Number(attribute(match[1], 'numFmtId') ?? 0);
    if (BUILT_IN_DATE_FORMATS.has(id) || customDates.has(id)) dates.add(index);
    index++;
  }
  return dates;
}

/** A format code shows a date when, outside quoted text, escapes and [brackets], it has y, m, d, or 年/月/日. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[ydYD]|[mM](?![^;]*[0#])|年|月|日/.test(bare) && !/^(?:General|@)$/i.test(bare);
}

/**
 * Reads a part as a stream of complete elements: text accumulates until an element closes, then every complete
 * element found so far is handed over and the rest kept. `maxPending` bounds what one element may hold (a single
 * row, a single string), so a part made of one endless cell cannot fill memory either.
 */
async function readElements(
  buffer: Buffer,
  entry: ZipEntry,
  budget: InflateBudget,
  fileName: string,
  closing: string,
  maxPending: number,
  tooLarge: (pending: string) => PlanParseError,
  onComplete: (xml: string) => void,
): Promise<string> {
  let pending = '';
  await inflateText(buffer, entry, budget, fileName, (text) => {
    pending = pending ? pending + text : text;
    const end = lastClosingTag(pending, closing);
    if (end >= 0) {
      onComplete(pending.slice(0, end));
      pending = pending.slice(end);
    }
    if (pending.length > maxPending) throw tooLarge(pending);
  });
  return pending;
}

/**
 * Where the last complete closing tag of element `name` ends in `xml` (-1 if none): `</si>` or `</x:si>`, never the
 * opening `<si>`, which ends in the same characters.
 */
function lastClosingTag(xml: string, name: string): number {
  for (let at = xml.lastIndexOf(`${name}>`); at > 0; at = xml.lastIndexOf(`${name}>`, at - 1)) {
    let start = at - 1;
    // Allow a namespace prefix: '</x:' before the name.
    if (xml[start] === ':') {
      start--;
      while (start >= 0 && /[\w.-]/.test(xml[start])) start--;
    }
    if (xml[start] === '/' && xml[start - 1] === '<') return at + name.length + 1;
  }
  return -1;
}

const SHARED_STRING = /<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;
const PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;
const TEXT_RUN = /<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g;

/** The text of an <si> or <is>: its <t> runs, without the phonetic guides (<rPh>) some files carry. */
function runsText(inner: string): string {
  const body = inner.indexOf('rPh') >= 0 ? inner.replace(PHONETIC, '') : inner;
  let text = '';
  TEXT_RUN.lastIndex = 0;
  for (let run = TEXT_RUN.exec(body); run; run = TEXT_RUN.exec(body)) text += run[1] ?? '';
  return decodeXmlText(text);
}

async function readSharedStrings(buffer: Buffer, entry: ZipEntry, budget: InflateBudget, fileName: string, limits: ParserLimits): Promise<string[]> {
  const strings: string[] = [];
  // A string longer than any cell may be is still kept (cut just past the limit): the cell that uses it is refused.
  const maxPending = Math.max(1 << 20, limits.maxCellChars * 16);
  const tooLarge = () =>
    new PlanParseError(
      `${fileName} 的共享字符串表（部件 ${entry.name}）第 ${strings.length + 1} 个字符串超过 ${limits.maxCellChars} 个字符，已停止读取`,
      null,
    );
  await readElements(buffer, entry, budget, fileName, 'si', maxPending, tooLarge, (xml) => {
    SHARED_STRING.lastIndex = 0;
    for (let si = SHARED_STRING.exec(xml); si; si = SHARED_STRING.exec(xml)) {
      const text = si[1] === undefined ? '' : runsText(si[1]);
      strings.push(text.length > limits.maxCellChars ? text.slice(0, limits.maxCellChars + 1) : text);
    }
  });
  return strings;
}

interface SheetContext {
  shared: string[];
  dateStyles: Set<number>;
  date1904: boolean;
  limits: ParserLimits;
  rowsBefore: number;
}

const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const VALUE = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/;
const INLINE = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/;
const MERGE = /<(?:\w+:)?mergeCell\b([^>]*)>/g;

/**
 * A worksheet, row by row as its XML arrives: each complete <row> is read with a few regular expressions (native
 * code, several times faster here than an event per tag), and the merged areas from the tail that follows the rows.
 */
async function readSheet(buffer: Buffer, entry: ZipEntry, budget: InflateBudget, fileName: string, sheetName: string, context: SheetContext): Promise<Sheet> {
  const { shared, dateStyles, date1904, limits } = context;
  const rows: SheetRow[] = [];
  let rowNumber = 0;
  const place = (row: number, col: number) => `${fileName} 工作表“${sheetName}”第 ${row} 行 ${columnLetter(col)} 列`;

  const cellText = (raw: string, type: string, style: number, column: number): string => {
    switch (type) {
      case 's': {
        const text = shared[Number(raw)];
        if (text === undefined) throw new PlanParseError(`${place(rowNumber, column)}引用了不存在的共享字符串 ${raw}`, rowNumber);
        return text;
      }
      case 'str':
      case 'e':
        return decodeXmlText(raw);
      case 'b':
        return raw === '1' ? 'TRUE' : 'FALSE';
      case 'd':
        return decodeXmlText(raw).slice(0, 10);
      default: {
        const number = Number(raw);
        if (raw.trim() === '' || !Number.isFinite(number)) return decodeXmlText(raw);
        return dateStyles.has(style) ? excelDateText(number, date1904) : excelNumberText(raw);
      }
    }
  };

  const readRows = (xml: string) => {
    ROW.lastIndex = 0;
    for (let row = ROW.exec(xml); row; row = ROW.exec(xml)) {
      const r = Number(attribute(row[1], 'r'));
      rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
      if (row[2] === undefined || row[2] === '') continue;
      const cells: string[] = [];
      let column = -1;
      let filled = false;
      CELL.lastIndex = 0;
      for (let cell = CELL.exec(row[2]); cell; cell = CELL.exec(row[2])) {
        const attributes = cell[1];
        const ref = attribute(attributes, 'r');
        column = (ref ? parseCellRef(ref)?.column : undefined) ?? column + 1;
        const inner = cell[2];
        if (inner === undefined || inner === '') continue;
        if (column >= limits.maxSheetColumns) {
          throw new PlanParseError(`${place(rowNumber, column)}超出了 ${limits.maxSheetColumns} 列的上限`, rowNumber);
        }
        const type = attribute(attributes, 't') ?? 'n';
        let text: string;
        if (type === 'inlineStr') {
          text = runsText(INLINE.exec(inner)?.[1] ?? '');
        } else {
          const value = VALUE.exec(inner);
          if (!value) continue;
          // The style matters only to tell a date from a number, and only if the workbook has date styles at all.
          const style = type === 'n' && dateStyles.size > 0 ? Number(attribute(attributes, 's') ?? 0) : 0;
          text = cellText(value[1], type, style, column);
        }
        if (text.length > limits.maxCellChars) {
          throw new PlanParseError(`${place(rowNumber, column)}有 ${text.length} 个字符，超过上限 ${limits.maxCellChars}`, rowNumber);
        }
        while (cells.length < column) cells.push('');
        cells[column] = text;
        if (!filled && text.trim() !== '') filled = true;
      }
      if (!filled) continue;
      if (context.rowsBefore + rows.length >= limits.maxSheetRows) {
        throw new PlanParseError(`${fileName} 超过 ${limits.maxSheetRows} 行，已停止读取`, rowNumber);
      }
      rows.push({ number: rowNumber, cells });
    }
  };

  // A row of the widest allowed cells, with their markup: a longer pending row is a file made to exhaust memory.
  const maxPending = Math.max(4 << 20, limits.maxCellChars * limits.maxSheetColumns * 2);
  // Named by the row and the cell still open when the limit was reached: the one that never ends.
  const tooLarge = (pending: string) => {
    const row = Number(attribute(/<(?:\w+:)?row\b([^>]*)>/.exec(pending)?.[1] ?? '', 'r')) || rowNumber + 1;
    const column = openCellColumn(pending);
    const place = { sheet: sheetName, row, ...(column === undefined ? {} : { column: columnLetter(column) }) };
    const where = place.column === undefined ? `第 ${row} 行` : `第 ${row} 行 ${place.column} 列`;
    return new PlanParseError(`${fileName} 工作表“${sheetName}”${where}过大（超过 ${maxPending} 个字符仍未结束），已停止读取`, row, undefined, place);
  };
  let tail: string;
  try {
    tail = await readElements(buffer, entry, budget, fileName, 'row', maxPending, tooLarge, readRows);
  } catch (error) {
    if (error instanceof PlanParseError) throw error;
    throw new PlanParseError(`${fileName} 的工作表“${sheetName}”无法读取：${(error as Error).message}`, null);
  }
  const merges: CellRange[] = [];
  for (const merge of tail.matchAll(MERGE)) {
    const range = parseRangeRef(attribute(merge[1], 'ref') ?? '');
    if (range) merges.push(range);
  }
  return { name: sheetName, rows, merges };
}

/** The column of the last cell opened in `xml` (a row not yet closed), if its reference says. */
function openCellColumn(xml: string): number | undefined {
  let last: string | undefined;
  for (const cell of xml.matchAll(/<(?:\w+:)?c\b([^>]*)>/g)) last = cell[1];
  const ref = last === undefined ? undefined : attribute(last, 'r');
  return ref ? parseCellRef(ref)?.column : undefined;
}
