import { PlanParseError } from './errors';
import { assertReadableText, assertWithinBytes, PARSER_LIMITS, type ParserLimits } from './limits';

export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/**
 * Bytes of a .txt or .csv file → text. Chinese offices save text as UTF-8 (with or without a byte order mark),
 * as UTF-16 (Excel's "Unicode text") or as GB18030/GBK (Excel's default CSV on a Chinese Windows). A byte order
 * mark decides; otherwise the bytes are UTF-8 if they decode as UTF-8 without error, else GB18030 if they decode as
 * that without error. Refuses what is none of them, empty, too big, or holding NUL bytes (a binary file renamed).
 */
export function decodeText(buffer: Buffer, fileName: string, maxBytes: number): { text: string; encoding: TextEncoding } {
  assertWithinBytes(buffer.length, fileName, maxBytes);
  if (buffer.length === 0) throw new PlanParseError(`${fileName} 是空文件`, null);
  const bom = byteOrderMark(buffer);
  if (bom) return { text: decodeStrict(buffer.subarray(bom.length), bom.encoding, fileName), encoding: bom.encoding };
  const nul = buffer.indexOf(0);
  if (nul >= 0) {
    const line = countLines(buffer.subarray(0, nul));
    throw new PlanParseError(`${fileName} 不是文本文件：第 ${line} 行含有 NUL 字节`, line);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: GB18030 (a superset of GBK and GB2312) is the other encoding Chinese text files come in.
  }
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(buffer), encoding: 'gb18030' };
  } catch {
    const line = firstInvalidLine(buffer);
    throw new PlanParseError(`${fileName} 第 ${line} 行有无法识别的字节：文件既不是 UTF-8 也不是 GB18030（GBK）编码的文本`, line);
  }
}

/** A plan document (.txt). */
export function decodeDocument(buffer: Buffer, fileName: string, limits: ParserLimits = PARSER_LIMITS): string {
  const { text } = decodeText(buffer, fileName, limits.maxBytes);
  assertReadableText(text, fileName, limits);
  return text;
}

function byteOrderMark(buffer: Buffer): { encoding: TextEncoding; length: number } | null {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function decodeStrict(bytes: Buffer, encoding: TextEncoding, fileName: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new PlanParseError(`${fileName} 以 ${encoding.toUpperCase()} 的字节顺序标记开头，内容却不是 ${encoding.toUpperCase()} 文本`, null);
  }
}

function countLines(bytes: Buffer): number {
  let lines = 1;
  for (const byte of bytes) if (byte === 0x0a) lines++;
  return lines;
}

/** The line of the first byte sequence that is neither UTF-8 nor GB18030, found by decoding line by line. */
function firstInvalidLine(buffer: Buffer): number {
  const decoders = [new TextDecoder('utf-8', { fatal: true }), new TextDecoder('gb18030', { fatal: true })];
  let start = 0;
  let line = 1;
  while (start < buffer.length) {
    let end = buffer.indexOf(0x0a, start);
    if (end < 0) end = buffer.length;
    const bytes = buffer.subarray(start, end);
    const readable = decoders.some((decoder) => {
      try {
        decoder.decode(bytes);
        return true;
      } catch {
        return false;
      }
    });
    if (!readable) return line;
    start = end + 1;
    line++;
  }
  return line;
}
