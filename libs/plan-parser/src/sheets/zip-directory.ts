import { PlanParseError } from '../errors';
import type { ParserLimits } from '../limits';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const MAX_ENTRIES = 10_000;

/**
 * An xlsx is a zip. Before exceljs inflates anything, the zip's central directory (a list of fixed-size
 * records) says how big each part claims to be; a workbook claiming more than the limit is refused. This reads
 * only those declared sizes — the workbook itself is read by exceljs, and its rows are counted as they stream.
 */
export function assertDeclaredSizeWithinLimits(buffer: Buffer, fileName: string, limits: ParserLimits): void {
  const notXlsx = (why: string) => new PlanParseError(`${fileName} is not an xlsx workbook (${why})`, null);
  const end = findEndOfDirectory(buffer);
  if (end < 0) throw notXlsx('no zip directory');
  const entries = buffer.readUInt16LE(end + 10);
  const size = buffer.readUInt32LE(end + 12);
  const offset = buffer.readUInt32LE(end + 16);
  if (entries > MAX_ENTRIES) throw new PlanParseError(`${fileName} holds ${entries} parts; the limit is ${MAX_ENTRIES}`, null);
  if (offset + size > buffer.length) throw notXlsx('its zip directory points past the end of the file');
  let position = offset;
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (position + 46 > buffer.length || buffer.readUInt32LE(position) !== DIRECTORY_ENTRY) throw notXlsx('a damaged zip directory');
    const declared = buffer.readUInt32LE(position + 24);
    // 0xFFFFFFFF defers to a zip64 record: a part of 4 GB or more, far past any limit.
    total += declared === 0xffffffff ? Number.MAX_SAFE_INTEGER : declared;
    if (total > limits.maxUncompressedBytes) {
      throw new PlanParseError(
        `${fileName} expands to more than ${limits.maxUncompressedBytes} bytes (a zip bomb?); refused before reading`,
        null,
      );
    }
    position += 46 + buffer.readUInt16LE(position + 28) + buffer.readUInt16LE(position + 30) + buffer.readUInt16LE(position + 32);
  }
}

function findEndOfDirectory(buffer: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end of the file.
  const lowest = Math.max(0, buffer.length - 22 - 0xffff);
  for (let i = buffer.length - 22; i >= lowest; i--) {
    if (buffer.readUInt32LE(i) === END_OF_DIRECTORY) return i;
  }
  return -1;
}
