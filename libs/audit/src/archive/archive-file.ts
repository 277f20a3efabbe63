import { closeSync, fstatSync, fsyncSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { crc32, deflateRawSync, gunzipSync } from 'node:zlib';

/**
 * An audit archive: gzip-compressed JSON Lines, one gzip member per batch (a multi-member file, which `zcat`,
 * `gzip -d` and every gzip reader read as one stream). Each member carries its own length in a gzip extra field
 * (subfield "HA", like the "BC" of BGZF), so an interrupted archive can be walked member by member and cut back to
 * its last complete one without decompressing everything at once.
 */
const HEADER_LENGTH = 20;
const SUBFIELD = [0x48, 0x41]; // "HA"

export class AuditArchiveError extends Error {}

function member(text: string): Buffer {
  const data = Buffer.from(text, 'utf8');
  const deflated = deflateRawSync(data, { level: 6 });
  const size = HEADER_LENGTH + deflated.length + 8;
  const header = Buffer.alloc(HEADER_LENGTH);
  // ID1 ID2 CM=deflate FLG=FEXTRA, MTIME 0, XFL 0, OS 3 (Unix), XLEN 8, subfield HA of 4 bytes: the member's size.
  header.set([0x1f, 0x8b, 8, 4, 0, 0, 0, 0, 0, 3], 0);
  header.writeUInt16LE(8, 10);
  header.set(SUBFIELD, 12);
  header.writeUInt16LE(4, 14);
  header.writeUInt32LE(size, 16);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(data), 0);
  trailer.writeUInt32LE(data.length >>> 0, 4);
  return Buffer.concat([header, deflated, trailer]);
}

/** A file opened for appending batches, each made durable (fsync) before `append` returns. */
export class ArchiveWriter {
  constructor(
    private readonly fd: number,
    public bytes: number,
  ) {}

  /** A new file; refuses one that exists. */
  static create(path: string): ArchiveWriter {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new AuditArchiveError(
          `${path} exists: refusing to overwrite it; choose another --out, or add --resume to continue an interrupted archive into it`,
        );
      }
      throw error;
    }
    syncDirectory(path);
    return new ArchiveWriter(fd, 0);
  }

  /**
   * An existing archive, to continue: cut back to its last complete batch (a batch cut short was never deleted from
   * the table), then appended to. `visit` sees the id of every entry it holds.
   */
  static resume(path: string, visit: (ids: string[]) => Promise<void>): Promise<{ writer: ArchiveWriter; entries: number; cutBytes: number }> {
    let fd: number;
    try {
      fd = openSync(path, 'r+');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AuditArchiveError(`${path} does not exist: nothing to resume`);
      throw error;
    }
    return resumeOpen(path, fd, visit).catch((error: unknown) => {
      closeSync(fd);
      throw error;
    });
  }

  /** Appends lines (no trailing newline) as one batch and waits until they are on disk. */
  append(lines: readonly string[]): void {
    const buffer = member(lines.map((line) => `${line}\n`).join(''));
    let written = 0;
    while (written < buffer.length) written += writeSync(this.fd, buffer, written, buffer.length - written, this.bytes + written);
    fsyncSync(this.fd);
    this.bytes += buffer.length;
  }

  close(): void {
    closeSync(this.fd);
  }
}

async function resumeOpen(path: string, fd: number, visit: (ids: string[]) => Promise<void>) {
  const size = fstatSync(fd).size;
  let offset = 0;
  let entries = 0;
  const header = Buffer.alloc(HEADER_LENGTH);
  while (offset < size) {
    const got = readSync(fd, header, 0, HEADER_LENGTH, offset);
    const ours = got === HEADER_LENGTH && header[0] === 0x1f && header[1] === 0x8b && header[3] === 4 && header[12] === SUBFIELD[0] && header[13] === SUBFIELD[1];
    if (got === HEADER_LENGTH && !ours) throw new AuditArchiveError(`${path} is not an archive written by audit:archive (at byte ${offset})`);
    const length = ours ? header.readUInt32LE(16) : 0;
    if (!ours || offset + length > size) break; // the tail of a batch cut short
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, offset);
    let text: string;
    try {
      text = gunzipSync(buffer).toString('utf8');
    } catch {
      if (offset + length === size) break; // a last batch whose bytes did not all reach the disk
      throw new AuditArchiveError(`${path} is damaged at byte ${offset}: its batch there does not decompress`);
    }
    const ids = text
      .split('\n')
      .filter(Boolean)
      .map((line) => String((JSON.parse(line) as { id: number | string }).id));
    await visit(ids);
    entries += ids.length;
    offset += length;
  }
  if (offset < size) {
    ftruncateSync(fd, offset);
    fsyncSync(fd);
  }
  return { writer: new ArchiveWriter(fd, offset), entries, cutBytes: size - offset };
}

/** Makes a new file's directory entry durable too. */
function syncDirectory(path: string): void {
  try {
    const dir = openSync(dirname(path), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // Some file systems cannot fsync a directory; the data itself is fsynced with every batch.
  }
}
