import { PlanParseError } from './errors';

export interface ParserLimits {
  /** Any input file: plan text, csv or xlsx. */
  maxBytes: number;
  /** Lines of a plan document or csv. */
  maxLines: number;
  /** Rows of a spreadsheet (csv records or worksheet rows). */
  maxSheetRows: number;
  maxSheetColumns: number;
  maxCellChars: number;
  /** What an xlsx (a zip) may declare it expands to: a zip bomb is refused before it is inflated. */
  maxUncompressedBytes: number;
}

export const PARSER_LIMITS: Readonly<ParserLimits> = Object.freeze({
  maxBytes: 5 * 1024 * 1024,
  maxLines: 100_000,
  maxSheetRows: 10_000,
  maxSheetColumns: 100,
  maxCellChars: 10_000,
  maxUncompressedBytes: 50 * 1024 * 1024,
});

export function withLimits(overrides?: Partial<ParserLimits>): ParserLimits {
  return { ...PARSER_LIMITS, ...overrides };
}

export function assertWithinBytes(bytes: number, fileName: string, limits: ParserLimits): void {
  if (bytes > limits.maxBytes) {
    throw new PlanParseError(`${fileName} is ${bytes} bytes; the limit is ${limits.maxBytes} bytes`, null);
  }
}

/** Text handed in as a string still has to look like a document: not empty, not binary, not too big. */
export function assertReadableText(text: string, fileName: string, limits: ParserLimits): void {
  assertWithinBytes(Buffer.byteLength(text, 'utf8'), fileName, limits);
  if (text.trim() === '') throw new PlanParseError(`${fileName} is empty`, null);
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    throw new PlanParseError(`${fileName} looks binary: line ${line} holds a NUL byte`, line);
  }
  const replacement = text.indexOf('\ufffd');
  if (replacement >= 0) {
    // U+FFFD is what a lenient decoder leaves where the bytes were not UTF-8.
    const line = text.slice(0, replacement).split('\n').length;
    throw new PlanParseError(`${fileName} is not valid UTF-8 text (line ${line})`, line);
  }
}
