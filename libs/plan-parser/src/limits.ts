import { PlanParseError } from './errors';

export interface ParserLimits {
  /** A plan document (.txt). */
  maxBytes: number;
  /** A spreadsheet file (.xlsx, .xls, .csv): larger, since a list of 100,000 projects is a few MB zipped. */
  maxSheetBytes: number;
  /** Lines of a plan document. */
  maxLines: number;
  /** Rows of a spreadsheet (csv records or worksheet rows, across its sheets): 100,000 projects and their headers. */
  maxSheetRows: number;
  maxSheetColumns: number;
  maxCellChars: number;
  /**
   * What an xlsx (a zip) may inflate to, counted while inflating, whatever its directory claims: a zip bomb is
   * stopped at this many bytes. Its parts are read as streams, so memory does not grow with this number.
   */
  maxUncompressedBytes: number;
}

export const PARSER_LIMITS: Readonly<ParserLimits> = Object.freeze({
  maxBytes: 5 * 1024 * 1024,
  maxSheetBytes: 32 * 1024 * 1024,
  maxLines: 100_000,
  maxSheetRows: 100_100,
  maxSheetColumns: 200,
  maxCellChars: 10_000,
  maxUncompressedBytes: 400 * 1024 * 1024,
});

export function withLimits(overrides?: Partial<ParserLimits>): ParserLimits {
  return { ...PARSER_LIMITS, ...overrides };
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export function assertWithinBytes(bytes: number, fileName: string, limit: number): void {
  if (bytes > limit) {
    throw new PlanParseError(`${fileName} 有 ${bytes} 字节（${megabytes(bytes)}），超过上限 ${limit} 字节（${megabytes(limit)}）`, null);
  }
}

/** Text handed in as a string still has to look like a document: not empty, not binary, not too big. */
export function assertReadableText(text: string, fileName: string, limits: ParserLimits, maxBytes = limits.maxBytes): void {
  assertWithinBytes(Buffer.byteLength(text, 'utf8'), fileName, maxBytes);
  if (text.trim() === '') throw new PlanParseError(`${fileName} 是空文件`, null);
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    throw new PlanParseError(`${fileName} 不是文本文件：第 ${line} 行含有 NUL 字节`, line);
  }
  const replacement = text.indexOf('\ufffd');
  if (replacement >= 0) {
    // U+FFFD is what a lenient decoder leaves where the bytes were not text in the expected encoding.
    const line = text.slice(0, replacement).split('\n').length;
    throw new PlanParseError(`${fileName} 第 ${line} 行有无法识别的字符（不是 UTF-8 或 GB18030 编码的文本）`, line);
  }
}
