import { sleep } from '@tracker/platform';
import type { AuditRepository } from '../audit.repository';
import { ArchiveWriter } from './archive-file';

/** Entries per batch: one SELECT, one gzip member written and fsynced, one DELETE (its own short transaction). */
export const ARCHIVE_BATCH = 5000;
/** A pause between batches, so the api's writes interleave with a long archive. */
const PAUSE_MS = 20;

export interface ArchiveProgress {
  /** Entries in the file so far (those found in it on --resume included). */
  rows: number;
  bytes: number;
}

export interface ArchiveOptions {
  /** Entries that occurred before this instant are archived. */
  cutoff: Date;
  file: string;
  /** Continue an interrupted archive in `file` instead of refusing it. */
  resume?: boolean;
  batch?: number;
  onProgress?: (progress: ArchiveProgress) => void;
  /** After a batch is on disk, before it is deleted: where a test simulates a crash. */
  beforeDelete?: (batchNumber: number) => void | Promise<void>;
}

export interface ArchiveResult {
  /** Entries in the file at the end. */
  rows: number;
  /** Of them, written by this run. */
  written: number;
  /** On --resume: entries already in the file, and how many of them were still in the table (deleted now). */
  foundInFile: number;
  deletedFromFile: number;
  /** Bytes of a batch cut short by the interruption, removed from the file's end on --resume. */
  cutBytes: number;
  bytes: number;
  batches: number;
  durationMs: number;
}

/**
 * Moves audit entries older than a cut-off into a gzip-compressed JSON Lines file, oldest id first, in batches:
 * each batch is appended and fsynced before it is deleted, so an interruption loses nothing. At worst the last batch
 * is in the file and still in the table; `resume` then deletes every entry the file holds from the table before
 * going on, so each entry ends up in the file exactly once.
 */
export async function archiveAuditLog(audit: AuditRepository, options: ArchiveOptions): Promise<ArchiveResult> {
  const started = performance.now();
  const batch = options.batch ?? ARCHIVE_BATCH;
  let foundInFile = 0;
  let deletedFromFile = 0;
  let cutBytes = 0;
  let writer: ArchiveWriter;
  if (options.resume) {
    const resumed = await ArchiveWriter.resume(options.file, async (ids) => {
      deletedFromFile += await audit.deleteArchived(ids);
    });
    writer = resumed.writer;
    foundInFile = resumed.entries;
    cutBytes = resumed.cutBytes;
    if (foundInFile) options.onProgress?.({ rows: foundInFile, bytes: writer.bytes });
  } else {
    writer = ArchiveWriter.create(options.file);
  }
  let written = 0;
  let batches = 0;
  try {
    // Every entry in the file is gone from the table now, so the walk starts at the oldest id left.
    let afterId = '0';
    for (;;) {
      const rows = await audit.archiveBatch(options.cutoff, afterId, batch);
      if (rows.length === 0) break;
      writer.append(rows.map((row) => row.line));
      batches += 1;
      await options.beforeDelete?.(batches);
      await audit.deleteArchived(rows.map((row) => row.id));
      written += rows.length;
      afterId = rows[rows.length - 1].id;
      options.onProgress?.({ rows: foundInFile + written, bytes: writer.bytes });
      if (rows.length < batch) break;
      await sleep(PAUSE_MS);
    }
  } finally {
    writer.close();
  }
  return {
    rows: foundInFile + written,
    written,
    foundInFile,
    deletedFromFile,
    cutBytes,
    bytes: writer.bytes,
    batches,
    durationMs: Math.round(performance.now() - started),
  };
}
