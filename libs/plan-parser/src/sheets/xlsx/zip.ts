import { createInflateRaw } from 'node:zlib';
import { PlanParseError } from '../../errors';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_ENTRIES = 10_000;
const STORED = 0;
const DEFLATED = 8;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** What the directory claims; never trusted for limits (see InflateBudget). */
  declaredSize: number;
  localHeaderOffset: number;
}

/** The entries of a zip, from its central directory. Refuses what is not a zip, or a zip64 (far past any limit). */
export function readZipDirectory(buffer: Buffer, fileName: string): Map<string, ZipEntry> {
  const notZip = (why: string) => new PlanParseError(`${fileName} 不是有效的 xlsx 工作簿（${why}）`, null);
  const end = findEndOfDirectory(buffer);
  if (end < 0) throw notZip('找不到 zip 目录');
  const count = buffer.readUInt16LE(end + 10);
  const size = buffer.readUInt32LE(end + 12);
  const offset = buffer.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw notZip('zip64 格式');
  if (count > MAX_ENTRIES) throw notZip(`含有 ${count} 个部件`);
  if (offset + size > buffer.length) throw notZip('zip 目录指向文件末尾之外');
  const entries = new Map<string, ZipEntry>();
  let position = offset;
  for (let i = 0; i < count; i++) {
    if (position + 46 > buffer.length || buffer.readUInt32LE(position) !== DIRECTORY_ENTRY) throw notZip('zip 目录已损坏');
    const nameLength = buffer.readUInt16LE(position + 28);
    const name = buffer.toString('utf8', position + 46, position + 46 + nameLength);
    entries.set(name.replace(/^\/+/, ''), {
      name,
      method: buffer.readUInt16LE(position + 10),
      compressedSize: buffer.readUInt32LE(position + 20),
      declaredSize: buffer.readUInt32LE(position + 24),
      localHeaderOffset: buffer.readUInt32LE(position + 42),
    });
    position += 46 + nameLength + buffer.readUInt16LE(position + 30) + buffer.readUInt16LE(position + 32);
  }
  return entries;
}

function findEndOfDirectory(buffer: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end of the file.
  const lowest = Math.max(0, buffer.length - 22 - 0xffff);
  for (let i = buffer.length - 22; i >= lowest; i--) {
    if (buffer.readUInt32LE(i) === END_OF_DIRECTORY) return i;
  }
  return -1;
}

/** The bytes a workbook may inflate to in all, counted as they come out of the inflater. */
export class InflateBudget {
  private used = 0;
  constructor(
    readonly limit: number,
    private readonly fileName: string,
  ) {}

  spend(bytes: number): void {
    this.used += bytes;
    if (this.used > this.limit) {
      throw new PlanParseError(
        `${this.fileName} 解压后超过 ${this.limit} 字节，已停止读取（可能是“zip 炸弹”，或工作簿过大）`,
        null,
      );
    }
  }
}

/**
 * Inflates one entry as a stream of UTF-8 text, handing each piece to `onText` as it comes: a part is never held
 * whole, and a multi-byte character split between two pieces is joined (TextDecoder in stream mode), where
 * decoding each piece on its own would turn it into U+FFFD. Stops at the budget whatever the directory declared.
 */
export async function inflateText(
  buffer: Buffer,
  entry: ZipEntry,
  budget: InflateBudget,
  fileName: string,
  onText: (text: string) => void,
): Promise<void> {
  if (buffer.readUInt32LE(entry.localHeaderOffset) !== LOCAL_HEADER) {
    throw new PlanParseError(`${fileName} 不是有效的 xlsx 工作簿（部件 ${entry.name} 已损坏）`, null);
  }
  const start = entry.localHeaderOffset + 30 + buffer.readUInt16LE(entry.localHeaderOffset + 26) + buffer.readUInt16LE(entry.localHeaderOffset + 28);
  const data = buffer.subarray(start, start + entry.compressedSize);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (chunk: Buffer, stream: boolean) => {
    try {
      return decoder.decode(chunk, { stream });
    } catch {
      throw new PlanParseError(`${fileName} 的部件 ${entry.name} 不是 UTF-8 编码的 XML`, null);
    }
  };
  if (entry.method === STORED) {
    budget.spend(data.length);
    onText(decode(data, false));
    return;
  }
  if (entry.method !== DEFLATED) throw new PlanParseError(`${fileName} 的部件 ${entry.name} 使用了不支持的压缩方式 ${entry.method}`, null);
  await new Promise<void>((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      inflater.destroy();
      reject(error instanceof PlanParseError ? error : new PlanParseError(`${fileName} 不是有效的 xlsx 工作簿（部件 ${entry.name} 无法解压）`, null));
    };
    inflater.on('data', (chunk: Buffer) => {
      if (failed) return;
      try {
        budget.spend(chunk.length);
        onText(decode(chunk, true));
      } catch (error) {
        fail(error);
      }
    });
    inflater.on('error', fail);
    inflater.on('end', () => {
      if (failed) return;
      try {
        onText(decode(Buffer.alloc(0), false));
        resolve();
      } catch (error) {
        fail(error);
      }
    });
    inflater.end(data);
  });
}
