import { PlanParseError } from './errors';
import { assertReadableText, assertWithinBytes, PARSER_LIMITS, type ParserLimits } from './limits';

/**
 * Bytes of a .txt or .csv file → text. Refuses what is not a text document: over the size limit, empty,
 * not UTF-8, or holding NUL bytes (a binary file renamed). A UTF-8 byte order mark is dropped.
 */
export function decodeDocument(buffer: Buffer, fileName: string, limits: ParserLimits = PARSER_LIMITS): string {
  assertWithinBytes(buffer.length, fileName, limits);
  if (buffer.length === 0) throw new PlanParseError(`${fileName} is empty`, null);
  const nul = buffer.indexOf(0);
  if (nul >= 0) {
    const line = countLines(buffer.subarray(0, nul));
    throw new PlanParseError(`${fileName} looks binary: line ${line} holds a NUL byte`, line);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new PlanParseError(`${fileName} is not valid UTF-8 text (line ${firstInvalidLine(buffer)})`, firstInvalidLine(buffer));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  assertReadableText(text, fileName, limits);
  return text;
}

function countLines(bytes: Buffer): number {
  let lines = 1;
  for (const byte of bytes) if (byte === 0x0a) lines++;
  return lines;
}

/** The line of the first byte sequence that is not UTF-8, found by decoding line by line. */
function firstInvalidLine(buffer: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  while (start < buffer.length) {
    let end = buffer.indexOf(0x0a, start);
    if (end < 0) end = buffer.length;
    try {
      decoder.decode(buffer.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
    line++;
  }
  return line;
}
